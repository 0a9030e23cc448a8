// Background export page: polls /Exports/{id}/Status (JSON) and moves the <progress> bar, then
// shows the download link. No inline script or style (CSP): the bar's length is its value.
(function () {
  'use strict';

  var box = document.querySelector('[data-export-status]');
  if (!box || box.getAttribute('data-export-final') === 'true') {
    return;
  }

  var url = box.getAttribute('data-export-status');
  var bar = box.querySelector('progress');
  var message = box.querySelector('[data-export-message]');
  var ready = box.querySelector('[data-export-ready]');
  var fileName = box.querySelector('[data-export-filename]');
  var delay = 1000;

  function show(status) {
    bar.value = status.progress;
    bar.textContent = status.progress + '%';
    message.textContent = status.message;
    if (status.downloadUrl) {
      if (fileName && status.fileName) {
        fileName.textContent = ' “' + status.fileName + '”';
      }
      ready.classList.remove('d-none');
    }
    return status.state === 'done' || status.state === 'failed' || status.state === 'expired';
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (status) {
        if (!show(status)) {
          window.setTimeout(poll, delay);
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
