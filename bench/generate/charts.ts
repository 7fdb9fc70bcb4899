import { rng } from "./rng.js";

export const CHART_COUNT = 24;
export const CHART_POINTS = 200;

/** 24 charts (12 BarChart + 12 LineChart, alternating), one series of 200 points each, 220 px high, in a Column. */
export function chartsEnvelope(count = CHART_COUNT, points = CHART_POINTS) {
  const r = rng(24);
  const charts = Array.from({ length: count }, (_, c) => {
    let v = 50 + r() * 50;
    const data = Array.from({ length: points }, (_, i) => {
      v = Math.max(1, v + (r() - 0.5) * 20);
      return { x: `p${i}`, value: Math.round(v * 10) / 10 };
    });
    return {
      type: c % 2 === 0 ? "BarChart" : "LineChart",
      data,
      series: [{ dataKey: "value", label: `Series ${c}` }],
      xAxis: "x",
      height: 220,
      showLegend: false,
      showTooltip: true,
      showGrid: true,
    };
  });
  return {
    version: "0.2",
    view: {
      type: "Column",
      cssClass: "gap-4",
      children: [{ type: "H2", content: "Chart wall" }, ...charts],
    },
  };
}
