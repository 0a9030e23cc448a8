// A live character count under each limited text box, so a reporter sees the limit before the
// server refuses a section that is too long (the server checks it too, and keeps the text).
//   <textarea id="x" data-max-chars="20000">   <div data-char-count-for="x">…</div>
// Counts as the server does: NFC, a line break as one character. Nothing is ever cut. The count
// is the box's description (aria-describedby), read when the box is focused, not on every key.
(function () {
  'use strict';

  var format = new Intl.NumberFormat('vi-VN');

  function length(text) {
    return (text.normalize ? text.normalize('NFC') : text).replace(/\r\n?/g, '\n').length;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-char-count-for]'), function (counter) {
    var box = document.getElementById(counter.getAttribute('data-char-count-for'));
    var max = box ? parseInt(box.getAttribute('data-max-chars'), 10) : NaN;
    if (!box || isNaN(max)) {
      return;
    }

    function update() {
      var n = length(box.value);
      var text = format.format(n) + '/' + format.format(max) + ' ký tự';
      if (n > max) {
        text += ' — vượt ' + format.format(n - max) + ' ký tự, hãy rút gọn trước khi lưu';
      }

      counter.textContent = text;
      counter.classList.toggle('text-danger', n > max);
      counter.classList.toggle('fw-semibold', n > max);
    }

    box.addEventListener('input', update);
    update();
  });
}());
