/**
 * The first paint of a BarChart, LineChart or AreaChart without recharts: the same SVG recharts draws for our
 * props (grid, tick labels, series paths), computed from our own copies of its scales. Recharts (its store, ~35
 * dispatches, three render passes and a forced layout per chart: ~40 ms a chart) mounts only when the pointer
 * first comes over the chart (cartesian.tsx), and its picture is the same pixels, so the switch is invisible.
 *
 * What is copied from recharts 3 (static.test.tsx renders both for many random charts and compares the SVG):
 * - the value axis: domain [0, "auto"] widened to the data, recharts' own `getNiceTickValues` (5 ticks), then the
 *   domain widened to the ticks; a d3 linear scale from the plot's bottom to its top;
 * - the category axis: a d3 band scale (bars) or point scale (lines, areas) over the plot's width, padding 0;
 * - the layout: margins, the 30 px x-axis band, tick labels 6 + 8 px off the axis line (tick size + margin).
 * Cases recharts lays out differently (horizontal bars, repeated categories, short plots whose value labels
 * thin out, values that are not plain numbers) return no model and draw with recharts from the start.
 */
import type { ReactNode } from "react";
import { getNiceTickValues } from "recharts";
import { asString } from "../../lib/coerce.js";
import { pickCategoryTicks, TICK_FILL, TICK_FONT_SIZE } from "./axis.js";
import { BarSeries, barSeriesPaths } from "./bar-paths.js";
import { type Cartesian, MIN_STATIC_PLOT_HEIGHT, plotBox } from "./chart-model.js";
import type { Datum, Series } from "./common.js";
import { LineSeries, type Scale, seriesPoints } from "./series-paths.js";

/** Recharts' default tick size: labels sit this far (plus the tick margin, 8) from the axis line. */
const TICK_OFFSET = 6 + 8;

export function hasDuplicates(values: readonly unknown[]): boolean {
  return new Set(values).size !== values.length;
}

// ---- scales (d3's, as recharts configures them) --------------------------------------------------------------

/** d3 `scaleBand` (bars) or `scalePoint` (lines) over `r0..r1`, no padding, no rounding, indexed by category. */
export function categoryScale(values: readonly unknown[], r0: number, r1: number, point: boolean): Scale {
  const index = new Map<unknown, number>();
  values.forEach((v, i) => {
    if (!index.has(v)) index.set(v, i);
  });
  const n = values.length;
  const inner = point ? 1 : 0;
  const step = (r1 - r0) / Math.max(1, n - inner);
  const start = r0 + (r1 - r0 - step * (n - inner)) * 0.5;
  const bandwidth = step * (1 - inner);
  return (v, options) => {
    const i = index.get(v);
    if (i === undefined) return undefined;
    const x = start + step * i;
    const at = options?.position;
    return at === "middle" ? x + bandwidth / 2 : at === "end" ? x + bandwidth : x;
  };
}

/** d3 `scaleLinear().domain([d0, d1]).range([r0, r1])` (interpolateNumber, no clamping). */
export function linearScale([d0, d1]: readonly [number, number], r0: number, r1: number): Scale {
  const span = d1 - d0;
  return (v) => {
    if (typeof v !== "number") return undefined;
    const t = span ? (v - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

/** A series value recharts and we read the same way: a finite number, or nothing (a gap). */
const plain = (v: unknown) => v === undefined || v === null || (typeof v === "number" && Number.isFinite(v));

/**
 * The value axis recharts computes for `<YAxis>` with its defaults: ticks and the scale's domain. Undefined when a
 * value is not a plain number (recharts' and our readings of "12" or true may differ) or nothing has a value.
 */
export function valueAxis(
  data: readonly Datum[],
  series: readonly Series[],
  stacked: boolean,
): { ticks: number[]; domain: [number, number] } | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const see = (v: number) => {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const d of data) {
    let acc = 0;
    for (const s of series) {
      const v = d[s.dataKey];
      if (!plain(v)) return undefined;
      if (stacked) {
        // d3's stack (offset "none") as recharts runs it: a missing value stacks as 0.
        see(acc);
        acc += (v as number | null | undefined) ?? 0;
        see(acc);
      } else if (typeof v === "number") see(v);
    }
  }
  if (!(lo <= hi)) return undefined;
  const domain: [number, number] = [Math.min(0, lo), hi];
  const ticks = getNiceTickValues(domain, 5, true, "adaptive");
  if (ticks.length === 0 || !ticks.every(Number.isFinite)) return undefined;
  return {
    ticks,
    domain: [Math.min(domain[0], ticks[0]!), Math.max(domain[1], ticks[ticks.length - 1]!)],
  };
}

// ---- the model ------------------------------------------------------------------------------------------------

/** What of the chart model the static picture reads (tests build it by hand). */
export type StaticChartModel = Pick<
  Cartesian,
  | "kind"
  | "data"
  | "series"
  | "xKey"
  | "fmt"
  | "showYAxis"
  | "showGrid"
  | "stacked"
  | "horizontal"
  | "radius"
  | "curve"
  | "dots"
  | "area"
  | "animate"
>;

export interface StaticModel {
  width: number;
  height: number;
  left: number;
  right: number;
  xScale: Scale;
  yScale: Scale;
  /** Category labels, then value labels (empty when the value axis is hidden), each at its anchor point. */
  xTicks: Tick[];
  yTicks: Tick[];
  /** Horizontal grid lines at these y (the value ticks'). */
  grid: number[];
}

interface Tick {
  x: number;
  y: number;
  label: string;
}

/** Everything the static chart draws, or undefined where recharts has to lay the chart out itself. */
export function staticModel(c: StaticChartModel, width: number, height: number): StaticModel | undefined {
  // Horizontal bars: recharts lays them out.
  if (c.horizontal) return undefined;
  const { data, series, xKey } = c;
  const { left, right, top, bottom } = plotBox(c, width, height);
  if (bottom - top < MIN_STATIC_PLOT_HEIGHT) return undefined;
  if (!(right > left)) return undefined;
  if (data.length === 0) {
    // No data yet (an unresolved template): recharts draws no ticks and its grid's two edge lines.
    const none: Scale = () => undefined;
    return {
      width,
      height,
      left,
      right,
      xScale: none,
      yScale: none,
      xTicks: [],
      yTicks: [],
      grid: [top, bottom],
    };
  }
  if (series.length === 0) return undefined;
  const values = data.map((d, i) => (xKey ? d[xKey] : i));
  if (!values.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v))))
    return undefined;
  if (hasDuplicates(values)) return undefined;
  const axis = valueAxis(data, series, c.stacked);
  if (!axis) return undefined;
  const band = c.kind === "bar";
  const xScale = categoryScale(values, left, right, !band);
  const yScale = linearScale(axis.domain, bottom, top);
  // The category labels recharts shows (its `preserveEnd` choice, made by axis.tsx for the live chart too).
  const picked = pickCategoryTicks(values, [left, right], [0, width], band ? "band" : "point");
  const xTicks = picked.ticks.map((v) => ({
    x: xScale(v, { position: "middle" })! + (picked.shift && picked.shift.value === v ? picked.shift.dx : 0),
    y: bottom + TICK_OFFSET,
    label: asString(v),
  }));
  const grid = axis.ticks.map((v) => yScale(v)!);
  const yTicks = c.showYAxis
    ? axis.ticks.map((v, i) => ({ x: left - TICK_OFFSET, y: grid[i]!, label: c.fmt(v) }))
    : [];
  return { width, height, left, right, xScale, yScale, xTicks, yTicks, grid };
}

