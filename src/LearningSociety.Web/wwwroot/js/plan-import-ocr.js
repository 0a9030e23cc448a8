// OCR of a scanned plan: polls /PlanImport/OcrStatus/{id} (JSON) and moves the <progress> bar
// ("Đang nhận dạng trang 3/12"); when the text is read, opens the review page; when it failed, reloads
// to show why. No inline script or style (CSP): the bar's length is its value.
(function () {
  'use strict';

  var box = document.querySelector('[data-ocr-status]');
  if (!box || !box.querySelector('progress') || document.getElementById('ocr-review-link')) {
    return;
  }

  var url = box.getAttribute('data-ocr-status');
  var bar = box.querySelector('progress');
  var message = box.querySelector('[data-ocr-message]');
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
        } else if (status.reviewUrl) {
          window.location.assign(status.reviewUrl);
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
