// A live character count under each limited text box, so a reporter sees the limit before the
// server refuses a section that is too long (the server checks it too, and keeps the text).
//   <textarea id="x" data-max-chars="20000">   <div data-char-count-for="x">…</div>
// Counts as the server does: NFC, a line break as one character. Nothing is ever cut. The count
// is the box's description (aria-describedby), read when the box is focused, not on every key.
(function () {
  'use strict';

  var format = new Intl.NumberFormat('vi-VN');
  var counters = Array.prototype.slice.call(document.querySelectorAll('[data-char-count-for]'));

  function length(text) {
    return (text.normalize ? text.normalize('NFC') : text).replace(/\r\n?/g, '\n').length;
  }

  function update(counter) {
    var box = document.getElementById(counter.getAttribute('data-char-count-for'));
    var max = box ? parseInt(box.getAttribute('data-max-chars'), 10) : NaN;
    if (!box || isNaN(max)) {
      return;
    }

    var n = length(box.value);
    var text = format.format(n) + '/' + format.format(max) + ' ký tự';
    if (n > max) {
      text += ' — vượt ' + format.format(n - max) + ' ký tự, hãy rút gọn trước khi lưu';
    }

    counter.textContent = text;
    counter.classList.toggle('text-danger', n > max);
    counter.classList.toggle('fw-semibold', n > max);
  }

  function updateAll() {
    counters.forEach(update);
  }

  // On the document: a draft restored from this browser (local-draft.js) fires one input event on the form.
  document.addEventListener('input', updateAll);
  updateAll();
}());
