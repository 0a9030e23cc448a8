// Unit list import page: polls /Admin/UnitImport/Status/{id} (JSON) and moves the <progress> bar while
// the preview or the import runs; when it ends, reloads the page to show the preview or the result.
// No inline script or style (CSP): the bar's length is its value.
(function () {
  'use strict';

  var box = document.querySelector('[data-import-status]');
  if (!box) {
    return;
  }

  var url = box.getAttribute('data-import-status');
  var bar = box.querySelector('progress');
  var message = box.querySelector('[data-import-message]');
  var delay = 1000;

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        bar.value = status.progress;
        bar.textContent = status.progress + '%';
        message.textContent = status.message;
        if (status.busy) {
          delay = 1000;
          window.setTimeout(poll, delay);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // A restart or a lost connection: try again, less often.
        delay = Math.min(delay * 2, 10000);
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, delay);
})();
