// @vitest-environment happy-dom
/**
 * Charts in happy-dom. happy-dom does no layout (clientWidth is 0), so ChartFrame
 * draws at its 600 px fallback width; recharts 3 then renders real SVG (axes, grid,
 * bars, sectors) because every chart gets an explicit width/height (no
 * ResponsiveContainer, which would stay at 0×0 here and warn).
 */
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PrefabView } from "../../app/prefab-view.js";

afterEach(cleanup);
beforeAll(async () => {
  await import("./index.js");
  await import("./mermaid.js");
}, 30_000);

const months = ["Jan", "Feb", "Mar", "Apr"];
const rows = months.map((m, i) => ({ month: m, sales: 1000 * (i + 1), profit: 100 * (i + 2) }));
const series = [
  { dataKey: "sales", label: "Sales" },
  { dataKey: "profit", label: "Profit", color: "#ff0000" },
];

async function mount(view: unknown, extra: Record<string, unknown> = {}) {
  const utils = render(
    <PrefabView
      envelope={{ version: "0.3", view, ...extra }}
      hostContext={{ locale: "en-US" }}
      onIssues={() => {}}
    />,
  );
  const chart = await waitFor(
    () => {
      const el = utils.container.querySelector<HTMLElement>("[data-slot=chart]");
      if (!el?.querySelector("svg")) throw new Error("chart not drawn yet");
      return el;
    },
    { timeout: 5000 },
  );
  return { ...utils, chart };
}

/**
 * Bar/Line/AreaCharts paint static SVG first; the first pointer over the plot mounts recharts (same picture). Returns
 * recharts' wrapper once it is there, to hover it.
 */
async function goLive(container: HTMLElement): Promise<HTMLElement> {
  const still = container.querySelector<HTMLElement>(".recharts-wrapper.pf-chart-static");
  expect(still, "static first paint").toBeTruthy();
  await act(async () => {
    still!.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: 10, clientY: 10 }));
  });
  return waitFor(
    () => {
      const live = container.querySelector<HTMLElement>(".recharts-wrapper:not(.pf-chart-static)");
      if (!live) throw new Error("recharts not mounted yet");
      return live;
    },
    { timeout: 5000 },
  );
}

