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
import { BarSeries, barExtent, barSeriesPaths, niceTicks } from "./bar-paths.js";
import type { Datum, Series } from "./common.js";
import type { CurveKind } from "./curves.js";
import { LineSeries, type Scale, seriesPoints } from "./series-paths.js";

export const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
/** Recharts' default XAxis height. */
export const X_AXIS_HEIGHT = 30;
/** Recharts' default tick size: labels sit this far (plus the tick margin, 8) from the axis line. */
const TICK_OFFSET = 6 + 8;
/** Below this plot height the value axis thins its labels out (`preserveEnd`, measured): recharts draws those. */
export const MIN_STATIC_PLOT_HEIGHT = 120;

export function curveType(v: unknown): CurveKind {
  return v === "smooth" ? "monotone" : v === "step" ? "step" : "linear";
}

/**
 * Value-axis width for labels of `chars` characters at 12px: 8px a character (wide fonts such as DejaVu Sans run
 * ~7.6px a digit and "K"/"M" wider) plus the 8px tick margin and 8px of slack, so labels are never clipped.
 */
function tickWidth(chars: number): number {
  return Math.min(120, Math.max(40, chars * 8 + 16));
}

/** Width of the value axis: its widest label among the data extremes and (about) the nice ticks recharts picks. */
export function valueAxisWidth(
  data: Datum[],
  series: Series[],
  fmt: (v: unknown) => string,
  stacked: boolean,
): number {
  const [lo, hi] = barExtent(data, series, stacked);
  const labels = [lo, hi, ...niceTicks(lo, hi)].map((v) => fmt(v).length);
  return tickWidth(Math.max(...labels));
}

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

export interface StaticOptions {
  data: Datum[];
  series: Series[];
  xKey: string | undefined;
  fmt: (v: unknown) => string;
  showYAxis: boolean;
  /** Bars sit in bands, lines and areas on points. */
  band: boolean;
  stacked: boolean;
  width: number;
  height: number;
}

export interface StaticModel {
  width: number;
  height: number;
  left: number;
  right: number;
  xScale: Scale;
  yScale: Scale;
  /** Value labels. */
  yTicks: { y: number; label: string }[];
  /** Horizontal grid lines at these y (the value ticks'). */
  grid: number[];
  xTicks: { x: number; label: string }[];
  showYAxis: boolean;
}

/** Everything the static chart draws, or undefined where recharts has to lay the chart out itself. */
export function staticModel(o: StaticOptions): StaticModel | undefined {
  const { data, series, xKey, width, height } = o;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom - X_AXIS_HEIGHT;
  if (bottom - top < MIN_STATIC_PLOT_HEIGHT) return undefined;
  const left = MARGIN.left + (o.showYAxis ? valueAxisWidth(data, series, o.fmt, o.stacked) : 0);
  const right = width - MARGIN.right;
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
      showYAxis: o.showYAxis,
    };
  }
  if (series.length === 0) return undefined;
  const values = data.map((d, i) => (xKey ? d[xKey] : i));
  if (!values.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v))))
    return undefined;
  if (hasDuplicates(values)) return undefined;
  const axis = valueAxis(data, series, o.stacked);
  if (!axis) return undefined;
  const xScale = categoryScale(values, left, right, !o.band);
  const yScale = linearScale(axis.domain, bottom, top);
  // The category labels recharts shows (its `preserveEnd` choice, made by axis.tsx for the live chart too).
  const picked = pickCategoryTicks(values, [left, right], [0, width], o.band ? "band" : "point");
  const xTicks = picked.ticks.map((v) => ({
    x: xScale(v, { position: "middle" })! + (picked.shift && picked.shift.value === v ? picked.shift.dx : 0),
    label: asString(v),
  }));
  const yTicks = axis.ticks.map((v) => ({ y: yScale(v)!, label: o.fmt(v) }));
  const grid = yTicks.map((t) => t.y);
  return { width, height, left, right, xScale, yScale, xTicks, yTicks, grid, showYAxis: o.showYAxis };
}

// ---- markup -------------------------------------------------------------------------------------------------

const GRID_LINE = { stroke: "var(--border)", strokeOpacity: 0.5, fill: "none" } as const;

export interface StaticChartProps {
  model: StaticModel;
  showGrid: boolean;
  /** The series layer, drawn from `model.xScale` / `model.yScale`. */
  children: ReactNode;
}

/** Recharts' wrapper and surface, its horizontal grid, the series, then the tick labels (its z order). */
export function StaticChart({ model: m, showGrid, children }: StaticChartProps): ReactNode {
  const xLabelY = m.height - MARGIN.bottom - X_AXIS_HEIGHT + TICK_OFFSET;
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
        {showGrid ? (
          <g className="recharts-cartesian-grid">
            {m.grid.map((y, i) => (
              <line key={i} {...GRID_LINE} x1={m.left} y1={y} x2={m.right} y2={y} />
            ))}
          </g>
        ) : null}
        {children}
        <g className="recharts-xAxis-tick-labels">
          {m.xTicks.map((t, i) => (
            <text
              key={i}
              x={t.x}
              y={xLabelY}
              dy="0.71em"
              textAnchor="middle"
              fill={TICK_FILL}
              fontSize={TICK_FONT_SIZE}
              className="pf-chart-tick"
            >
              {t.label}
            </text>
          ))}
        </g>
        {m.showYAxis ? (
          <g className="recharts-yAxis-tick-labels">
            {m.yTicks.map((t, i) => (
              <text
                key={i}
                x={m.left - TICK_OFFSET}
                y={t.y}
                dy="0.355em"
                textAnchor="end"
                fill={TICK_FILL}
                fontSize={TICK_FONT_SIZE}
                className="pf-chart-tick"
              >
                {t.label}
              </text>
            ))}
          </g>
        ) : null}
      </svg>
    </div>
  );
}

export interface StaticSeriesOptions {
  data: Datum[];
  series: Series[];
  xKey: string | undefined;
  stacked: boolean;
  animate: boolean;
}

/** The bars of a vertical BarChart, from the static scales. */
export function StaticBars({
  model,
  radius,
  ...o
}: StaticSeriesOptions & { model: StaticModel; radius: number }): ReactNode {
  if (o.data.length === 0) return null;
  const paths = barSeriesPaths(model.xScale, model.yScale, {
    data: o.data,
    series: o.series,
    catKey: o.xKey,
    horizontal: false,
    stacked: o.stacked,
    radius,
  });
  return <BarSeries series={o.series} paths={paths} animate={o.animate} />;
}

/** The curves (and dots) of a LineChart or AreaChart, from the static scales. */
export function StaticLines({
  model,
  curve,
  dots,
  area,
  ...o
}: StaticSeriesOptions & {
  model: StaticModel;
  curve: CurveKind;
  dots: boolean;
  area?: { fillOpacity: number } | undefined;
}): ReactNode {
  if (o.data.length === 0) return null; // recharts has no scales to draw series with
  const points = seriesPoints(model.xScale, model.yScale, o.data, o.series, o.xKey, o.stacked);
  return (
    <LineSeries series={o.series} points={points} curve={curve} dots={dots} area={area} animate={o.animate} />
  );
}
