// Import pages: refuse an oversized file before it is sent, and show a source line when a draft item points at it.
(function () {
  'use strict';
  document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.getAttribute('data-max-bytes'));
      var error = document.getElementById(input.id + '-size-error');
      var tooLarge = input.files && input.files.length > 0 && input.files[0].size > max;
      input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
      input.classList.toggle('is-invalid', tooLarge);
      if (error) {
        error.textContent = tooLarge ? input.getAttribute('data-too-large') : '';
      }
    });
    var form = input.form;
    if (form) {
      form.addEventListener('submit', function (e) {
        if (!input.checkValidity()) {
          e.preventDefault();
          input.focus();
        }
      });
    }
  });
  document.querySelectorAll('a[data-source-line]').forEach(function (link) {
    link.addEventListener('click', function () {
      document.querySelectorAll('.source-line-current').forEach(function (el) { el.classList.remove('source-line-current'); });
      var line = document.getElementById('src-' + link.getAttribute('data-source-line'));
      if (line) {
        line.classList.add('source-line-current');
      }
    });
  });
})();
