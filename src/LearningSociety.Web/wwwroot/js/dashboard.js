// Dashboard charts (Chart.js 4, served from ~/lib/chart.js). No inline script: each
//   <canvas data-chart="targets|children|trend" data-source="ID">
// reads its figures from <script type="application/json" id="ID">, written by the server.
// Every chart has the same figures in a table beside it, so nothing is lost without JavaScript.
(function () {
  'use strict';

  if (typeof window.Chart === 'undefined') {
    return;
  }

  var css = getComputedStyle(document.documentElement);
  function colour(name, fallback) {
    var value = css.getPropertyValue(name).trim();
    return value || fallback;
  }

  var blue = colour('--status-blue', '#0a58ca');
  var green = colour('--status-green', '#146c43');
  var orange = '#c46a00';
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function read(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-source'));
    if (!source) {
      return null;
    }
    try {
      return JSON.parse(source.textContent);
    } catch (e) {
      return null;
    }
  }

  function percentAxis() {
    return {
      beginAtZero: true,
      suggestedMax: 100,
      ticks: { callback: function (v) { return v + '%'; } }
    };
  }

  function tooltip() {
    return {
      callbacks: {
        label: function (item) {
          return item.dataset.label + ': ' + (item.raw === null ? 'chưa báo cáo' : percent.format(item.raw) + '%');
        }
      }
    };
  }

  var builders = {
    // Share targets: the result against this year's target, both in percent.
    targets: function (data) {
      return {
        type: 'bar',
        data: {
          labels: data.map(function (t) { return t.label; }),
          datasets: [
            { label: 'Kết quả', data: data.map(function (t) { return t.value; }), backgroundColor: blue },
            { label: 'Chỉ tiêu', data: data.map(function (t) { return t.goal; }), backgroundColor: orange }
          ]
        },
        options: { indexAxis: 'y', scales: { x: percentAxis() }, plugins: { tooltip: tooltip() } }
      };
    },
    // Completeness and timeliness of each unit below.
    children: function (data) {
      return {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [
            { label: 'Tỷ lệ nộp báo cáo', data: data.completeness, backgroundColor: blue },
            { label: 'Tỷ lệ nộp đúng hạn', data: data.timeliness, backgroundColor: green }
          ]
        },
        options: { scales: { y: percentAxis() }, plugins: { tooltip: tooltip() } }
      };
    },
    // One point per year; a single year still shows as a point.
    trend: function (data) {
      return {
        type: 'line',
        data: {
          labels: data.map(function (p) { return p.note ? [String(p.label), p.note] : String(p.label); }),
          datasets: [
            { label: 'Tỷ lệ nộp báo cáo', data: data.map(function (p) { return p.completeness; }), borderColor: blue, backgroundColor: blue, pointRadius: 6 },
            { label: 'Tỷ lệ nộp đúng hạn', data: data.map(function (p) { return p.timeliness; }), borderColor: green, backgroundColor: green, pointRadius: 6, pointStyle: 'rectRot' }
          ]
        },
        options: { scales: { y: percentAxis() }, plugins: { tooltip: tooltip() } }
      };
    }
  };

  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), function (canvas) {
    var build = builders[canvas.getAttribute('data-chart')];
    var data = read(canvas);
    if (!build || !data) {
      return;
    }
    var config = build(data);
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.animation = reduceMotion ? false : { duration: 300 };
    config.options.plugins.legend = { position: 'bottom' };
    new window.Chart(canvas, config);
  });
})();
