/*
 * The applicant's official documents on the status page (受理回执, 奖励决定及拨付通知, 不予奖励决定): listed from
 * /api/applications/{no}/documents and downloaded with the tracking token in its header, like the attachments.
 */
(function () {
  'use strict';

  var TOKEN_HEADER = 'X-Tracking-Token';
  var page = document.getElementById('status-page');
  var section = document.getElementById('documents');
  if (!page || !section) {
    return;
  }
  var applicationNo = page.getAttribute('data-application-no');
  var list = document.getElementById('document-list');
  var error = document.getElementById('document-error');

  function token() {
    var value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    return value ? value.trim() : null;
  }

  function headers() {
    var h = { 'Accept': 'application/json, application/pdf, application/problem+json' };
    h[TOKEN_HEADER] = token();
    return h;
  }

  function dateText(iso) {
    var parts = String(iso).split('-');
    return parts.length === 3 ? Number(parts[0]) + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日' : iso;
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  async function load() {
    section.hidden = true;
    list.textContent = '';
    showError('');
    if (!token()) {
      return;
    }
    try {
      var response = await fetch('/api/applications/' + encodeURIComponent(applicationNo) + '/documents',
        { headers: headers(), cache: 'no-store' });
      if (!response.ok) {
        return;
      }
      render(await response.json());
    } catch (network) {
      // the status itself says when the network fails
    }
  }

  function render(documents) {
    documents.forEach(function (doc) {
      var item = document.createElement('li');
      var label = document.createElement('span');
      label.textContent = '《' + doc.title + '》' + (doc.documentNo ? '（' + doc.documentNo + '）' : '') + ' '
        + dateText(doc.issuedOn);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = '下载 PDF';
      button.setAttribute('aria-label', '下载《' + doc.title + '》PDF');
      button.addEventListener('click', function () { download(doc, button); });
      item.appendChild(label);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(button);
      list.appendChild(item);
    });
    section.hidden = documents.length === 0;
  }

  async function download(doc, button) {
    showError('');
    button.removeAttribute('data-state');
    try {
      var response = await fetch(doc.link, { headers: headers(), cache: 'no-store' });
      if (!response.ok) {
        var problem = null;
        try { problem = await response.json(); } catch (notJson) { problem = null; }
        throw new Error(problem && problem.detail ? problem.detail : '');
      }
      var url = URL.createObjectURL(await response.blob());
      var link = document.createElement('a');
      link.href = url;
      link.download = applicationNo + '-' + doc.title + '.pdf';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
      button.setAttribute('data-state', 'downloaded');
    } catch (failure) {
      button.setAttribute('data-state', 'failed');
      showError(failure.message || ('《' + doc.title + '》下载失败，请稍后重试。'));
    }
  }

  window.addEventListener('hashchange', load);
  load();
}());
