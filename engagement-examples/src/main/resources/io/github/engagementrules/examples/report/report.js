// Draws the report's charts with uPlot from the figures in #report-data; every figure is also in a table.
(function () {
  'use strict';
  var colours = ['#1d70b8', '#d4351c', '#00703c', '#6f4c00', '#4c2c92'];
  var dashes = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 6]];
  var charts = JSON.parse(document.getElementById('report-data').textContent);

  function key(chart) {
    var list = document.createElement('ul');
    list.className = 'key';
    chart.series.forEach(function (series, i) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.style.borderTopStyle = dashes[i].length ? 'dashed' : 'solid';
      swatch.style.borderTopColor = colours[i];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(series.label));
      list.appendChild(item);
    });
    return list;
  }

  charts.forEach(function (chart) {
    var element = document.getElementById(chart.id);
    if (!element || chart.x.length === 0) {
      return;
    }
    var xs = chart.x.map(function (x, i) {
      return chart.time ? Date.parse(x + 'T00:00:00Z') / 1000 : i;
    });
    var options = {
      width: Math.max(280, Math.min(element.clientWidth || 640, 900)),
      height: 300,
      legend: {show: false},
      cursor: {show: false},
      scales: {
        x: chart.time
          ? {time: true, range: xs.length > 1 ? null : [xs[0] - 86400, xs[0] + 86400]}
          : {time: false, range: [-0.5, chart.x.length - 0.5]},
        y: {range: function (u, min, max) { return [0, Math.max(1, max)]; }}
      },
      axes: [
        chart.time ? {} : {
          splits: function () { return xs; },
          values: function (u, splits) { return splits.map(function (i) { return chart.x[i]; }); }
        },
        {}
      ],
      series: [{}].concat(chart.series.map(function (series, i) {
        return chart.time
          ? {label: series.label, stroke: colours[i], width: 2, dash: dashes[i], points: {show: chart.x.length < 60}}
          : {label: series.label, stroke: colours[i], fill: colours[i], paths: uPlot.paths.bars({size: [0.6, 80]})};
      }))
    };
    if (chart.time) {
      options.tzDate = function (seconds) { return uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'); };
    }
    new uPlot(options, [xs].concat(chart.series.map(function (s) { return s.values; })), element);
    element.parentNode.insertBefore(key(chart), element.nextSibling);
  });
})();