describe("charts", () => {
  it("BarChart: series colours, valueFormat ticks, stacked, legend, aria-label", async () => {
    const { chart, container } = await mount({
      type: "BarChart",
      data: rows,
      series,
      xAxis: "month",
      stacked: true,
      showLegend: true,
      valueFormat: "currency",
    });
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "Bar chart (stacked): Sales $1,000.00 to $4,000.00; Profit $200.00 to $500.00; 4 points, month Jan to Apr.",
    );
    // one path per series, in the series colour; no per-bar elements
    const paths = [...container.querySelectorAll<SVGPathElement>("path.pf-bar-path")];
    expect(paths.map((el) => el.getAttribute("fill"))).toEqual(["var(--chart-1)", "#ff0000"]);
    expect(paths[0]!.getAttribute("d")!.match(/M/g)).toHaveLength(4);
    expect(container.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(0);
    expect(container.querySelector("svg")!.textContent).toContain("$6,000.00"); // a y tick
    expect(screen.getByText("Sales")).toBeTruthy(); // legend row
    expect(chart.style.height).toBe("300px");
    // the tooltip still gets one line per series (hidden Bars + includeHidden), once recharts is live
    const svgBefore = container.querySelector("svg")!.innerHTML;
    const wrapper = await goLive(container);
    const live = container.querySelector("svg")!;
    // recharts draws the same series paths and tick labels as the static picture
    expect([...live.querySelectorAll("path.pf-bar-path")].map((p) => p.getAttribute("d"))).toEqual(
      paths.map((p) => p.getAttribute("d")),
    );
    expect(live.innerHTML).not.toBe(svgBefore);
    await act(async () => {
      wrapper.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: 200, clientY: 100 }));
    });
    const tip = await waitFor(() => {
      const t = container.querySelector(".pf-chart-tooltip");
      if (!t) throw new Error("no tooltip");
      return t;
    });
    expect(tip.textContent).toMatch(/Sales\$[\d,]+\.00Profit\$[\d,]+\.00/);
  });

  it("BarChart: horizontal layout and the 0.2 yAxisFormat compact", async () => {
    const { chart } = await mount(
      {
        type: "BarChart",
        data: rows,
        series: [series[0]],
        xAxis: "month",
        horizontal: true,
        yAxisFormat: "compact",
      },
      { version: "0.2" },
    );
    expect(chart.querySelectorAll("path.pf-bar-path")).toHaveLength(1);
    expect(chart.getAttribute("aria-label")).toContain("Horizontal bar chart: Sales 1K to 4K");
    expect(chart.querySelector("svg")!.textContent).toContain("Jan");
  });

  it("LineChart and AreaChart with curves and dots", async () => {
    const line = await mount({
      type: "LineChart",
      data: rows,
      series,
      xAxis: "month",
      curve: "smooth",
      showDots: true,
    });
    expect(line.chart.getAttribute("aria-label")).toMatch(
      /^Line chart: Sales 1000 to 4000; Profit 200 to 500/,
    );
    // one curve per series and one path for all of a series' dots; recharts' own Line draws nothing
    const curves = [...line.container.querySelectorAll<SVGPathElement>("path.pf-line-path")];
    expect(curves.map((el) => el.getAttribute("stroke"))).toEqual(["var(--chart-1)", "#ff0000"]);
    expect(curves[0]!.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+C/); // monotone → cubic segments
    const dots = line.container.querySelectorAll("path.pf-dots");
    expect(dots).toHaveLength(2);
    expect(dots[0]!.getAttribute("d")!.match(/M/g)).toHaveLength(4);
    expect(line.container.querySelectorAll(".recharts-line-curve, .recharts-dot")).toHaveLength(0);
    cleanup();
    const area = await mount({
      type: "AreaChart",
      data: rows,
      series,
      xAxis: "month",
      stacked: true,
      curve: "step",
    });
    expect(area.chart.getAttribute("aria-label")).toMatch(/^Area chart \(stacked\)/);
    expect(area.container.querySelectorAll("path.pf-area-path")).toHaveLength(2);
    expect(area.container.querySelectorAll("path.pf-area-line")).toHaveLength(2);
    expect(area.container.querySelectorAll(".recharts-area-area")).toHaveLength(0);
  });

  it("LineChart: one path per series, static first; recharts, its tooltip and hover dots mount on first hover", async () => {
    const { chart, container } = await mount({ type: "LineChart", data: rows, series, xAxis: "month" });
    // happy-dom: 600 × 300 chart; value axis 48px wide ("4000"), margins top 8 / right 12, x axis 30px high
    // → x = 48, 228, 408, 588 (a point scale); y: 0 → 270, 4000 → 8 (recharts' nice domain [0, 4000]).
    const [sales, profit] = [...container.querySelectorAll<SVGPathElement>("path.pf-line-path")];
    expect(sales!.getAttribute("d")).toBe("M48,204.5L228,139L408,73.5L588,8");
    expect(profit!.getAttribute("d")).toBe("M48,256.9L228,250.35L408,243.8L588,237.25");
    const ticks = [...chart.querySelectorAll("text.pf-chart-tick")].map((t) => t.textContent);
    expect(ticks).toEqual(["Jan", "Feb", "Mar", "Apr", "0", "1000", "2000", "3000", "4000"]);
    // nothing interactive at first paint, and no recharts
    expect(container.querySelector(".recharts-tooltip-wrapper")).toBeNull();
    expect(container.querySelector(".pf-active-dots")).toBeNull();
    expect(container.querySelector(".recharts-zIndex-layer_2000")).toBeNull();
    const wrapper = await goLive(container);
    await act(async () => {
      wrapper.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: 405, clientY: 100 }));
    });
    const tip = await waitFor(() => {
      const t = container.querySelector(".pf-chart-tooltip");
      if (!t) throw new Error("no tooltip");
      return t;
    });
    // the hidden Lines give the tooltip one line per series, for the hovered row (Mar)
    expect(tip.textContent).toBe("MarSales3000Profit400");
    const dots = [...container.querySelectorAll(".pf-active-dots circle")];
    expect(dots.map((d) => [d.getAttribute("cx"), d.getAttribute("cy"), d.getAttribute("fill")])).toEqual([
      ["408", "73.5", "var(--chart-1)"],
      ["408", "243.8", "#ff0000"],
    ]);
  });

  it("PieChart: donut, legend row under the chart, palette per slice", async () => {
    const data = [
      { name: "A", value: 3 },
      { name: "B", value: 5 },
      { name: "C", value: 2 },
    ];
    const { chart, container } = await mount({
      type: "PieChart",
      data,
      dataKey: "value",
      nameKey: "name",
      innerRadius: 60,
      showLegend: true,
      valueFormat: "number:1",
    });
    expect(chart.getAttribute("aria-label")).toBe(
      "Donut chart of value by name: A 3.0, B 5.0, C 2.0; total 10.0.",
    );
    const sectors = container.querySelectorAll(".recharts-pie-sector path, path.recharts-sector");
    expect(sectors.length).toBe(3);
    expect([...sectors].map((s) => s.getAttribute("fill"))).toEqual([
      "var(--chart-1)",
      "var(--chart-2)",
      "var(--chart-3)",
    ]);
    expect(container.querySelector(".pf-chart-legend")?.textContent).toBe("ABC");
  });

  it("RadarChart, RadialChart, ScatterChart (multi-series via _series, bubble size)", async () => {
    const radar = await mount({
      type: "RadarChart",
      data: rows,
      series,
      axisKey: "month",
    });
    expect(radar.chart.getAttribute("aria-label")).toMatch(/^Radar chart: Sales 1000 to 4000/);
    expect(radar.container.querySelectorAll(".recharts-radar-polygon").length).toBe(2);
    cleanup();
    const radial = await mount({
      type: "RadialChart",
      data: [
        { browser: "chrome", visitors: 275 },
        { browser: "safari", visitors: 200 },
      ],
      dataKey: "visitors",
      nameKey: "browser",
    });
    expect(radial.chart.getAttribute("aria-label")).toBe(
      "Radial bar chart of visitors by browser: chrome 275, safari 200; total 475.",
    );
    expect(radial.container.querySelectorAll(".recharts-radial-bar-sector").length).toBeGreaterThan(0);
    cleanup();
    const scatter = await mount({
      type: "ScatterChart",
      data: [
        { x: 1, y: 2, z: 5, _series: "a" },
        { x: 2, y: 4, z: 9, _series: "a" },
        { x: 3, y: 1, z: 1, _series: "b" },
      ],
      series: [{ dataKey: "a", label: "Group A" }, { dataKey: "b" }],
      xAxis: "x",
      yAxis: "y",
      zAxis: "z",
      showLegend: true,
    });
    expect(scatter.chart.getAttribute("aria-label")).toBe(
      "Scatter chart of y against x: Group A 2 points, x 1 to 2, y 2 to 4; b 1 point, x 3, y 1.",
    );
    // one path per series (circles sized by z on [40, 400] px² areas), no per-point elements
    const groups = [...scatter.container.querySelectorAll<SVGPathElement>("path.pf-scatter-points")];
    expect(groups.map((g) => g.getAttribute("d")!.match(/M/g)!.length)).toEqual([2, 1]);
    expect(groups.map((g) => g.getAttribute("fill"))).toEqual(["var(--chart-1)", "var(--chart-2)"]);
    expect(scatter.container.querySelectorAll(".recharts-scatter-symbol")).toHaveLength(0);
    // hover: our hit test finds the point under the pointer and shows its x, y and z
    const first = groups[0]!.getAttribute("d")!.match(/^M([\d.]+),([\d.]+)a([\d.]+)/)!;
    const [cx, cy] = [Number(first[1]) + Number(first[3]), Number(first[2])];
    const hit = scatter.container.querySelector<SVGRectElement>("rect.pf-scatter-hit")!;
    await act(async () => {
      hit.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: cx + 1, clientY: cy }));
    });
    expect(scatter.container.querySelector(".pf-chart-tooltip")?.textContent).toBe("x1y2z5");
    expect(scatter.container.querySelector("path.pf-scatter-cursor")).toBeTruthy();
    await act(async () => {
      hit.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 0, clientY: 0 }));
    });
    expect(scatter.container.querySelector(".pf-chart-tooltip")).toBeNull();
  });

  it("draws nothing for an unresolved data template, without errors", async () => {
    const { chart } = await mount({ type: "LineChart", data: "{{ missing }}", series, xAxis: "month" });
    expect(chart.getAttribute("aria-label")).toBe("Line chart: no data");
  });

  it("animation is off on first paint and on for later updates (unless reduced motion)", async () => {
    const { container } = await mount(
      { type: "BarChart", data: "{{ d }}", series: [series[0]], xAxis: "month", animate: true },
      { state: { d: rows } },
    );
    // first paint: bars are drawn at their final size immediately, without a transition
    const bars = container.querySelector<SVGPathElement>("path.pf-bar-path")!;
    expect(bars.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+A/);
    expect(bars.getAttribute("d")).not.toContain("NaN");
    expect(bars.style.transition).toBe("");
  });
});

