/**
 * BarChart, LineChart, AreaChart (§7). Recharts 3 lays out and draws the axes, the grid and the tooltip;
 * the series themselves are one path per series drawn from recharts' scales (bar-paths.tsx,
 * series-paths.tsx) and are registered as hidden `<Bar>`/`<Line>`/`<Area>`s, which the value axis and the
 * tooltip read with `includeHidden`. Category ticks are chosen without DOM measuring (axis.tsx).
 */
import type { ReactNode } from "react";
import { useMemo } from "react";
import {
  Area,
  Bar,
  CartesianGrid,
  Line,
  AreaChart as RAreaChart,
  BarChart as RBarChart,
  LineChart as RLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import type { NodeViewProps } from "../../render/registry.js";
import { MIN_TICK_GAP, NO_POINTS, pickCategoryTicks, tickRenderer } from "./axis.js";
import { BarPaths, barExtent, niceTicks } from "./bar-paths.js";
import {
  AXIS,
  ChartFrame,
  chartData,
  chartHeight,
  type Datum,
  GRID,
  makeTooltip,
  readSeries,
  type Series,
  summarizeSeries,
  useAnimate,
  useValueFormatter,
} from "./common.js";
import { ActiveDots, LinePaths } from "./series-paths.js";

const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };
/** Recharts' default XAxis height. */
const X_AXIS_HEIGHT = 30;

export function curveType(v: unknown): "linear" | "monotone" | "step" {
  return v === "smooth" ? "monotone" : v === "step" ? "step" : "linear";
}

function useCartesian(p: NodeViewProps) {
  const props = p.props as Datum;
  const data = useMemo(() => chartData(props.data), [props.data]);
  const series = useMemo(() => readSeries(props.series), [props.series]);
  const fmt = useValueFormatter(props);
  const names = useMemo(() => new Map(series.map((s) => [s.dataKey, s.label])), [series]);
  const tooltip = useMemo(() => makeTooltip(fmt, names), [fmt, names]);
  const animate = useAnimate(props.animate);
  const xKey = asOptString(props.xAxis);
  return {
    props,
    data,
    series,
    fmt,
    tooltip,
    animate,
    xKey,
    height: chartHeight(props),
    showGrid: asBool(props.showGrid, true),
    showYAxis: asBool(props.showYAxis, true),
    showTooltip: asBool(props.showTooltip, true),
    legend: asBool(props.showLegend, false)
      ? series.map((s) => ({ label: s.label, color: s.color }))
      : undefined,
  };
}

/**
 * Value-axis width for labels of `chars` characters at 12px: 8px a character (wide fonts such as DejaVu Sans run
 * ~7.6px a digit and "K"/"M" wider) plus the 8px tick margin and 8px of slack, so labels are never clipped.
 */
function tickWidth(chars: number): number {
  return Math.min(120, Math.max(40, chars * 8 + 16));
}

/** Width of the value axis: its widest label among the data extremes and (about) the nice ticks recharts picks. */
function valueAxisWidth(
  data: Datum[],
  series: Series[],
  fmt: (v: unknown) => string,
  stacked: boolean,
): number {
  const [lo, hi] = barExtent(data, series, stacked);
  const labels = [lo, hi, ...niceTicks(lo, hi)].map((v) => fmt(v).length);
  return tickWidth(Math.max(...labels));
}

function hasDuplicates(values: readonly unknown[]): boolean {
  return new Set(values).size !== values.length;
}

/**
 * Props for the category axis along the bottom: the ticks recharts' `preserveEnd` would show, picked without DOM
 * measuring, with plain text labels. `start` = the plot's left edge; it ends at the right margin. Repeated
 * categories keep recharts' own ticks (it positions them by index).
 */
function useCategoryAxis(
  data: Datum[],
  xKey: string | undefined,
  start: number,
  width: number,
  kind: "band" | "point",
) {
  return useMemo(() => {
    const values = data.map((d, i) => (xKey ? d[xKey] : i));
    if (hasDuplicates(values)) return { minTickGap: MIN_TICK_GAP, tick: tickRenderer() };
    const picked = pickCategoryTicks(values, [start, width - MARGIN.right], [0, width], kind);
    return {
      ticks: picked.ticks as (string | number)[],
      interval: 0,
      tick: tickRenderer(asString, picked.shift),
    };
  }, [data, xKey, start, width, kind]);
}

/** Value-axis props: our plain tick labels; every nice tick shown when there is room for them. */
function useValueAxis(fmt: (v: unknown) => string, plotHeight: number, width: number, show: boolean) {
  const tick = useMemo(() => tickRenderer(fmt), [fmt]);
  return {
    ...AXIS,
    tick,
    width,
    hide: !show,
    includeHidden: true,
    interval: plotHeight >= 120 ? (0 as const) : ("preserveEnd" as const),
  };
}

type Cartesian = ReturnType<typeof useCartesian>;

