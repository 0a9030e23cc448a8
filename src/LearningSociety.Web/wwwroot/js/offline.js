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

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (registration.active) {
        registration.active.postMessage(describe());
      }
    }).catch(function () {
      // No service worker (private window, storage refused): the portal works as before, online only.
    });
  });
})();
