// Service worker: keeps the signed-in officer's home page, report list and open report forms (and the
// static files they load) so that they open with no signal, and turns a "Lưu" that cannot reach the
// server into a draft kept on the phone (js/local-draft.js sends it when the signal is back).
//   caches  hoctap-static-N       fingerprinted CSS, scripts, icons: cache first (they never change)
//           hoctap-pages-<user>   pages of one officer (<user> = body[data-user], a hash): network first;
//                                 only one officer's pages are kept; sign-out clears everything
//                                 (Clear-Site-Data on the sign-out response).
'use strict';

var STATIC = 'hoctap-static-1';
var PAGES = 'hoctap-pages-';
var KEPT_PAGES = [/^\/$/, /^\/reports$/i, /^\/reports\/edit\/\d+$/i];
var FORM = /^\/reports\/edit\/\d+$/i;
var STATIC_FILES = /^\/(css|js|lib)\//;
var MAX_FORMS = 5;
var MAX_STATIC = 60;

function keptPage(url) {
  return url.origin === self.location.origin && url.search === '' && KEPT_PAGES.some(function (re) { return re.test(url.pathname); });
}

function pagesCache() {
  return caches.keys().then(function (keys) {
    var name = keys.filter(function (k) { return k.indexOf(PAGES) === 0; })[0];
    return name ? caches.open(name) : null;
  });
}

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('hoctap-static-') === 0 && k !== STATIC; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// A signed-in page tells who is signed in, which page it is, the open forms it links to and the static
// files it loaded; whatever of these is not kept yet is fetched once (the browser's cache usually has them).
// The worker answers when it is done, saying whether the page itself is now on the phone; the page asks
// again until it hears the answer, so a form is kept on the first visit too, while the worker is starting.
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'page' && /^[0-9a-f]{16}$/.test(data.user || '')) {
    event.waitUntil(remember(data).then(function (kept) {
      if (event.source) {
        event.source.postMessage({ type: 'remembered', url: data.url, kept: kept });
      }
    }));
  }
});

// "/js/site.68at7rkq82.js" → "/js/site.js": the same file in another build.
function unfingerprinted(path) {
  return path.replace(/\.[0-9a-z]{10}(\.[0-9a-z]+)$/, '$1');
}

function remember(data) {
  var name = PAGES + data.user;
  return caches.keys().then(function (keys) {
    // Another account signed in on this phone: the previous officer's pages go.
    return Promise.all(keys.filter(function (k) { return k.indexOf(PAGES) === 0 && k !== name; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return caches.open(name);
  }).then(function (pages) {
    var urls = [data.url].concat((data.forms || []).slice(0, MAX_FORMS))
      .map(function (u) { return new URL(u, self.location.origin); })
      .filter(keptPage);
    return Promise.all(urls.map(function (url) {
      return pages.match(url.pathname).then(function (hit) {
        return hit || fetch(url.pathname, { credentials: 'same-origin' }).then(function (response) {
          return response.ok && !response.redirected ? pages.put(url.pathname, response) : null;
        });
      });
    }));
  }).then(function () {
    return caches.open(STATIC);
  }).then(function (statics) {
    var assets = (data.assets || []).map(function (u) { return new URL(u, self.location.origin); })
      .filter(function (url) { return url.origin === self.location.origin && STATIC_FILES.test(url.pathname); })
      .map(function (url) { return url.pathname; });
    return Promise.all(assets.map(function (path) {
      return statics.match(path).then(function (hit) {
        return hit || fetch(path).then(function (response) {
          return response.ok ? statics.put(path, response) : null;
        });
      });
    })).then(function () {
      return prune(statics, assets);
    });
  }).then(function () {
    return pagesCache();
  }).then(function (pages) {
    // true: the page is on the phone; false: it should be and is not (yet); null: not a page kept offline.
    if (!keptPage(new URL(data.url, self.location.origin))) {
      return null;
    }
    return pages ? pages.match(data.url).then(Boolean) : false;
  }).catch(function () {
    // No signal while keeping copies: the next page will try again.
    return false;
  });
}

// Old builds' files go once this page names their successors, and the cache never holds more than
// MAX_STATIC files (the oldest go first: keys come back in the order they were put).
function prune(statics, current) {
  var names = current.map(unfingerprinted);
  return statics.keys().then(function (requests) {
    var paths = requests.map(function (r) { return new URL(r.url).pathname; });
    var replaced = paths.filter(function (p) { return current.indexOf(p) < 0 && names.indexOf(unfingerprinted(p)) >= 0; });
    var left = paths.filter(function (p) { return replaced.indexOf(p) < 0; });
    var oldest = left.slice(0, Math.max(0, left.length - MAX_STATIC));
    return Promise.all(replaced.concat(oldest).map(function (p) { return statics.delete(p); }));
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && request.method === 'GET' && keptPage(url)) {
    event.respondWith(networkFirst(request, url));
  } else if (request.mode === 'navigate' && request.method === 'POST' && FORM.test(url.pathname)) {
    event.respondWith(postOrKeep(request, url));
  } else if (request.method === 'GET' && STATIC_FILES.test(url.pathname)) {
    event.respondWith(caches.open(STATIC).then(function (statics) {
      return statics.match(url.pathname).then(function (hit) { return hit || fetch(request); });
    }));
  }
});

function networkFirst(request, url) {
  return fetch(request).then(function (response) {
    // A redirect (to the sign-in page) or an error page is never kept in place of the page.
    if (response.ok && response.type === 'basic' && !response.redirected) {
      var copy = response.clone();
      pagesCache().then(function (pages) { return pages && pages.put(url.pathname, copy); });
    }
    return response;
  }, function () {
    return pagesCache().then(function (pages) { return pages && pages.match(url.pathname); }).then(function (hit) {
      return hit || new Response(
        '<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Không có mạng</title><h1>Không có mạng</h1><p>Trang này chưa được lưu trên máy để dùng khi không có mạng. ' +
        'Hãy mở lại khi có mạng; các báo cáo đã mở trước đó vẫn dùng được.</p><p><a href="/">Về trang chủ</a></p>',
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    });
  });
}

// "Lưu" or "Nộp" with no signal: the page has already kept the typed text (js/local-draft.js writes it on
// submit); back to the form, with a mark that tells it the text did not reach the server.
function postOrKeep(request, url) {
  var copy = request.clone();
  return fetch(request).catch(function () {
    return copy.formData().then(function (form) {
      return form.get('command') === 'submit' ? 'chua-nop' : 'chua-gui';
    }, function () {
      return 'chua-gui';
    }).then(function (mark) {
      return Response.redirect(url.pathname + '#' + mark, 303);
    });
  });
}
