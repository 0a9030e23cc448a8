// Agency picker on the administrator's user form: as the filter box is typed into, the select is refilled
// from the server (the full list holds every commune's People's Committee). Without this script the
// "Tìm" button does the same with a round trip.
(function () {
  'use strict';

  var filter = document.querySelector('[data-agency-filter]');
  if (!filter || !window.fetch) {
    return;
  }
  var select = document.getElementById(filter.getAttribute('data-agency-target'));
  var hint = document.getElementById(filter.getAttribute('data-agency-hint'));
  var timer = 0;
  var latest = 0;

  function refill(data) {
    var chosen = select.value;
    while (select.options.length > 1) {
      select.remove(1); // the first option is "— Chọn cơ quan, đơn vị —"
    }
    data.options.forEach(function (o) {
      select.add(new Option(o.label, String(o.id)));
    });
    select.value = chosen;
    if (!select.value && data.matched === 1) {
      select.value = String(data.options[0].id);
    }
    if (hint) {
      hint.textContent = data.hint;
    }
  }

  function load() {
    var request = ++latest;
    var url = filter.getAttribute('data-agency-filter') + '?q=' + encodeURIComponent(filter.value) +
      (select.value ? '&selected=' + encodeURIComponent(select.value) : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && request === latest) { // an older answer arriving late must not overwrite a newer one
          refill(data);
        }
      })
      .catch(function () { /* the Tìm button still works */ });
  }

  filter.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 250);
  });

  // Enter in the filter searches now instead of submitting the form.
  filter.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      window.clearTimeout(timer);
      load();
    }
  });
})();
