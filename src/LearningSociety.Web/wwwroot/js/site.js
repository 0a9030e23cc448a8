// Cổng thông tin xây dựng xã hội học tập — small progressive enhancements.
// No inline scripts or handlers are needed anywhere (the site runs under a CSP without 'unsafe-inline'):
//   <form data-warn-unsaved>                 warn before leaving the page with unsaved changes
//   <button type="submit" data-confirm="…">  ask for confirmation before submitting (also on <form> or <a>)
//   <button type="submit" data-once>         disabled once its form is submitted (no double submit)
//   <select data-autosubmit>                 submits its form when the value changes
//   <form data-clear-local-drafts>           removes this browser's unsaved report copies (sign-out)
(function () {
  'use strict';

  // ---------- (a) unsaved changes ----------

  function snapshot(form) {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) {
        return;
      }
      var type = (el.type || '').toLowerCase();
      if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') {
        return;
      }
      if (type === 'checkbox' || type === 'radio') {
        parts.push(el.name + '=' + (el.checked ? el.value : '\u0000'));
      } else if (type === 'file') {
        parts.push(el.name + '=' + Array.prototype.map.call(el.files || [], function (f) { return f.name + ':' + f.size; }).join('|'));
      } else if (el.tagName === 'SELECT' && el.multiple) {
        parts.push(el.name + '=' + Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; }).join('|'));
      } else {
        parts.push(el.name + '=' + el.value);
      }
    });
    return parts.join('&');
  }

  var watchedForms = Array.prototype.slice.call(document.querySelectorAll('form[data-warn-unsaved]'));
  var initialState = new Map();
  var submitting = new WeakSet();

  watchedForms.forEach(function (form) {
    initialState.set(form, snapshot(form));
    form.addEventListener('reset', function () {
      // Values are reset after the event: take the snapshot again afterwards.
      window.setTimeout(function () { initialState.set(form, snapshot(form)); }, 0);
    });
  });

  function hasUnsavedChanges() {
    return watchedForms.some(function (form) {
      return document.contains(form) && !submitting.has(form) && snapshot(form) !== initialState.get(form);
    });
  }

  if (watchedForms.length > 0) {
    window.addEventListener('beforeunload', function (event) {
      if (hasUnsavedChanges()) {
        event.preventDefault();
        // Older browsers need returnValue set; the text itself is not shown by modern browsers.
        event.returnValue = 'Bạn có thay đổi chưa lưu. Rời khỏi trang?';
        return event.returnValue;
      }
      return undefined;
    });
  }

  // ---------- (b) confirm, (c) once, and clearing (a) on submit ----------

  function hasOnceButton(form) {
    return Array.prototype.some.call(form.elements, function (el) { return el.hasAttribute('data-once'); });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) {
      return; // e.g. a save kept on the phone with no signal (local-draft.js): nothing is posted
    }
    var submitter = event.submitter || null;

    // A second submit while the first is in flight is dropped when the form uses data-once.
    if (form.dataset.submitted === 'true' && hasOnceButton(form)) {
      event.preventDefault();
      return;
    }

    var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }

    if (event.defaultPrevented) {
      return;
    }

    submitting.add(form);
    form.dataset.submitted = 'true';

    // Disable after the browser has collected the form data, so the clicked button's name/value is still sent.
    window.setTimeout(function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.hasAttribute('data-once')) {
          el.disabled = true;
          el.setAttribute('aria-disabled', 'true');
        }
      });
    }, 0);
  });

  // Links with data-confirm (e.g. a GET export that takes long): ask first.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-confirm]') : null;
    if (link && !window.confirm(link.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Coming back with the browser's Back button (page restored from cache): make the form usable again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('form[data-submitted]'), function (form) {
      delete form.dataset.submitted;
      submitting.delete(form);
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.hasAttribute('data-once')) {
          el.disabled = false;
          el.removeAttribute('aria-disabled');
        }
      });
    });
  });

  // ---------- (d) auto-submitting selects ----------

  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-autosubmit') || !select.form) {
      return;
    }
    if (typeof select.form.requestSubmit === 'function') {
      select.form.requestSubmit();
    } else {
      select.form.submit();
    }
  });
  // ---------- (e) signing out forgets the local copies of unsaved forms ----------

  document.addEventListener('submit', function (event) {
    if (!(event.target instanceof HTMLFormElement) || !event.target.hasAttribute('data-clear-local-drafts') || !window.localStorage) {
      return;
    }
    var waiting = Object.keys(window.localStorage).some(function (key) {
      return key.indexOf('hoctap:') === 0 && (window.localStorage.getItem(key) || '').indexOf('"pending":true') >= 0;
    });
    if (waiting && !window.confirm('Còn bản nháp chưa gửi được lên máy chủ (lưu khi không có mạng). Đăng xuất sẽ xóa nó khỏi máy này. Vẫn đăng xuất?')) {
      event.preventDefault();
      return;
    }
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf('hoctap:') === 0) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // storage blocked: nothing was kept either
    }
  });
})();
