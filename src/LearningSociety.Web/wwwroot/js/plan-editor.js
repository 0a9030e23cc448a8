// Plan editor — progressive enhancements only; every form works without this file.
//   [data-deadline-picker]  show only the fields of the chosen deadline kind
//   [data-agency-filter]    narrow the agency lists as you type (accents ignored)
//   #xem-lai                bring the preview of changes into view, and warn before leaving it unconfirmed
(function () {
  'use strict';

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // ---------- deadline picker ----------
  Array.prototype.forEach.call(document.querySelectorAll('[data-deadline-picker]'), function (picker) {
    var select = picker.querySelector('[data-deadline-kind-select]');
    if (!select) {
      return;
    }
    function sync() {
      Array.prototype.forEach.call(picker.querySelectorAll('[data-deadline-kind]'), function (group) {
        var own = group.getAttribute('data-deadline-kind') === select.value;
        // A group holding an error stays visible so the message is never hidden.
        group.hidden = !own && !group.querySelector('.is-invalid');
      });
    }
    select.addEventListener('change', sync);
    sync();
  });

  // ---------- agency filter ----------
  Array.prototype.forEach.call(document.querySelectorAll('[data-agency-filter]'), function (input) {
    var lists = input.form ? input.form.querySelectorAll('[data-agency-list]') : [];
    function apply() {
      var needle = fold(input.value);
      Array.prototype.forEach.call(lists, function (list) {
        Array.prototype.forEach.call(list.options, function (option) {
          var match = needle === '' || (option.getAttribute('data-search') || '').indexOf(needle) >= 0;
          option.hidden = !match && !option.selected;
        });
      });
    }
    // Typing narrows what is listed; Enter (the form's first button, "Lọc") searches the whole directory.
    input.addEventListener('input', apply);
  });

  // ---------- preview of changes ----------
  var preview = document.getElementById('xem-lai');
  if (preview) {
    preview.scrollIntoView({ block: 'center' });
    preview.focus({ preventScroll: true });
    var leaving = false;
    document.addEventListener('submit', function () { leaving = true; });
    window.addEventListener('beforeunload', function (event) {
      if (!leaving) {
        event.preventDefault();
        event.returnValue = 'Các thay đổi chưa được xác nhận lưu. Rời khỏi trang?';
        return event.returnValue;
      }
      return undefined;
    });
  }
})();
