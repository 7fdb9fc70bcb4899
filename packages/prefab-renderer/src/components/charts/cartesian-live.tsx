/**
 * BarChart, LineChart, AreaChart drawn by recharts 3 (this module is the only cartesian one that imports it, so it
 * loads when a chart first needs it: the first pointer over a chart, or a layout the static paint does not cover).
 * Recharts lays out and draws the axes, the grid and the tooltip; the series are one path per series drawn from
 * recharts' scales (`BarSeries`, `LineSeries`, the same markup as the static paint) and are registered as hidden
 * `<Bar>`/`<Line>`/`<Area>`s, which the value axis and the tooltip read with `includeHidden`. Category ticks are
 * chosen without DOM measuring (axis.tsx).
 */
import { type ReactNode, useMemo } from "react";
import {
  Area,
  Bar,
  CartesianGrid,
  DefaultZIndexes,
  Line,
  AreaChart as RAreaChart,
  BarChart as RBarChart,
  LineChart as RLineChart,
  Tooltip,
  useActiveTooltipDataPoints,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import { asBool, asString } from "../../lib/coerce.js";
import { MIN_TICK_GAP, NO_POINTS, pickCategoryTicks, tickRenderer } from "./axis.js";
import { BarSeries, barSeriesPaths } from "./bar-paths.js";
import type { Cartesian } from "./cartesian.js";
import { AXIS, type Datum, GRID, type Series } from "./common.js";
import type { CurveKind } from "./curves.js";
import { LineSeries, seriesPoints } from "./series-paths.js";
import {
  curveType,
  hasDuplicates,
  MARGIN,
  MIN_STATIC_PLOT_HEIGHT,
  valueAxisWidth,
  X_AXIS_HEIGHT,
} from "./static-cartesian.js";

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
    interval: plotHeight >= MIN_STATIC_PLOT_HEIGHT ? (0 as const) : ("preserveEnd" as const),
  };
}

/** The bars from recharts' scales, in recharts' bar layer (above the grid and the cursor band, below the axes). */
function BarPaths(props: {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  horizontal: boolean;
  stacked: boolean;
  radius: number;
  animate: boolean;
}): ReactNode {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const cat = props.horizontal ? yScale : xScale;
  const val = props.horizontal ? xScale : yScale;
  const { data, series, catKey, horizontal, stacked, radius } = props;
  const paths = useMemo(
    () => (cat && val ? barSeriesPaths(cat, val, { data, series, catKey, horizontal, stacked, radius }) : []),
    [cat, val, data, series, catKey, horizontal, stacked, radius],
  );
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <BarSeries series={series} paths={paths} animate={props.animate} />
    </ZIndexLayer>
  );
}

function usePoints(data: Datum[], series: Series[], catKey: string | undefined, stacked: boolean) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  return useMemo(
    () => (xScale && yScale ? seriesPoints(xScale, yScale, data, series, catKey, stacked) : undefined),
    [xScale, yScale, data, series, catKey, stacked],
  );
}

/** The curves from recharts' scales, in its line/area layer (above the grid and the cursor, below the axes). */
function LinePaths(props: {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  curve: CurveKind;
  dots: boolean;
  area?: { stacked: boolean; fillOpacity: number } | undefined;
  animate: boolean;
}): ReactNode {
  const { data, series, catKey, area } = props;
  const points = usePoints(data, series, catKey, area?.stacked ?? false);
  if (!points) return null;
  return (
    <ZIndexLayer zIndex={area ? DefaultZIndexes.area : DefaultZIndexes.line}>
      <LineSeries
        series={series}
        points={points}
        curve={props.curve}
        dots={props.dots}
        area={area}
        animate={props.animate}
      />
    </ZIndexLayer>
  );
}

/**
 * The hover dots at the tooltip's row: recharts' active dot (r 4 in the series colour; its white ring is made
 * transparent by the original's shadcn chart styles, so none here either).
 */
function ActiveDots({
  data,
  series,
  catKey,
  stacked = false,
}: {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  stacked?: boolean;
}): ReactNode {
  const active = useActiveTooltipDataPoints();
  const pts = usePoints(data, series, catKey, stacked);
  const row = active?.[0];
  const i = row === undefined ? -1 : data.indexOf(row as Datum);
  if (!pts || i < 0) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      <g className="pf-active-dots">
        {series.map((s, j) => {
          const p = pts[j]!.top[i];
          if (!p || p.x === null || p.y === null) return null;
          return <circle key={s.dataKey} cx={p.x} cy={p.y} r={4} fill={s.color} />;
        })}
      </g>
    </ZIndexLayer>
  );
}

export interface BarBodyProps {
  c: Cartesian;
  width: number;
  height: number;
  live: boolean;
  stacked: boolean;
  horizontal: boolean;
  radius: number;
}

export function BarBody({ c, width, height, live, stacked, horizontal, radius }: BarBodyProps): ReactNode {
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

export interface LineBodyProps {
  c: Cartesian;
  width: number;
  height: number;
  live: boolean;
  area?: { stacked: boolean } | undefined;
}

/** LineChart and AreaChart: the same axes; lines (or filled areas) as one curve per series. */
export function LineBody({ c, width, height, live, area }: LineBodyProps): ReactNode {
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
