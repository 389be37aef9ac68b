/*
 * Tables drawn by a script (the status page's timeline and fee table): each cell gets its column's name as data-label,
 * which site.css shows before the value when the table is stacked on a narrow screen. Tables written by the server
 * carry data-label already.
 */
(function () {
  'use strict';

  function label(table) {
    var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (!cell.hasAttribute('data-label') && names[i] && cell.colSpan === 1) {
          cell.setAttribute('data-label', names[i]);
        }
      });
    });
  }

  document.querySelectorAll('table.stack').forEach(function (table) {
    label(table);
    new MutationObserver(function () { label(table); }).observe(table, { childList: true, subtree: true });
  });
}());