describe("Sparkline and Mermaid", () => {
  /** Renders the sparklines in a Column; their svgs once all are drawn. */
  async function sparklines(children: Record<string, unknown>[]) {
    const { container } = render(
      <PrefabView onIssues={() => {}} envelope={{ version: "0.3", view: { type: "Column", children } }} />,
    );
    return waitFor(() => {
      const found = container.querySelectorAll<SVGElement>("svg.pf-sparkline");
      if (found.length < children.length) throw new Error("not drawn yet");
      return found;
    });
  }

  it("Sparkline line/bar, fill gradient, variants", async () => {
    const svgs = await sparklines([
      { type: "Sparkline", data: [3, 5, 2, 8], fill: true, curve: "smooth", variant: "success" },
      { type: "Sparkline", data: [1, -2, 3], mode: "bar" },
      { type: "Sparkline", data: "{{ nope }}" },
    ]);
    expect(svgs).toHaveLength(3);
    expect(svgs[0]!.getAttribute("viewBox")).toBe("0 0 100 40");
    expect(svgs[0]!.getAttribute("class")).toContain("text-success");
    expect(svgs[0]!.querySelector("linearGradient")).toBeTruthy();
    expect(svgs[0]!.querySelectorAll("path")[1]!.getAttribute("d")).toMatch(/^M0,.*C/);
    expect(svgs[0]!.getAttribute("aria-label")).toBe("Sparkline of 4 values from 3 to 8 (min 2, max 8)");
    expect(svgs[1]!.querySelector("path")!.getAttribute("d")!.match(/Z/g)).toHaveLength(3);
    expect(svgs[2]!.getAttribute("aria-label")).toBe("Sparkline: no data");
  });

  it("Sparkline height: explicit px, else bars h-6 (24 px) and a line sized by its viewBox", async () => {
    const svgs = await sparklines([
      { type: "Sparkline", data: [1, 2, 3], mode: "bar" },
      { type: "Sparkline", data: [1, 2, 3] },
      { type: "Sparkline", data: [1, 2, 3], mode: "bar", height: 40 },
      { type: "Sparkline", data: [], mode: "bar" },
    ]);
    expect(svgs[0]!.getAttribute("class")).toContain("h-6");
    expect(svgs[0]!.style.height).toBe("");
    expect(svgs[1]!.getAttribute("class")).not.toContain("h-6");
    expect(svgs[1]!.style.height).toBe("");
    expect(svgs[2]!.getAttribute("class")).not.toContain("h-6");
    expect(svgs[2]!.style.height).toBe("40px");
    expect(svgs[3]!.getAttribute("class")).not.toContain("h-6");
    expect(svgs[3]!.style.height).toBe("0px");
  });

  it("Mermaid shows its source with a note (lazy chunk)", async () => {
    render(
      <PrefabView
        onIssues={() => {}}
        envelope={{ version: "0.3", view: { type: "Mermaid", chart: "graph TD; A-->B" } }}
      />,
    );
    expect(await screen.findByText("graph TD; A-->B", undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/diagram preview unavailable/)).toBeTruthy();
  });
});

