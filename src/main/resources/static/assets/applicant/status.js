/*
 * The status page. The tracking token comes from the link's fragment (#token=…), which the browser never sends to
 * the server; the page asks the API with it in the X-Tracking-Token header and shows the answer as text.
 */
(function () {
  'use strict';

  var Form = window.ApplicantForm;
  var page = document.getElementById('status-page');
  var applicationNo = page.getAttribute('data-application-no');
  var correctionForm = document.getElementById('correction-form');
  var uploadForm = document.getElementById('upload-form');
  var token = tokenFromLink();
  var current = null;
  var correctionFilled = false;

  Form.init(correctionForm);
  Form.watchFileInputs(uploadForm);

  function tokenFromLink() {
    var value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
    return value ? value.trim() : null;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function headers() {
    var h = { 'Accept': 'application/json, application/problem+json' };
    h[Form.TOKEN_HEADER] = token;
    return h;
  }

  function apiPath() {
    return '/api/applications/' + encodeURIComponent(applicationNo);
  }

  function show(state) {
    byId('loading').hidden = state !== 'loading';
    byId('not-found').hidden = state !== 'not-found';
    byId('load-error').hidden = state !== 'error';
    byId('details').hidden = state !== 'details';
  }

  async function load() {
    show('loading');
    if (!token) {
      show('not-found');
      return;
    }
    var response;
    try {
      response = await fetch(apiPath(), { headers: headers(), cache: 'no-store' });
    } catch (network) {
      byId('load-error').textContent = '网络连接失败，请稍后刷新页面重试。';
      show('error');
      return;
    }
    if (response.status === 404) {
      show('not-found');
      return;
    }
    if (!response.ok) {
      byId('load-error').textContent = '查询失败（HTTP ' + response.status + '），请稍后刷新页面重试。';
      show('error');
      return;
    }
    render(await response.json());
  }

  function time(value) {
    return value ? String(value).replace('T', ' ').substring(0, 16) : '';
  }

  function yuan(value) {
    return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 元';
  }

  function cellsRow(values, amountColumns) {
    var row = document.createElement('tr');
    values.forEach(function (value, i) {
      var cell = document.createElement('td');
      cell.textContent = value == null ? '' : value;
      if (amountColumns && amountColumns.indexOf(i) >= 0) {
        cell.className = 'amount';
      }
      row.appendChild(cell);
    });
    return row;
  }

  /** '2026-12-21' → '2026年12月21日（含）', as the e-mails show deadlines (calendar/Deadlines). */
  function lastDay(isoDate) {
    var parts = isoDate.split('-');
    return parts[0] + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日（含）';
  }

  function render(view) {
    current = view;
    var badge = byId('status-label');
    badge.textContent = view.statusLabel;
    badge.className = 'status-badge ' + view.status;
    byId('status-reason').textContent = view.statusReason || '';
    var deadline = byId('correction-deadline');
    deadline.hidden = !view.correctionDeadline;
    deadline.textContent = view.correctionDeadline
      ? '请于 ' + lastDay(view.correctionDeadline) + '前提交补正；逾期未补正的，不予奖励。' : '';

    renderAward(view.award);

    var timeline = byId('timeline').querySelector('tbody');
    timeline.textContent = '';
    (view.events || []).forEach(function (event) {
      timeline.appendChild(cellsRow([time(event.at), event.statusLabel, event.actor || '系统', event.detail]));
    });

    renderAttachments(view.attachments || []);
    uploadForm.hidden = !view.uploadsAllowed;

    var correcting = view.status === 'RETURNED_FOR_CORRECTION';
    byId('correction').hidden = !correcting;
    if (correcting && !correctionFilled && view.application) {
      Form.fill(correctionForm, view.application);
      correctionFilled = true;
    }
    if (!correcting) {
      correctionFilled = false;
    }
    show('details');
    document.dispatchEvent(new CustomEvent('applicationstatus', { detail: view }));
  }

  function renderAward(award) {
    byId('award').hidden = !award;
    if (!award) {
      return;
    }
    byId('award-amount').textContent = yuan(award.amount);
    var steps = byId('award-steps');
    steps.textContent = '';
    (award.steps || []).forEach(function (step) {
      var item = document.createElement('li');
      item.textContent = step;
      steps.appendChild(item);
    });
    var fees = byId('award-fees').querySelector('tbody');
    fees.textContent = '';
    (award.fees || []).forEach(function (fee) {
      fees.appendChild(cellsRow([fee.invoiceNo, yuan(fee.amount), fee.kindLabel, fee.counted ? '计入' : '不计入',
        fee.reason, fee.source], [1]));
    });
  }

  function renderAttachments(attachments) {
    var list = byId('attachments');
    list.textContent = '';
    byId('no-attachments').hidden = attachments.length > 0;
    attachments.forEach(function (attachment) {
      var item = document.createElement('li');
      var label = document.createElement('span');
      label.textContent = attachment.kindLabel + '：' + attachment.fileName + '（' + Form.sizeText(attachment.size) + '，'
        + time(attachment.uploadedAt) + ' 上传）';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = '下载';
      button.addEventListener('click', function () { download(attachment); });
      item.appendChild(label);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  /** The download needs the token in a header: fetched, then saved under its name. */
  async function download(attachment) {
    try {
      var response = await fetch(attachment.link, { headers: headers(), cache: 'no-store' });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      var url = URL.createObjectURL(await response.blob());
      var link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
    } catch (failure) {
      notice('附件“' + attachment.fileName + '”下载失败，请稍后重试。');
    }
  }

  function notice(message) {
    var box = byId('saved-notice');
    box.textContent = message;
    box.hidden = !message;
    if (message) {
      box.scrollIntoView({ block: 'center' });
    }
  }

  async function readProblem(response) {
    try {
      return await response.json();
    } catch (notJson) {
      return {};
    }
  }

  // --- correction ---------------------------------------------------------------------------------------------

  var correctionButton = byId('submit-correction');
  var correctionProgress = byId('correction-progress');

  correctionForm.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (correctionButton.disabled) {
      return;
    }
    correctionButton.disabled = true;
    try {
      Form.clearErrors(correctionForm);
      var files = Form.chosenFiles(correctionForm);
      correctionProgress.textContent = '正在检查…';
      var fileErrors = await Form.checkFiles(correctionForm, files, current ? (current.attachments || []).length : 0);
      if (fileErrors.length) {
        Form.showErrors(correctionForm, fileErrors);
        return;
      }
      correctionProgress.textContent = '正在提交补正…';
      var h = headers();
      h['Content-Type'] = 'application/json';
      var response = await fetch(apiPath(), { method: 'PUT', headers: h, body: JSON.stringify(Form.collect(correctionForm)) });
      if (response.status === 404) {
        show('not-found');
        return;
      }
      if (response.status !== 200) {
        var problem = await readProblem(response);
        var errors = problem.errors && problem.errors.length ? problem.errors
          : [{ field: '', message: problem.detail || ('提交失败（HTTP ' + response.status + '），请稍后重试') }];
        Form.showErrors(correctionForm, errors, problem.errors && problem.errors.length ? null : '补正没有提交成功');
        return;
      }
      var failures = await Form.uploadAll(applicationNo, token, files, correctionProgress);
      Form.resetFileInputs(correctionForm);
      await load();
      notice(failures.length
        ? '补正材料已提交，申请已重新进入审核；但以下附件没有上传成功，请在“附件”中重新上传：'
          + failures.map(function (f) { return f.file.name + '（' + f.message + '）'; }).join('；')
        : '补正材料已提交，申请已重新进入审核。');
    } catch (failure) {
      Form.showErrors(correctionForm, [{ field: '', message: '网络连接失败，请检查网络后重新提交。已填写的内容仍保留在页面上。' }],
        '补正没有提交成功');
    } finally {
      correctionButton.disabled = false;
      correctionProgress.textContent = '';
    }
  });

  // --- more files ---------------------------------------------------------------------------------------------

  var uploadButton = byId('upload-button');
  var uploadProgress = byId('upload-progress');

  uploadForm.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (uploadButton.disabled) {
      return;
    }
    var input = byId('upload-file');
    var kind = byId('upload-kind').value;
    var files = Array.prototype.map.call(input.files, function (file) { return { kind: kind, file: file, field: 'file' }; });
    Form.clearErrors(uploadForm);
    if (!files.length) {
      Form.showErrors(uploadForm, [{ field: 'file', message: '请选择要上传的文件' }]);
      return;
    }
    uploadButton.disabled = true;
    try {
      var errors = await Form.checkFiles(uploadForm, files, current ? (current.attachments || []).length : 0);
      if (errors.length) {
        Form.showErrors(uploadForm, errors);
        return;
      }
      var failures = await Form.uploadAll(applicationNo, token, files, uploadProgress);
      Form.resetFileInputs(uploadForm);
      await load();
      if (failures.length) {
        Form.showErrors(uploadForm, failures.map(function (f) {
          return { field: 'file', message: '文件“' + f.file.name + '”：' + f.message };
        }));
      } else {
        notice('附件已上传。');
      }
    } finally {
      uploadButton.disabled = false;
      uploadProgress.textContent = '';
    }
  });

  // --- the token ----------------------------------------------------------------------------------------------

  byId('token-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var typed = byId('token-input').value.trim();
    if (typed) {
      window.location.hash = 'token=' + encodeURIComponent(typed);
    }
  });

  window.addEventListener('hashchange', function () {
    token = tokenFromLink();
    correctionFilled = false;
    load();
  });

  load();
}());
