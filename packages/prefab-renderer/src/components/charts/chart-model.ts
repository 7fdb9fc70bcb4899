/**
 * The one mapping from a chart's props to what it draws: rows, series (labels, colours from --chart-1..5), keys,
 * stacking, curve and dots, legend items, the tooltip, and the cartesian plot box (margins, value-axis width).
 * Headless (no recharts, no markup): the static first paint (static-cartesian.tsx) and the recharts layer
 * (cartesian-live.tsx, polar.tsx) both read it, so the two pictures cannot drift apart. Recharts inspects the
 * children of its chart element, so its JSX stays in the modules that draw with it; only the model is shared.
 */
import { useMemo } from "react";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import type { ValueFormatter } from "../data-table/format.js";
import { barExtent, niceTicks } from "./bar-paths.js";
import {
  chartData,
  chartHeight,
  type Datum,
  makeTooltip,
  paletteColor,
  readSeries,
  type Series,
  useAnimate,
  useValueFormatter,
} from "./common.js";
import type { CurveKind } from "./curves.js";

export type LegendItem = { label: string; color: string };

/** Rows, series, value format, tooltip, animation and legend of a chart with a `series` list (cartesian, radar). */
export function useSeriesModel(props: Datum) {
  const data = useMemo(() => chartData(props.data), [props.data]);
  const series = useMemo(() => readSeries(props.series), [props.series]);
  const fmt = useValueFormatter(props);
  const tooltip = useMemo(
    () => makeTooltip(fmt, new Map(series.map((s) => [s.dataKey, s.label]))),
    [fmt, series],
  );
  return {
    props,
    data,
    series,
    fmt,
    tooltip,
    animate: useAnimate(props.animate),
    height: chartHeight(props),
    showGrid: asBool(props.showGrid, true),
    showTooltip: asBool(props.showTooltip, true),
    legend: asBool(props.showLegend)
      ? series.map((s): LegendItem => ({ label: s.label, color: s.color }))
      : undefined,
  };
}

/** Rows → slices with a colour each (row `fill`/`color` wins over the palette). */
export function slices(data: Datum[]): (Datum & { fill: string })[] {
  return data.map((d, i) => ({
    ...d,
    fill: asOptString(d.fill) ?? asOptString(d.color) ?? paletteColor(i),
  }));
}

/** PieChart and RadialChart: one slice a row, valued by `dataKey`, named by `nameKey`. */
export function useSliceModel(props: Datum) {
  const data = useMemo(() => slices(chartData(props.data)), [props.data]);
  const nameKey = asString(props.nameKey);
  const fmt = useValueFormatter(props);
  const tooltip = useMemo(() => makeTooltip(fmt), [fmt]);
  return {
    props,
    data,
    dataKey: asString(props.dataKey),
    nameKey,
    fmt,
    tooltip,
    animate: useAnimate(props.animate),
    height: chartHeight(props),
    showTooltip: asBool(props.showTooltip, true),
    legend: asBool(props.showLegend)
      ? data.map((d): LegendItem => ({ label: asString(d[nameKey]), color: d.fill }))
      : undefined,
  };
}

// ---- cartesian ------------------------------------------------------------------------------------------------

export type CartesianKind = "bar" | "line" | "area";

export function curveType(v: unknown): CurveKind {
  return v === "smooth" ? "monotone" : v === "step" ? "step" : "linear";
}

/** BarChart, LineChart, AreaChart: the series model plus the category key and how the series are drawn. */
export function useCartesian(props: Datum, kind: CartesianKind) {
  const base = useSeriesModel(props);
  const line = kind !== "bar";
  return {
    ...base,
    kind,
    xKey: asOptString(props.xAxis),
    showYAxis: asBool(props.showYAxis, true),
    /** Bars and areas stack; lines never do. */
    stacked: kind !== "line" && asBool(props.stacked),
    horizontal: kind === "bar" && asBool(props.horizontal),
    radius: Math.max(0, asNumber(props.barRadius, 4)),
    curve: line ? curveType(props.curve) : ("linear" as CurveKind),
    dots: line && asBool(props.showDots),
    /** Area fill under each curve. */
    area: kind === "area" ? { fillOpacity: 0.4 } : undefined,
  };
}

export type Cartesian = ReturnType<typeof useCartesian>;

/** The chart's text alternative's opening words: "Horizontal bar chart (stacked)". */
export function cartesianTitle(c: Pick<Cartesian, "kind" | "stacked" | "horizontal">): string {
  const name =
    c.kind === "bar" ? (c.horizontal ? "Horizontal bar" : "Bar") : c.kind === "area" ? "Area" : "Line";
  return `${name} chart${c.stacked ? " (stacked)" : ""}`;
}

export const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
/** Recharts' default XAxis height. */
export const X_AXIS_HEIGHT = 30;
/** Below this plot height the value axis thins its labels out (`preserveEnd`, measured): recharts draws those. */
export const MIN_STATIC_PLOT_HEIGHT = 120;

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
  fmt: ValueFormatter | ((v: unknown) => string),
  stacked: boolean,
): number {
  const [lo, hi] = barExtent(data, series, stacked);
  const labels = [lo, hi, ...niceTicks(lo, hi)].map((v) => fmt(v).length);
  return tickWidth(Math.max(...labels));
}

/** The plot area of a vertical cartesian chart `width`×`height` px: inside the margins, the x axis and the value axis. */
export function plotBox(
  c: Pick<Cartesian, "data" | "series" | "fmt" | "stacked" | "showYAxis">,
  width: number,
  height: number,
) {
  const axisWidth = valueAxisWidth(c.data, c.series, c.fmt, c.stacked);
  return {
    axisWidth,
    left: MARGIN.left + (c.showYAxis ? axisWidth : 0),
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom - X_AXIS_HEIGHT,
  };
}