describe("reduced motion", () => {
  it("turns animation off under prefers-reduced-motion", async () => {
    const mm = vi.spyOn(window, "matchMedia").mockImplementation(
      (q: string) =>
        ({
          matches: q.includes("reduce"),
          media: q,
          addEventListener() {},
          removeEventListener() {},
        }) as unknown as MediaQueryList,
    );
    try {
      const { useAnimate, resetReducedMotionQuery } = await import("./common.js");
      resetReducedMotionQuery();
      let seen: boolean[] = [];
      function Probe({ n }: { n: number }) {
        seen.push(useAnimate(true));
        return <span>{n}</span>;
      }
      const r = render(<Probe n={1} />);
      await act(async () => r.rerender(<Probe n={2} />));
      expect(seen.every((v) => v === false)).toBe(true);
      mm.mockImplementation(
        (q: string) =>
          ({
            matches: false,
            media: q,
            addEventListener() {},
            removeEventListener() {},
          }) as unknown as MediaQueryList,
      );
      resetReducedMotionQuery();
      seen = [];
      const r2 = render(<Probe n={1} />);
      await act(async () => r2.rerender(<Probe n={2} />));
      expect(seen[0]).toBe(false); // first paint
      expect(seen.at(-1)).toBe(true); // update
    } finally {
      mm.mockRestore();
      (await import("./common.js")).resetReducedMotionQuery();
    }
  });
});
