// Keeps a copy of a long form in this browser (localStorage) while it is being typed, so that a
// session that expires, a network error or no signal at all at "Lưu" never throws the text away.
//   <form data-local-draft="report-12-<user>">  with hidden inputs "Version" (the server's version) and the
//                                                antiforgery token; a save button (command=save)
//   [data-local-draft-banner]              shown when a copy differs from the page; holds
//   [data-local-draft-restore] [data-local-draft-discard] [data-local-draft-time]
//   [data-offline-status]                  says that a save is waiting for the signal, or that "Nộp" needs it
// A copy is { at, version, fields, submitted?, pending? }: "submitted" while a post is on its way, "pending"
// when "Lưu" could not reach the server. A pending copy is sent by itself, once, with the version it was
// typed on, as soon as the browser is online: the server saves it, or shows its conflict view.
(function () {
  'use strict';

  var form = document.querySelector('form[data-local-draft]');
  if (!form || !window.localStorage) {
    return;
  }

  var PENDING = 'Chưa gửi — sẽ gửi khi có mạng. Nội dung bạn vừa nhập được giữ trên máy này.';
  var SUBMIT_NEEDS_NETWORK = 'Nộp báo cáo cần có mạng. Nội dung vẫn được giữ trên máy này; khi có mạng, hãy bấm “Nộp báo cáo” lại.';

  var key = 'hoctap:' + form.getAttribute('data-local-draft');
  var versionInput = form.querySelector('input[name="Version"]');
  var version = versionInput ? versionInput.value : '';
  var banner = document.querySelector('[data-local-draft-banner]');
  var status = document.querySelector('[data-offline-status]');
  var sending = false;

  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.disabled && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'file') {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function fill(values) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && values.hasOwnProperty(el.name) && !el.disabled && el.type !== 'hidden' && el.type !== 'file') {
        el.value = values[el.name];
      }
    });
  }

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function store(draft) {
    try {
      window.localStorage.setItem(key, JSON.stringify(draft));
    } catch (e) {
      // Storage full or disabled: the server copy is still there.
    }
  }

  function write(extra) {
    var draft = { at: Date.now(), version: version, fields: fields() };
    var previous = read();
    if (previous && previous.pending) {
      draft.pending = true; // typing on while the save waits for the signal: it stays waiting
    }
    Object.assign(draft, extra || {});
    store(draft);
  }

  function say(text, kind) {
    if (status) {
      status.textContent = text;
      status.className = 'alert alert-' + kind;
    }
  }

  function useVersion(value) {
    version = value;
    if (versionInput) {
      versionInput.value = value;
    }
  }

  // Back online: take a fresh antiforgery token from the server's copy of the form (this page may be an
  // old copy kept by the service worker), then post the kept text with the version it was typed on.
  function sendPending() {
    if (sending || !navigator.onLine || !(read() || {}).pending) {
      return;
    }
    sending = true;
    fetch(location.pathname, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (!response.ok || response.redirected) {
        throw new Error('signed out or unavailable');
      }
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var token = fresh.querySelector('form[data-local-draft] input[name="__RequestVerificationToken"]');
      var mine = form.querySelector('input[name="__RequestVerificationToken"]');
      var draft = read();
      if (!draft || !draft.pending) {
        sending = false; // another tab sent it meanwhile
        return;
      }
      if (!token || !mine) {
        sending = false;
        say('Báo cáo không còn sửa được (đã nộp, đã duyệt hoặc kỳ đã khóa sổ). Nội dung chưa gửi vẫn được giữ trên máy này.', 'danger');
        return;
      }
      mine.value = token.value;
      fill(draft.fields);
      useVersion(draft.version);
      delete draft.pending;
      draft.submitted = true;
      store(draft);
      say('Đã có mạng: đang gửi bản nháp đã lưu trên máy…', 'info');
      var save = form.querySelector('button[name="command"][value="save"]');
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit(save);
      } else {
        save.click();
      }
    }).catch(function () {
      sending = false;
      say(PENDING + ' (Chưa kết nối được tới máy chủ, hoặc phiên đăng nhập đã hết: hãy đăng nhập lại.)', 'warning');
    });
  }

  var timer = null;
  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, 400);
  });
  form.addEventListener('change', function () { write(); });
  form.addEventListener('submit', function (event) {
    var command = event.submitter ? event.submitter.value : 'save';
    if (navigator.onLine) {
      write({ submitted: true });
      return;
    }
    // No signal: nothing is posted (the browser would only show an error page).
    event.preventDefault();
    if (command === 'submit') {
      write();
      say(SUBMIT_NEEDS_NETWORK, 'warning');
    } else {
      write({ pending: true });
      say(PENDING, 'warning');
    }
    window.addEventListener('online', sendPending);
  });

  var saved = read();
  var mark = location.hash;
  if (mark === '#chua-gui' || mark === '#chua-nop') {
    // The service worker could not reach the server with our post and brought us back here.
    history.replaceState(null, '', location.pathname + location.search);
    if (saved && saved.submitted) {
      delete saved.submitted;
      saved.pending = mark === '#chua-gui';
      store(saved);
    }
  }

  if (!saved) {
    return;
  }

  if (saved.pending) {
    useVersion(saved.version);
    fill(saved.fields);
    say(PENDING, 'warning');
    window.addEventListener('online', sendPending);
    sendPending();
    return;
  }

  if (mark === '#chua-nop') {
    fill(saved.fields);
    say(SUBMIT_NEEDS_NETWORK, 'warning');
    return;
  }

  // Our own submission reached the server (its version moved on): the copy has done its job.
  if (saved.submitted && saved.version !== version) {
    window.localStorage.removeItem(key);
    return;
  }

  var current = fields();
  var differs = Object.keys(saved.fields || {}).some(function (name) {
    return current.hasOwnProperty(name) && current[name] !== saved.fields[name];
  });
  if (!differs || !banner) {
    return;
  }

  var time = banner.querySelector('[data-local-draft-time]');
  if (time) {
    time.textContent = new Date(saved.at).toLocaleString('vi-VN');
  }
  banner.classList.remove('d-none');
  banner.querySelector('[data-local-draft-restore]').addEventListener('click', function () {
    fill(saved.fields);
    banner.classList.add('d-none');
    form.dispatchEvent(new Event('input', { bubbles: true }));
  });
  banner.querySelector('[data-local-draft-discard]').addEventListener('click', function () {
    window.localStorage.removeItem(key);
    banner.classList.add('d-none');
  });
})();
