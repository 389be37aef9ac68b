/*
 * The evaluation report page. Like the status page, the tracking token comes from the link's fragment and is sent
 * only in the X-Tracking-Token header. Field errors from the API (problem+json) are shown next to their fields.
 */
(function () {
  'use strict';

  var page = document.getElementById('evaluation-page');
  var form = document.getElementById('evaluation-form');
  var applicationNo = page.getAttribute('data-application-no');
  var token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  var fields = ['patentsFiled', 'patentsGranted', 'ipStaff', 'trainingHours', 'riskWarnings'];

  function setError(name, message) {
    var field = form.querySelector('[data-field="' + name + '"]');
    field.classList.toggle('invalid', !!message);
    field.querySelector('.error').textContent = message || '';
  }

  function formError(message) {
    document.getElementById('form-error').textContent = message || '';
  }

  function body() {
    var values = {};
    fields.forEach(function (name) {
      var text = document.getElementById(name).value.trim();
      values[name] = /^[0-9]+$/.test(text) ? Number(text) : text;
    });
    return values;
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    fields.forEach(function (name) { setError(name, null); });
    formError(null);
    if (!token) {
      formError('链接不完整：请从通知邮件中打开完整链接（末尾“#token=”及其后的字符不能缺少）。');
      return;
    }
    var response;
    try {
      response = await fetch('/api/applications/' + encodeURIComponent(applicationNo) + '/evaluation', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
          'X-Tracking-Token': token.trim() },
        body: JSON.stringify(body())
      });
    } catch (network) {
      formError('网络连接失败，请稍后重试。');
      return;
    }
    if (response.status === 202) {
      form.hidden = true;
      document.getElementById('done').hidden = false;
      return;
    }
    var problem = {};
    try { problem = await response.json(); } catch (notJson) { problem = {}; }
    if (response.status === 400 && Array.isArray(problem.errors)) {
      problem.errors.forEach(function (error) {
        if (fields.indexOf(error.field) >= 0) {
          setError(error.field, error.message);
        } else {
          formError(error.message);
        }
      });
    } else if (response.status === 404) {
      formError('没有找到这份申请，或者链接中的查询凭证不正确。');
    } else {
      formError(problem.detail || '提交失败，请稍后重试。');
    }
  });
}());
