/** BarChart, LineChart, AreaChart (§7): recharts 3 for axes/grid/tooltip; theme colours; valueFormat. */
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
import { asBool, asNumber, asOptString } from "../../lib/coerce.js";
import type { NodeViewProps } from "../../render/registry.js";
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
  summarizeSeries,
  useAnimate,
  useValueFormatter,
} from "./common.js";

const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

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

/** Value-axis width that fits the widest formatted tick (roughly 7 px per character). */
/**
 * Value-axis width for labels of `chars` characters at 12px: 8px a character (wide fonts such as DejaVu Sans run
 * ~7.6px a digit and "K"/"M" wider) plus the 8px tick margin and 8px of slack, so labels are never clipped.
 */
function tickWidth(chars: number): number {
  return Math.min(120, Math.max(40, chars * 8 + 16));
}

function valueAxisWidth(
  data: Datum[],
  keys: string[],
  fmt: (v: unknown) => string,
  stacked: boolean,
): number {
  let max = 0;
  for (const d of data) {
    let sum = 0;
    for (const k of keys) {
      const n = typeof d[k] === "number" ? (d[k] as number) : Number(d[k]);
      if (!Number.isFinite(n)) continue;
      if (stacked) sum += n;
      else max = Math.max(max, Math.abs(n));
    }
    if (stacked) max = Math.max(max, Math.abs(sum));
  }
  return tickWidth(fmt(max).length);
}

export function BarChartView(p: NodeViewProps<"BarChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const stacked = asBool(c.props.stacked);
  const horizontal = asBool(c.props.horizontal);
  const r = Math.max(0, asNumber(c.props.barRadius, 4));
  const label = summarizeSeries(
    `${horizontal ? "Horizontal bar" : "Bar"} chart${stacked ? " (stacked)" : ""}`,
    c.data,
    c.series,
    c.fmt,
    c.xKey,
  );
  // Bars are drawn by BarPaths (one path per series); the value axis gets the
  // domain the bars would have given it.
  const ticks = useMemo(() => {
    const [lo, hi] = barExtent(c.data, c.series, stacked);
    return niceTicks(lo, hi);
  }, [c.data, c.series, stacked]);
  const domain: [number, number] = [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1];
  const axisWidth = tickWidth(Math.max(...ticks.map((t) => c.fmt(t).length)));
  return (
    <ChartFrame view={p as NodeViewProps} kind="bar-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height) => (
        <RBarChart
          width={width}
          height={height}
          data={c.data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={MARGIN}
          accessibilityLayer={false}
        >
          {c.showGrid ? <CartesianGrid vertical={horizontal} horizontal={!horizontal} {...GRID} /> : null}
          {horizontal ? (
            <>
              <XAxis type="number" hide domain={domain} ticks={ticks} allowDataOverflow />
              <YAxis type="category" dataKey={c.xKey} {...AXIS} width={80} />
            </>
          ) : (
            <>
              <XAxis dataKey={c.xKey} {...AXIS} minTickGap={8} />
              <YAxis
                type="number"
                {...AXIS}
                hide={!c.showYAxis}
                domain={domain}
                ticks={ticks}
                allowDataOverflow
                tickFormatter={c.fmt}
                width={axisWidth}
              />
            </>
          )}
          {c.showTooltip ? (
            <Tooltip
              content={c.tooltip}
              cursor={{ fill: "var(--muted)", opacity: 0.6 }}
              isAnimationActive={false}
              includeHidden
            />
          ) : null}
          {/* Hidden Bars register the series for the tooltip only; they draw nothing. */}
          {c.series.map((s) => (
            <Bar
              key={s.dataKey}
              dataKey={s.dataKey}
              name={s.label}
              fill={s.color}
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
            radius={r}
          />
        </RBarChart>
      )}
    </ChartFrame>
  );
}

export function LineChartView(p: NodeViewProps<"LineChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const type = curveType(c.props.curve);
  const dots = asBool(c.props.showDots);
  const label = summarizeSeries("Line chart", c.data, c.series, c.fmt, c.xKey);
  const axisWidth = valueAxisWidth(
    c.data,
    c.series.map((s) => s.dataKey),
    c.fmt,
    false,
  );
  return (
    <ChartFrame view={p as NodeViewProps} kind="line-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height) => (
        <RLineChart width={width} height={height} data={c.data} margin={MARGIN} accessibilityLayer={false}>
          {c.showGrid ? <CartesianGrid vertical={false} {...GRID} /> : null}
          <XAxis dataKey={c.xKey} {...AXIS} minTickGap={8} />
          <YAxis {...AXIS} hide={!c.showYAxis} tickFormatter={c.fmt} width={axisWidth} />
          {c.showTooltip ? (
            <Tooltip content={c.tooltip} cursor={{ stroke: "var(--border)" }} isAnimationActive={false} />
          ) : null}
          {c.series.map((s) => (
            <Line
              key={s.dataKey}
              dataKey={s.dataKey}
              name={s.label}
              type={type}
              stroke={s.color}
              strokeWidth={2}
              dot={dots ? { r: 3, fill: s.color, strokeWidth: 0 } : false}
              activeDot={{ r: 4 }}
              isAnimationActive={c.animate}
            />
          ))}
        </RLineChart>
      )}
    </ChartFrame>
  );
}

export function AreaChartView(p: NodeViewProps<"AreaChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const type = curveType(c.props.curve);
  const dots = asBool(c.props.showDots);
  const stacked = asBool(c.props.stacked);
  const label = summarizeSeries(`Area chart${stacked ? " (stacked)" : ""}`, c.data, c.series, c.fmt, c.xKey);
  const axisWidth = valueAxisWidth(
    c.data,
    c.series.map((s) => s.dataKey),
    c.fmt,
    stacked,
  );
  return (
    <ChartFrame view={p as NodeViewProps} kind="area-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height) => (
        <RAreaChart width={width} height={height} data={c.data} margin={MARGIN} accessibilityLayer={false}>
          {c.showGrid ? <CartesianGrid vertical={false} {...GRID} /> : null}
          <XAxis dataKey={c.xKey} {...AXIS} minTickGap={8} />
          <YAxis {...AXIS} hide={!c.showYAxis} tickFormatter={c.fmt} width={axisWidth} />
          {c.showTooltip ? (
            <Tooltip content={c.tooltip} cursor={{ stroke: "var(--border)" }} isAnimationActive={false} />
          ) : null}
          {c.series.map((s) => (
            <Area
              key={s.dataKey}
              dataKey={s.dataKey}
              name={s.label}
              type={type}
              stroke={s.color}
              strokeWidth={2}
              fill={s.color}
              fillOpacity={0.4}
              stackId={stacked ? "stack" : undefined}
              dot={dots ? { r: 3, fill: s.color, strokeWidth: 0 } : false}
              isAnimationActive={c.animate}
            />
          ))}
        </RAreaChart>
      )}
    </ChartFrame>
  );
}
