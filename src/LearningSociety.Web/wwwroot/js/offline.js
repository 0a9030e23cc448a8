// Installs the service worker (/sw.js) for a signed-in user and tells it what this page needs to open
// with no signal: the page itself, the officer's open report forms it links to (a[data-offline]) and the
// static files it loaded. <body data-user="…"> names the user (a hash, see LocalDraftKey).
(function () {
  'use strict';

  var user = document.body.getAttribute('data-user');
  if (!user || !('serviceWorker' in navigator) || !window.isSecureContext) {
    return;
  }

  function describe() {
    var own = location.origin;
    return {
      type: 'page',
      user: user,
      url: location.pathname,
      forms: Array.prototype.map.call(document.querySelectorAll('a[data-offline]'), function (a) { return a.pathname; }),
      assets: performance.getEntriesByType('resource').map(function (e) { return e.name; })
        .filter(function (name) { return name.indexOf(own + '/') === 0; })
    };
  }

  // The worker answers once it has done what the page asked, saying whether the page is now on the phone
  // (then body[data-offline-kept]); until the page is kept (or the worker says it is not one it keeps) the
  // page asks again every few seconds, a few times (the first visit installs the worker while it loads).
  var answered = false;
  navigator.serviceWorker.onmessage = function (event) {
    if (event.data && event.data.type === 'remembered' && event.data.url === location.pathname) {
      answered = event.data.kept !== false;
      if (event.data.kept) {
        document.body.setAttribute('data-offline-kept', '');
      }
    }
  };

  function tell(registration, triesLeft) {
    if (answered || triesLeft === 0) {
      return;
    }
    var worker = registration.active;
    if (worker) {
      worker.postMessage(describe());
    }
    setTimeout(function () { tell(registration, triesLeft - 1); }, 3000);
  }

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      tell(registration, 5);
    }).catch(function () {
      // No service worker (private window, storage refused): the portal works as before, online only.
    });
  });
})();
