/**
 * 24 charts × 200 points. "All drawn": every chart's SVG holds its full geometry (a path with a long `d`, or ≥150
 * path/rect marks). "First viewport": the charts whose top is within the host's 800 px viewport once everything is
 * drawn; the time is the first frame in which that many drawn charts were within it. Recharts' entry animations
 * are left at their defaults in all renderers (geometry present = drawn).
 */
import { CHART_COUNT, chartsEnvelope } from "../generate/charts.js";
import { measure, openHost, VIEWPORT } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import type { Workload } from "./types.js";

const PRED = `((root) => {
  const svgs = [...root.querySelectorAll("svg")].filter((s) => {
    const r = s.getBoundingClientRect();
    return r.width >= 150 && r.height >= 80;
  });
  const drawn = svgs.filter((s) =>
    s.querySelectorAll("path, rect").length >= 150 ||
    [...s.querySelectorAll("path")].some((p) => (p.getAttribute("d") || "").length > 1000));
  const visible = drawn.filter((s) => s.getBoundingClientRect().top < ${VIEWPORT.height}).length;
  (window.__chartHist ||= []).push([performance.now(), drawn.length, visible]);
  return drawn.length >= ${CHART_COUNT};
})`;

export const charts: Workload = {
  id: "charts",
  title: "24 charts × 200 points",
  kinds: KINDS,
  quick: true,
  metrics: [
    { key: "all", label: "24 charts × 200 points, all drawn", unit: "ms", target: { ratioVsOriginal: 0.4 } },
    {
      key: "first",
      label: "24 charts × 200 points, first viewport",
      unit: "ms",
      target: { ratioVsOriginal: 0.15 },
    },
  ],
  async run(browser, kind) {
    const host = await openHost(browser, kind);
    try {
      const r = await measure(host, kind, chartsEnvelope(), PRED, 90_000);
      const hist = await host.frame.evaluate<[number, number, number][]>("window.__chartHist || []");
      if (!r.ok) {
        const last = hist.at(-1);
        return { failed: `${r.reason}; ${last ? last[1] : 0}/${CHART_COUNT} charts drawn` };
      }
      const start = r.sinceOrigin - r.ms;
      const k = hist.at(-1)?.[2] ?? 0;
      const first = hist.find((h) => h[2] >= k && k > 0);
      return { values: { all: r.ms, first: (first?.[0] ?? r.sinceOrigin) - start } };
    } finally {
      await host.close();
    }
  },
};
