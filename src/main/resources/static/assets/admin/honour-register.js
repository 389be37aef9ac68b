// The honour register page: a listing is removed only after the user confirms it.
document.querySelectorAll('form.remove').forEach(form => form.addEventListener('submit', event => {
  const row = form.closest('tr');
  const what = row ? row.cells[1].textContent + '（' + row.cells[0].textContent + '）' + row.cells[3].textContent + ' 年'
      + row.cells[2].textContent : '该条目';
  if (!window.confirm('从名录中删除 ' + what + '？删除会记入变更记录。')) {
    event.preventDefault();
  }
}));
