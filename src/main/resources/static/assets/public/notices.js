// The public notice: each row's objection form posts to the public API and shows the answer beside it.
document.querySelectorAll('form.objection').forEach(form => form.addEventListener('submit', async event => {
  event.preventDefault();
  const result = form.querySelector('.result');
  const body = { reason: form.reason.value.trim(), contact: form.contact.value.trim() || null };
  const response = await fetch('/api/public/notices/' + encodeURIComponent(form.dataset.application) + '/objections', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status === 202) {
    result.className = 'result ok';
    result.textContent = '异议已收到，市知识产权局将在拨付资金前核查。';
    form.querySelector('button').disabled = true;
  } else if (response.status === 400) {
    const problem = await response.json();
    result.className = 'result error';
    result.textContent = (problem.errors || []).map(e => e.message).join('；') || '提交的内容有误';
  } else {
    result.className = 'result error';
    result.textContent = '该单位已不在公示期内，或申请编号有误。';
  }
}));
