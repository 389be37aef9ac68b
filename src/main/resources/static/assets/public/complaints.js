// The complaint form: shows the field of the chosen subject, posts JSON to /api/public/complaints, and shows the
// reference number, or each error next to its field.
(function () {
  const form = document.getElementById('complaint-form');
  const applicationField = document.getElementById('application-field');
  const bodyField = document.getElementById('body-field');
  const formError = document.getElementById('form-error');

  function subject() {
    return form.querySelector('input[name=subject]:checked').value;
  }

  function showSubjectField() {
    applicationField.hidden = subject() !== 'AWARD';
    bodyField.hidden = subject() !== 'CERTIFICATION_BODY';
  }

  function value(name) {
    const text = form.elements[name].value.trim();
    return text === '' ? null : text;
  }

  function clearErrors() {
    form.querySelectorAll('[data-error-for]').forEach(e => { e.textContent = ''; });
    formError.textContent = '';
  }

  function showErrors(errors) {
    const unplaced = [];
    errors.forEach(error => {
      const slot = form.querySelector('[data-error-for="' + CSS.escape(error.field || '') + '"]');
      if (slot) {
        slot.textContent = error.message;
      } else {
        unplaced.push(error.message);
      }
    });
    formError.textContent = unplaced.length ? unplaced.join('；') : '提交的内容有误，请按提示修改后重新提交。';
  }

  form.querySelectorAll('input[name=subject]').forEach(radio => radio.addEventListener('change', showSubjectField));
  showSubjectField();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    const body = {
      subject: subject(),
      content: value('content'),
      contactName: value('contactName'),
      contactEmail: value('contactEmail'),
      contactPhone: value('contactPhone')
    };
    if (body.subject === 'AWARD') {
      body.applicationNo = value('applicationNo');
    } else {
      body.certificationBody = value('certificationBody');
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const response = await fetch('/api/public/complaints', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status === 202) {
        const accepted = await response.json();
        document.getElementById('reference-no').textContent = accepted.referenceNo;
        document.getElementById('accepted-mail').hidden = body.contactEmail === null;
        document.getElementById('accepted').hidden = false;
        form.hidden = true;
        return;
      }
      if (response.status === 400) {
        showErrors((await response.json()).errors || []);
      } else if (response.status === 429) {
        formError.textContent = '提交过于频繁，请稍后再试。';
      } else {
        formError.textContent = '提交失败（' + response.status + '），请稍后再试。';
      }
    } catch (e) {
      formError.textContent = '网络错误，请稍后再试。';
    }
    button.disabled = false;
  });
})();
