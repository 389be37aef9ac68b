// The complaint form: shows the field of the chosen subject, posts JSON to /api/public/complaints, and shows the
// reference number, or each error next to its field (aria-invalid, aria-describedby, the focus on the first) the way
// the application form does (ApplicantForm.showErrors of /assets/applicant/form.js).
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
    window.ApplicantForm.clearErrors(form);
    formError.textContent = '';
  }

  /** The errors in the order of their fields on the page, so that the focus goes to the topmost. */
  function showErrors(errors) {
    const fields = Array.from(form.querySelectorAll('[data-field]')).map(f => f.getAttribute('data-field'));
    const position = error => {
      const i = fields.indexOf(error.field);
      return i < 0 ? fields.length : i;
    };
    const sorted = errors.slice().sort((a, b) => position(a) - position(b));
    window.ApplicantForm.showErrors(form, sorted.length ? sorted
      : [{ field: '', message: '提交的内容有误，请按提示修改后重新提交。' }]);
  }

  // a field's error goes once it is changed
  ['input', 'change'].forEach(type => form.addEventListener(type, event => {
    const field = event.target.closest('.field.invalid');
    if (field) {
      field.classList.remove('invalid');
      field.querySelector(':scope > .error').textContent = '';
      event.target.removeAttribute('aria-invalid');
    }
  }));

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
