// The programme dashboard's charts (Chart.js), drawn from the figures the page carries in #dashboard-data.
(() => {
  const figures = JSON.parse(document.getElementById('dashboard-data').textContent);
  const { byStatus, byDistrict, byType, budgets, steps } = figures;
  // Every label is drawn (no autoSkip); a horizontal chart's box grows with its labels so that they do not overlap.
  // Counts are whole numbers: the value axis never shows 0.5.
  const bar = (id, labels, datasets, horizontal, counts) => {
    const canvas = document.getElementById(id);
    if (horizontal) {
      canvas.parentElement.style.height = Math.max(160, 28 * labels.length + 60) + 'px';
    }
    const categoryAxis = { ticks: { autoSkip: false } };
    const valueAxis = { beginAtZero: true, ticks: counts ? { precision: 0 } : {} };
    return new Chart(canvas, {
      type: 'bar', data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x', animation: false, maintainAspectRatio: !horizontal,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis }
      }
    });
  };
  bar('chart-status', byStatus.map(c => c.label), [{ label: '件数', data: byStatus.map(c => c.count), backgroundColor: '#b22222' }], true, true);
  bar('chart-district', byDistrict.map(c => c.label), [{ label: '件数', data: byDistrict.map(c => c.count), backgroundColor: '#2f6fb0' }], true, true);
  new Chart(document.getElementById('chart-type'), { type: 'doughnut', options: { animation: false },
    data: { labels: byType.map(c => c.label), datasets: [{ data: byType.map(c => c.count),
      backgroundColor: ['#b22222', '#2f6fb0', '#3c9d5d', '#d89b2b'] }] } });
  bar('chart-budget', budgets.map(b => b.callId), [
    { label: '预算', data: budgets.map(b => b.budget), backgroundColor: '#bbbbbb' },
    { label: '已列入名单', data: budgets.map(b => b.reserved), backgroundColor: '#d89b2b' },
    { label: '已拨付', data: budgets.map(b => b.paid), backgroundColor: '#3c9d5d' }], false, false);
  bar('chart-steps', steps.map(s => s.label), [{ label: '中位数（天）', data: steps.map(s => s.medianDays), backgroundColor: '#6a4c93' }], true, false);
})();
