/* The application page: submit the application, then its files with the tracking token, then go to the status page. */
(function () {
  'use strict';

  var form = document.getElementById('application-form');
  if (!form) {
    return; // no open call chosen: the page lists the open calls
  }
  var Form = window.ApplicantForm;
  var button = document.getElementById('submit-application');
  var progress = document.getElementById('submit-progress');
  var submitted = false;

  Form.init(form);
  Form.addRow(form, 'certificationFees');
  var draft = window.ApplicantDraft.attach(form, Form);

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (button.disabled || submitted) {
      return;
    }
    button.disabled = true;
    try {
      Form.clearErrors(form);
      var files = Form.chosenFiles(form);
      progress.textContent = '正在检查…';
      var fileErrors = await Form.checkFiles(form, files, 0);
      if (fileErrors.length) {
        Form.showErrors(form, fileErrors);
        return;
      }
      progress.textContent = '正在提交申请…';
      var response = await fetch('/api/applications', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
        body: JSON.stringify(Form.collect(form))
      });
      if (response.status === 201) {
        submitted = true;
        if (draft) {
          draft.clear();
        }
        await afterAcceptance(await response.json(), files);
        return;
      }
      var problem = await readProblem(response);
      Form.showErrors(form, problem.errors && problem.errors.length ? problem.errors
        : [{ field: '', message: problem.detail || ('提交失败（HTTP ' + response.status + '），请稍后重试') }],
        problem.errors && problem.errors.length ? null : '提交没有成功');
    } catch (failure) {
      Form.showErrors(form, [{ field: '', message: '网络连接失败，请检查网络后重新提交。已填写的内容仍保留在页面上。' }],
        '提交没有成功');
    } finally {
      if (!submitted) {
        button.disabled = false;
        progress.textContent = '';
      }
    }
  });

  async function afterAcceptance(accepted, files) {
    var statusPage = Form.statusPage(accepted.applicationNo, accepted.trackingToken);
    var failures = await Form.uploadAll(accepted.applicationNo, accepted.trackingToken, files, progress);
    if (!failures.length) {
      progress.textContent = '申请已提交，正在打开申请状态页面…';
      window.location.assign(statusPage);
      return;
    }
    progress.textContent = '申请已提交，申请编号 ' + accepted.applicationNo + '。';
    var box = document.getElementById('upload-problems');
    var list = box.querySelector('[data-role=upload-problem-list]');
    failures.forEach(function (failure) {
      var item = document.createElement('li');
      item.textContent = failure.file.name + '：' + failure.message;
      list.appendChild(item);
    });
    document.getElementById('status-link').href = statusPage;
    box.hidden = false;
    box.scrollIntoView({ block: 'center' });
  }

  async function readProblem(response) {
    try {
      return await response.json();
    } catch (notJson) {
      return {};
    }
  }
}());
