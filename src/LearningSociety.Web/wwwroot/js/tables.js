// Sortable and filterable tables, without inline script (the site runs under a CSP without 'unsafe-inline').
//   <table data-sortable>  th[data-sort="text|number"] become buttons; rows of the last <tbody> are
//                          sorted, so a totals <tbody class="table-totals"> before it stays first.
//                          A cell's data-sort-value, when present, is sorted on instead of its text.
//   <input data-filter-table="tableId">  hides the rows of that table's last <tbody> that do not contain the text.
(function () {
  'use strict';

  var collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

  function bodyOf(table) {
    var bodies = table.tBodies;
    return bodies.length ? bodies[bodies.length - 1] : null;
  }

  function cellValue(row, index, kind) {
    var cell = row.children[index];
    if (!cell) {
      return kind === 'number' ? -Infinity : '';
    }
    var raw = cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
    if (kind !== 'number') {
      return raw;
    }
    var n = parseFloat(String(raw).replace(/\./g, '').replace(',', '.'));
    return isNaN(n) ? -Infinity : n;
  }

  function sortBy(table, th, index) {
    var body = bodyOf(table);
    if (!body) {
      return;
    }
    var kind = th.getAttribute('data-sort');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, kind);
      var y = cellValue(b, index, kind);
      var order = kind === 'number' ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    if (!table.tHead || !table.tHead.rows.length) {
      return;
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (!th.hasAttribute('data-sort')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.title = 'Sắp xếp theo cột này';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, th, index); });
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('input[data-filter-table]'), function (input) {
    var table = document.getElementById(input.getAttribute('data-filter-table'));
    var body = table ? bodyOf(table) : null;
    if (!body) {
      return;
    }
    input.addEventListener('input', function () {
      var needle = input.value.trim().toLocaleLowerCase('vi');
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = needle !== '' && row.textContent.toLocaleLowerCase('vi').indexOf(needle) === -1;
      });
    });
  });
})();