function BarBody({
  c,
  width,
  height,
  live,
  stacked,
  horizontal,
  radius,
}: {
  c: Cartesian;
  width: number;
  height: number;
  live: boolean;
  stacked: boolean;
  horizontal: boolean;
  radius: number;
}): ReactNode {
  const axisWidth = useMemo(
    () => valueAxisWidth(c.data, c.series, c.fmt, stacked),
    [c.data, c.series, c.fmt, stacked],
  );
  const left = MARGIN.left + (c.showYAxis ? axisWidth : 0);
  const category = useCategoryAxis(c.data, c.xKey, left, width, "band");
  const value = useValueAxis(
    c.fmt,
    height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT,
    axisWidth,
    c.showYAxis,
  );
  return (
    <RBarChart
      width={width}
      height={height}
      data={c.data}
      layout={horizontal ? "vertical" : "horizontal"}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      {c.showGrid ? (
        <CartesianGrid
          vertical={horizontal}
          horizontal={!horizontal}
          {...(horizontal
            ? { horizontalCoordinatesGenerator: NO_POINTS }
            : { verticalCoordinatesGenerator: NO_POINTS })}
          {...GRID}
        />
      ) : null}
      {horizontal ? (
        <>
          <XAxis type="number" hide includeHidden />
          <YAxis type="category" dataKey={c.xKey} {...AXIS} width={80} />
        </>
      ) : (
        <>
          <XAxis dataKey={c.xKey} {...AXIS} {...category} />
          <YAxis type="number" {...value} />
        </>
      )}
      {c.showTooltip && live ? (
        <Tooltip
          content={c.tooltip}
          cursor={{ fill: "var(--muted)", stroke: "none" }}
          isAnimationActive={false}
          includeHidden
        />
      ) : null}
      {/* Hidden Bars register the series for the value axis and the tooltip only; they draw nothing. */}
      {c.series.map((s) => (
        <Bar
          key={s.dataKey}
          dataKey={s.dataKey}
          name={s.label}
          fill={s.color}
          stackId={stacked ? "stack" : undefined}
          hide
          isAnimationActive={false}
        />
      ))}
      <BarPaths
        data={c.data}
        series={c.series}
        catKey={c.xKey}
        horizontal={horizontal}
        stacked={stacked}
        radius={radius}
        animate={c.animate}
      />
    </RBarChart>
  );
}

export function BarChartView(p: NodeViewProps<"BarChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const stacked = asBool(c.props.stacked);
  const horizontal = asBool(c.props.horizontal);
  const radius = Math.max(0, asNumber(c.props.barRadius, 4));
  const label = summarizeSeries(
    `${horizontal ? "Horizontal bar" : "Bar"} chart${stacked ? " (stacked)" : ""}`,
    c.data,
    c.series,
    c.fmt,
    c.xKey,
  );
  return (
    <ChartFrame view={p as NodeViewProps} kind="bar-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height, live) => (
        <BarBody
          c={c}
          width={width}
          height={height}
          live={live}
          stacked={stacked}
          horizontal={horizontal}
          radius={radius}
        />
      )}
    </ChartFrame>
  );
}

/** LineChart and AreaChart: the same axes; lines (or filled areas) as one curve per series. */
function LineBody({
  c,
  width,
  height,
  live,
  area,
}: {
  c: Cartesian;
  width: number;
  height: number;
  live: boolean;
  area?: { stacked: boolean } | undefined;
}): ReactNode {
  const stacked = area?.stacked ?? false;
  const curve = curveType(c.props.curve);
  const dots = asBool(c.props.showDots);
  const axisWidth = useMemo(
    () => valueAxisWidth(c.data, c.series, c.fmt, stacked),
    [c.data, c.series, c.fmt, stacked],
  );
  const left = MARGIN.left + (c.showYAxis ? axisWidth : 0);
  const category = useCategoryAxis(c.data, c.xKey, left, width, "point");
  const value = useValueAxis(
    c.fmt,
    height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT,
    axisWidth,
    c.showYAxis,
  );
  const Chart = area ? RAreaChart : RLineChart;
  return (
    <Chart width={width} height={height} data={c.data} margin={MARGIN} accessibilityLayer={false}>
      {c.showGrid ? (
        <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_POINTS} {...GRID} />
      ) : null}
      <XAxis dataKey={c.xKey} {...AXIS} {...category} />
      <YAxis {...value} />
      {c.showTooltip && live ? (
        <Tooltip
          content={c.tooltip}
          cursor={{ stroke: "var(--border)" }}
          isAnimationActive={false}
          includeHidden
        />
      ) : null}
      {/* Hidden series: the value axis and the tooltip read them; LinePaths draws them. */}
      {c.series.map((s) =>
        area ? (
          <Area
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.label}
            stroke={s.color}
            fill={s.color}
            stackId={stacked ? "stack" : undefined}
            hide
            isAnimationActive={false}
          />
        ) : (
          <Line
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.label}
            stroke={s.color}
            hide
            isAnimationActive={false}
          />
        ),
      )}
      <LinePaths
        data={c.data}
        series={c.series}
        catKey={c.xKey}
        curve={curve}
        dots={dots}
        area={area ? { stacked, fillOpacity: 0.4 } : undefined}
        animate={c.animate}
      />
      {c.showTooltip && live ? (
        <ActiveDots data={c.data} series={c.series} catKey={c.xKey} stacked={stacked} />
      ) : null}
    </Chart>
  );
}

export function LineChartView(p: NodeViewProps<"LineChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const label = summarizeSeries("Line chart", c.data, c.series, c.fmt, c.xKey);
  return (
    <ChartFrame view={p as NodeViewProps} kind="line-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height, live) => <LineBody c={c} width={width} height={height} live={live} />}
    </ChartFrame>
  );
}

export function AreaChartView(p: NodeViewProps<"AreaChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const stacked = asBool(c.props.stacked);
  const label = summarizeSeries(`Area chart${stacked ? " (stacked)" : ""}`, c.data, c.series, c.fmt, c.xKey);
  return (
    <ChartFrame view={p as NodeViewProps} kind="area-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height, live) => (
        <LineBody c={c} width={width} height={height} live={live} area={{ stacked }} />
      )}
    </ChartFrame>
  );
}
