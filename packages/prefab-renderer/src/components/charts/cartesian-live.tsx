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
import { asString } from "../../lib/coerce.js";
import { MIN_TICK_GAP, NO_POINTS, pickCategoryTicks, tickRenderer } from "./axis.js";
import { type Cartesian, MARGIN, MIN_STATIC_PLOT_HEIGHT, plotBox } from "./chart-model.js";
import { AXIS, type Datum, GRID } from "./common.js";
import { seriesPoints } from "./series-paths.js";
import { CartesianSeries, hasDuplicates } from "./static-cartesian.js";

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

/**
 * The series from recharts' scales (the same markup as the static picture), in recharts' bar or line/area layer:
 * above the grid and the cursor, below the axes.
 */
function LiveSeries({ c }: { c: Cartesian }): ReactNode {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  // Memoised: recharts re-renders this layer at every pointer move over the chart.
  const body = useMemo(
    () => (xScale && yScale ? <CartesianSeries c={c} xScale={xScale} yScale={yScale} /> : null),
    [c, xScale, yScale],
  );
  return <ZIndexLayer zIndex={DefaultZIndexes[c.kind]}>{body}</ZIndexLayer>;
}

/**
 * The hover dots at the tooltip's row: recharts' active dot (r 4 in the series colour; its white ring is made
 * transparent by the original's shadcn chart styles, so none here either).
 */
function ActiveDots({ c }: { c: Cartesian }): ReactNode {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const { data, series } = c;
  const pts = useMemo(
    () => (xScale && yScale ? seriesPoints(xScale, yScale, data, series, c.xKey, c.stacked) : undefined),
    [xScale, yScale, data, series, c.xKey, c.stacked],
  );
  const active = useActiveTooltipDataPoints();
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

export interface LiveBodyProps {
  c: Cartesian;
  width: number;
  height: number;
  live: boolean;
}

/** A BarChart, LineChart or AreaChart drawn by recharts: axes, grid, tooltip; the series drawn by LiveSeries. */
export function CartesianBody({ c, width, height, live }: LiveBodyProps): ReactNode {
  const box = useMemo(() => plotBox(c, width, height), [c, width, height]);
  const bar = c.kind === "bar";
  const horizontal = c.horizontal;
  const category = useCategoryAxis(c.data, c.xKey, box.left, width, bar ? "band" : "point");
  const value = useValueAxis(c.fmt, box.bottom - box.top, box.axisWidth, c.showYAxis);
  const Chart = bar ? RBarChart : c.kind === "area" ? RAreaChart : RLineChart;
  const stackId = c.stacked ? "stack" : undefined;
  return (
    <Chart
      width={width}
      height={height}
      data={c.data}
      {...(bar ? { layout: horizontal ? "vertical" : "horizontal" } : {})}
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
          cursor={bar ? { fill: "var(--muted)", stroke: "none" } : { stroke: "var(--border)" }}
          isAnimationActive={false}
          includeHidden
        />
      ) : null}
      {/* Hidden series register the series for the value axis and the tooltip only; LiveSeries draws them. */}
      {c.series.map((s) =>
        bar ? (
          <Bar
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.label}
            fill={s.color}
            stackId={stackId}
            hide
            isAnimationActive={false}
          />
        ) : c.area ? (
          <Area
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.label}
            stroke={s.color}
            fill={s.color}
            stackId={stackId}
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
      <LiveSeries c={c} />
      {c.showTooltip && live && !bar ? <ActiveDots c={c} /> : null}
    </Chart>
  );
}
