// avec — the dashboard's charts (Chart.js, vendored). The numbers are also in the page's tables
// and in CSV: a chart is never the only way to read them.
(function () {
  "use strict";
  const holder = document.getElementById("chart-data");
  if (!holder || !window.Chart) return;
  const d = JSON.parse(holder.textContent);
  const palette = ["#0b5cad", "#a4161a", "#7a4a00", "#1e6b33", "#6a3d9a", "#555d66", "#b15928", "#1f78b4"];
  Chart.defaults.font.family = "system-ui, sans-serif";
  Chart.defaults.animation = false;
  const make = (id, type, datasets, options) => {
    const el = document.getElementById(id);
    if (!el) return;
    new Chart(el, { type, data: { labels: d.periods, datasets }, options: Object.assign({
      responsive: true, maintainAspectRatio: false, spanGaps: true,
      plugins: { legend: { position: "bottom" } } }, options || {}) });
  };
  const ds = (label, data, i, extra) => Object.assign({ label, data, borderColor: palette[i % 8],
    backgroundColor: palette[i % 8], borderWidth: 2 }, extra || {});
  make("c-volume", "bar", [ds("demandes à l'IA", d.volume, 0), ds("tâches sans IA", d.without_ai, 3)],
    { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
  make("c-quality", "line", [ds("acceptation", d.acceptance_rate, 0), ds("corrigées", d.corrected_share, 1),
    ds("sans IA", d.without_ai_share, 3)], { scales: { y: { min: 0, max: 100 } } });
  make("c-findings", "bar", [ds("erreurs", d.findings_error, 1), ds("avertissements", d.findings_warning, 2),
    ds("informations", d.findings_info, 0)], { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
  make("c-precision", "line", Object.keys(d.precision).map((k, i) => ds(k, d.precision[k], i)),
    { scales: { y: { min: 0, max: 100 } } });
  make("c-corrections", "bar", Object.keys(d.corrections).map((k, i) => ds(k, d.corrections[k], i)),
    { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
  make("c-energy", "line", [ds("Wh", d.energy_wh, 0, { yAxisID: "y" }), ds("gCO2eq", d.gco2eq, 1, { yAxisID: "y1" })],
    { scales: { y: { beginAtZero: true, position: "left" }, y1: { beginAtZero: true, position: "right", grid: { drawOnChartArea: false } } } });
})();
