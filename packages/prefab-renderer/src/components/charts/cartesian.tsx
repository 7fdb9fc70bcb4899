/**
 * BarChart, LineChart, AreaChart (§7). The first paint is static SVG drawn without recharts
 * (static-cartesian.tsx: the same pixels recharts draws); recharts (cartesian-live.tsx, its own chunk) mounts at
 * the first pointer over the chart — for the tooltip, cursor and hover dots — or from the start for layouts the
 * static paint does not cover (horizontal bars, repeated categories, short plots, non-numeric values).
 */
import { type ReactNode, Suspense, use, useEffect, useMemo } from "react";
import { asBool, asNumber, asOptString } from "../../lib/coerce.js";
import { lazyModule, type NodeViewProps } from "../../render/registry.js";
import type { BarBodyProps, LineBodyProps } from "./cartesian-live.js";
import {
  afterChartsSettle,
  ChartFrame,
  chartData,
  chartHeight,
  chartsLaidOut,
  type Datum,
  makeTooltip,
  readSeries,
  summarizeSeries,
  useAnimate,
  useValueFormatter,
} from "./common.js";
import { curveType, StaticBars, StaticChart, StaticLines, staticModel } from "./static-cartesian.js";

/** Recharts and the chart bodies drawn with it: loaded when the first chart goes live. */
const liveCharts = lazyModule(() => import("./cartesian-live.js"));

function LiveBar(props: BarBodyProps): ReactNode {
  const { BarBody } = liveCharts.get() ?? use(liveCharts.load());
  return <BarBody {...props} />;
}

function LiveLine(props: LineBodyProps): ReactNode {
  const { LineBody } = liveCharts.get() ?? use(liveCharts.load());
  return <LineBody {...props} />;
}

let preloading = false;
/**
 * Load recharts once the charts are drawn and the page is idle, so the first hover mounts it at once (otherwise the
 * chunk's parse, ~50–100 ms, and Suspense's reveal throttle, ~300 ms, come before the first tooltip).
 */
function preloadLive(): void {
  if (preloading || liveCharts.get() || !chartsLaidOut()) return;
  preloading = true;
  afterChartsSettle(() => void liveCharts.load());
}

/**
 * The static picture until the chart goes live; then recharts, with the static picture shown while its chunk
 * loads (same pixels). Without a static model (a layout only recharts draws) recharts draws from the start.
 */
function Plot({
  still,
  live,
  children,
}: {
  still: ReactNode;
  live: boolean;
  children: ReactNode;
}): ReactNode {
  useEffect(preloadLive, []);
  if (still && !live) return still;
  return <Suspense fallback={still}>{children}</Suspense>;
}

function BarPlot(props: BarBodyProps): ReactNode {
  const { c, width, height, stacked, horizontal, radius } = props;
  const model = useMemo(
    () =>
      horizontal
        ? undefined
        : staticModel({
            data: c.data,
            series: c.series,
            xKey: c.xKey,
            fmt: c.fmt,
            showYAxis: c.showYAxis,
            band: true,
            stacked,
            width,
            height,
          }),
    [c.data, c.series, c.xKey, c.fmt, c.showYAxis, horizontal, stacked, width, height],
  );
  const still = model ? (
    <StaticChart model={model} showGrid={c.showGrid}>
      <StaticBars
        model={model}
        data={c.data}
        series={c.series}
        xKey={c.xKey}
        stacked={stacked}
        radius={radius}
        animate={c.animate}
      />
    </StaticChart>
  ) : null;
  return (
    <Plot still={still} live={props.live}>
      <LiveBar {...props} />
    </Plot>
  );
}

function LinePlot(props: LineBodyProps): ReactNode {
  const { c, width, height, area } = props;
  const stacked = area?.stacked ?? false;
  const model = useMemo(
    () =>
      staticModel({
        data: c.data,
        series: c.series,
        xKey: c.xKey,
        fmt: c.fmt,
        showYAxis: c.showYAxis,
        band: false,
        stacked,
        width,
        height,
      }),
    [c.data, c.series, c.xKey, c.fmt, c.showYAxis, stacked, width, height],
  );
  const still = model ? (
    <StaticChart model={model} showGrid={c.showGrid}>
      <StaticLines
        model={model}
        data={c.data}
        series={c.series}
        xKey={c.xKey}
        stacked={stacked}
        curve={curveType(c.props.curve)}
        dots={asBool(c.props.showDots)}
        area={area ? { fillOpacity: 0.4 } : undefined}
        animate={c.animate}
      />
    </StaticChart>
  ) : null;
  return (
    <Plot still={still} live={props.live}>
      <LiveLine {...props} />
    </Plot>
  );
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

export type Cartesian = ReturnType<typeof useCartesian>;

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
        <BarPlot
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

export function LineChartView(p: NodeViewProps<"LineChart">): ReactNode {
  const c = useCartesian(p as NodeViewProps);
  const label = summarizeSeries("Line chart", c.data, c.series, c.fmt, c.xKey);
  return (
    <ChartFrame view={p as NodeViewProps} kind="line-chart" label={label} height={c.height} legend={c.legend}>
      {(width, height, live) => <LinePlot c={c} width={width} height={height} live={live} />}
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
        <LinePlot c={c} width={width} height={height} live={live} area={{ stacked }} />
      )}
    </ChartFrame>
  );
}
