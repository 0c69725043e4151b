/* Draws every <canvas data-chart="ID"> from the JSON in <script id="ID"> with Chart.js
   (shipped beside this file: no CDN). The data are small (a bar per month or outlet),
   counted by the server. */
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart"));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    var horizontal = !!spec.horizontal;
    var stacked = spec.datasets.length > 1;
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d) {
          return {label: d.label, data: d.data, backgroundColor: d.color, borderWidth: 0};
        })
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {stacked: stacked, beginAtZero: true, ticks: {precision: 0, autoSkip: true, maxRotation: 0}},
          y: {stacked: stacked, beginAtZero: true, ticks: {precision: 0}}
        },
        plugins: {legend: {display: stacked, position: "bottom"}}
      }
    });
    canvas.setAttribute("data-rendered", "1");
  });
})();
