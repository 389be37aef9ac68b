/*
 * The draft of the application form, kept in this browser only (localStorage), one per call: saved on every edit,
 * restored when the page is opened again, removed when the application is accepted or the applicant clears it.
 * It holds what ApplicantForm.collect reads (the JSON of DOMAIN §5), never the chosen files.
 */
(function () {
  'use strict';

  var PREFIX = 'guanbiao.application-draft.';

  function storage() {
    try {
      var store = window.localStorage;
      store.getItem(PREFIX); // throws where storage is switched off
      return store;
    } catch (unavailable) {
      return null;
    }
  }

  function timeOf(millis) {
    var at = new Date(millis);
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return two(at.getHours()) + ':' + two(at.getMinutes());
  }

  /**
   * Restores the call's draft into the form and saves every edit from now on. Returns {clear}, to be called when the
   * application was accepted; null where the browser keeps no storage.
   */
  function attach(form, Form) {
    var store = storage();
    var notice = document.getElementById('draft-notice');
    if (!store || !notice) {
      return null;
    }
    var callId = form.querySelector('[name=callId]').value;
    var key = PREFIX + callId;
    var status = notice.querySelector('[data-role=draft-status]');
    var clearButton = document.getElementById('clear-draft');
    // the form as the page opened it (one empty fee row with its defaults): nothing of the applicant's to keep
    var pristine = JSON.stringify(Form.collect(form));

    function show(message) {
      status.textContent = message;
      clearButton.hidden = false;
    }

    function forget() {
      store.removeItem(key);
      status.textContent = '填写的内容会自动保存为草稿，仅保存在本机浏览器（不含附件），提交成功后自动清除。';
      clearButton.hidden = true;
    }

    var done = false;

    function save() {
      if (done) {
        return;
      }
      var application = Form.collect(form);
      if (JSON.stringify(application) === pristine) {
        forget();
        return;
      }
      var savedAt = Date.now();
      try {
        store.setItem(key, JSON.stringify({ savedAt: savedAt, application: application }));
        show('已自动保存草稿（仅保存在本机浏览器，' + timeOf(savedAt) + '）。附件不会保存，提交前请重新选择。');
      } catch (full) {
        status.textContent = '草稿未能保存（浏览器存储空间不足或已被禁用），请尽快提交。';
      }
    }

    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key));
    } catch (unreadable) {
      store.removeItem(key);
    }
    if (saved && saved.application && JSON.stringify(saved.application) !== pristine) {
      saved.application.callId = callId;
      Form.fill(form, saved.application);
      if (!form.querySelector('[data-array=certificationFees] [data-role=rows] > .row')) {
        Form.addRow(form, 'certificationFees');
      }
      show('已恢复上次未提交的草稿（仅保存在本机浏览器，' + timeOf(saved.savedAt) + ' 保存）。附件不会保存，提交前请重新选择。');
    } else {
      forget();
    }
    notice.hidden = false;

    form.addEventListener('input', save);
    form.addEventListener('change', save);
    // adding or removing a row of fees or awards is a click, not an input
    form.addEventListener('click', function (event) {
      if (event.target.closest('[data-add], [data-remove]')) {
        save();
      }
    });
    clearButton.addEventListener('click', function () {
      forget();
      form.reset();
      Form.fill(form, { callId: callId });
      Form.addRow(form, 'certificationFees');
      Form.resetFileInputs(form);
      Form.clearErrors(form);
    });

    return {
      clear: function () {
        done = true;
        store.removeItem(key);
        notice.hidden = true;
      }
    };
  }

  window.ApplicantDraft = { attach: attach };
})();