// ---- markup -------------------------------------------------------------------------------------------------

const GRID_LINE = { stroke: "var(--border)", strokeOpacity: 0.5, fill: "none" } as const;

/** One axis' tick labels as recharts' `<Text>` places them: x labels hang below their point, y labels centre on it. */
function TickLabels({ axis, ticks }: { axis: "x" | "y"; ticks: Tick[] }): ReactNode {
  return (
    <g className={`recharts-${axis}Axis-tick-labels`}>
      {ticks.map((t, i) => (
        <text
          key={i}
          x={t.x}
          y={t.y}
          dy={axis === "x" ? "0.71em" : "0.355em"}
          textAnchor={axis === "x" ? "middle" : "end"}
          fill={TICK_FILL}
          fontSize={TICK_FONT_SIZE}
          className="pf-chart-tick"
        >
          {t.label}
        </text>
      ))}
    </g>
  );
}

/** Recharts' wrapper and surface, its horizontal grid, the series, then the tick labels (its z order). */
export function StaticChart({ c, model: m }: { c: StaticChartModel; model: StaticModel }): ReactNode {
  return (
    <div
      className="recharts-wrapper pf-chart-static"
      style={{ position: "relative", cursor: "default", width: m.width, height: m.height }}
    >
      {/* The frame (role="img") carries the chart's text alternative. */}
      <svg
        className="recharts-surface"
        width={m.width}
        height={m.height}
        viewBox={`0 0 ${m.width} ${m.height}`}
        style={{ width: "100%", height: "100%", display: "block" }}
        aria-hidden="true"
      >
        {c.showGrid ? (
          <g className="recharts-cartesian-grid">
            {m.grid.map((y, i) => (
              <line key={i} {...GRID_LINE} x1={m.left} y1={y} x2={m.right} y2={y} />
            ))}
          </g>
        ) : null}
        <CartesianSeries c={c} xScale={m.xScale} yScale={m.yScale} />
        <TickLabels axis="x" ticks={m.xTicks} />
        {c.showYAxis ? <TickLabels axis="y" ticks={m.yTicks} /> : null}
      </svg>
    </div>
  );
}

/**
 * The series of a cartesian chart from a category and a value scale: ours in the static picture, recharts' in
 * the live chart (cartesian-live.tsx). Bars as one path per series, lines and areas as one curve per series.
 */
export function CartesianSeries({
  c,
  xScale,
  yScale,
}: {
  c: StaticChartModel;
  xScale: Scale;
  yScale: Scale;
}): ReactNode {
  if (c.data.length === 0) return null; // recharts has no scales to draw series with
  if (c.kind === "bar") {
    const [cat, val] = c.horizontal ? [yScale, xScale] : [xScale, yScale];
    const paths = barSeriesPaths(cat, val, {
      data: c.data,
      series: c.series,
      catKey: c.xKey,
      horizontal: c.horizontal,
      stacked: c.stacked,
      radius: c.radius,
    });
    return <BarSeries series={c.series} paths={paths} animate={c.animate} />;
  }
  const points = seriesPoints(xScale, yScale, c.data, c.series, c.xKey, c.stacked);
  return (
    <LineSeries
      series={c.series}
      points={points}
      curve={c.curve}
      dots={c.dots}
      area={c.area}
      animate={c.animate}
    />
  );
}
