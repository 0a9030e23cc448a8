// Keeps a copy of a long form in this browser (localStorage) while it is being typed, so that a
// session that expires or a network error at "Lưu" never throws the text away.
//   <form data-local-draft="report-12">   with a hidden input "Version" (the server's version)
//   [data-local-draft-banner]              shown when a copy differs from the page; holds
//   [data-local-draft-restore] [data-local-draft-discard] [data-local-draft-time]
(function () {
  'use strict';

  var form = document.querySelector('form[data-local-draft]');
  if (!form || !window.localStorage) {
    return;
  }

  var key = 'hoctap:' + form.getAttribute('data-local-draft');
  var versionInput = form.querySelector('input[name="Version"]');
  var version = versionInput ? versionInput.value : '';
  var banner = document.querySelector('[data-local-draft-banner]');

  function fields() {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.disabled && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'file') {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  function write(extra) {
    var draft = { at: Date.now(), version: version, fields: fields() };
    Object.assign(draft, extra || {});
    try {
      window.localStorage.setItem(key, JSON.stringify(draft));
    } catch (e) {
      // Storage full or disabled: the server copy is still there.
    }
  }

  var timer = null;
  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, 400);
  });
  form.addEventListener('change', function () { write(); });
  form.addEventListener('submit', function () { write({ submitted: true }); });

  var saved = read();
  if (!saved) {
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
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && saved.fields.hasOwnProperty(el.name) && !el.disabled && el.type !== 'hidden') {
        el.value = saved.fields[el.name];
      }
    });
    banner.classList.add('d-none');
    form.dispatchEvent(new Event('input', { bubbles: true }));
  });
  banner.querySelector('[data-local-draft-discard]').addEventListener('click', function () {
    window.localStorage.removeItem(key);
    banner.classList.add('d-none');
  });
})();
