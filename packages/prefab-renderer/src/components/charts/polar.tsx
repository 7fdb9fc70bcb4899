/** PieChart, RadarChart, RadialChart, ScatterChart (§7). */
import { type ReactNode, useMemo, useState } from "react";
import {
  CartesianGrid,
  Cell,
  Pie,
  PolarAngleAxis,
  PolarGrid,
  Radar,
  RadialBar,
  RadialBarChart,
  PieChart as RPieChart,
  RadarChart as RRadarChart,
  ScatterChart as RScatterChart,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import type { NodeViewProps, Registry } from "../../render/registry.js";
import { makeFormatter } from "../data-table/format.js";
import { MARGIN, useSeriesModel, useSliceModel } from "./chart-model.js";
import {
  AXIS,
  ChartFrame,
  chartData,
  chartHeight,
  type Datum,
  describeRange,
  GRID,
  makeTooltip,
  num,
  paletteColor,
  range,
  readSeries,
  summarizeSeries,
  useValueFormatter,
} from "./common.js";
import { type ScatterGroup, ScatterPaths, type ScatterPoint } from "./scatter-paths.js";

function sliceSummary(
  kind: string,
  data: Datum[],
  dataKey: string,
  nameKey: string,
  fmt: (v: unknown) => string,
) {
  if (data.length === 0) return `${kind}: no data`;
  const shown = data.slice(0, 8).map((d) => `${asString(d[nameKey])} ${fmt(d[dataKey])}`);
  const more = data.length > 8 ? `, and ${data.length - 8} more` : "";
  let total = 0;
  for (const d of data) total += num(d[dataKey]) ?? 0;
  return `${kind} of ${dataKey} by ${nameKey}: ${shown.join(", ")}${more}; total ${fmt(total)}.`;
}

export function PieChartView(p: NodeViewProps<"PieChart">): ReactNode {
  const m = useSliceModel(p.props as Datum);
  const { props, data, dataKey, nameKey, fmt } = m;
  const showLabel = asBool(props.showLabel);
  const outer = showLabel ? 60 : 80;
  const inner = Math.max(0, Math.min(100, asNumber(props.innerRadius, 0)));
  const label = sliceSummary(inner > 0 ? "Donut chart" : "Pie chart", data, dataKey, nameKey, fmt);
  return (
    <ChartFrame view={p as NodeViewProps} kind="pie-chart" label={label} height={m.height} legend={m.legend}>
      {(width, height, live) => (
        <RPieChart width={width} height={height} accessibilityLayer={false}>
          {live && m.showTooltip ? <Tooltip content={m.tooltip} isAnimationActive={false} /> : null}
          <Pie
            data={data}
            dataKey={dataKey}
            nameKey={nameKey}
            outerRadius={`${outer}%`}
            innerRadius={inner > 0 ? `${(outer * inner) / 100}%` : 0}
            paddingAngle={asNumber(props.paddingAngle, 0)}
            label={showLabel ? ({ value }: { value?: unknown }) => fmt(value) : false}
            labelLine={showLabel}
            stroke="none"
            isAnimationActive={m.animate}
          >
            {data.map((d, i) => (
              <Cell key={i} fill={d.fill} />
            ))}
          </Pie>
        </RPieChart>
      )}
    </ChartFrame>
  );
}

export function RadarChartView(p: NodeViewProps<"RadarChart">): ReactNode {
  const m = useSeriesModel(p.props as Datum);
  const { props, data, series } = m;
  const axisKey = asOptString(props.axisKey) ?? asOptString(props.xAxis);
  const filled = asBool(props.filled, true);
  const dots = asBool(props.showDots);
  const label = summarizeSeries("Radar chart", data, series, m.fmt, axisKey);
  return (
    <ChartFrame
      view={p as NodeViewProps}
      kind="radar-chart"
      label={label}
      height={m.height}
      legend={m.legend}
    >
      {(width, height, live) => (
        <RRadarChart
          width={width}
          height={height}
          data={data}
          // The original's legend sits inside its recharts box and shrinks the radar; ours is an HTML row.
          outerRadius="75%"
          accessibilityLayer={false}
        >
          {m.showGrid ? <PolarGrid {...GRID} /> : null}
          <PolarAngleAxis dataKey={axisKey} tick={AXIS.tick} />
          {live && m.showTooltip ? <Tooltip content={m.tooltip} isAnimationActive={false} /> : null}
          {series.map((s) => (
            <Radar
              key={s.dataKey}
              dataKey={s.dataKey}
              name={s.label}
              stroke={s.color}
              fill={s.color}
              fillOpacity={filled ? 0.3 : 0}
              strokeWidth={2}
              dot={dots ? { r: 3, fill: s.color, fillOpacity: 1 } : false}
              isAnimationActive={m.animate}
            />
          ))}
        </RRadarChart>
      )}
    </ChartFrame>
  );
}

export function RadialChartView(p: NodeViewProps<"RadialChart">): ReactNode {
  const m = useSliceModel(p.props as Datum);
  const { props, data, dataKey, nameKey, fmt } = m;
  // The tooltip names rows by nameKey: give each datum a `name`.
  const named = useMemo(() => data.map((d) => ({ ...d, name: asString(d[nameKey]) })), [data, nameKey]);
  const label = sliceSummary("Radial bar chart", data, dataKey, nameKey, fmt);
  return (
    <ChartFrame
      view={p as NodeViewProps}
      kind="radial-chart"
      label={label}
      height={m.height}
      legend={m.legend}
    >
      {(width, height, live) => (
        <RadialBarChart
          width={width}
          height={height}
          data={named}
          innerRadius={Math.max(0, asNumber(props.innerRadius, 30))}
          // as the radar: the original's in-box legend makes its 80% default about 75% of our plot
          outerRadius="75%"
          startAngle={asNumber(props.startAngle, 180)}
          endAngle={asNumber(props.endAngle, 0)}
          accessibilityLayer={false}
        >
          {live && m.showTooltip ? (
            <Tooltip content={m.tooltip} cursor={false} isAnimationActive={false} />
          ) : null}
          <RadialBar dataKey={dataKey} isAnimationActive={m.animate}>
            {named.map((d, i) => (
              <Cell key={i} fill={d.fill} />
            ))}
          </RadialBar>
        </RadialBarChart>
      )}
    </ChartFrame>
  );
}

export function ScatterChartView(p: NodeViewProps<"ScatterChart">): ReactNode {
  const props = p.props as Datum;
  const data = useMemo(() => chartData(props.data), [props.data]);
  const series = useMemo(() => readSeries(props.series), [props.series]);
  const xKey = asString(props.xAxis);
  const yKey = asString(props.yAxis);
  const zKey = asOptString(props.zAxis);
  const fmt = useValueFormatter(props);
  const groups = useMemo(
    () =>
      series.length <= 1
        ? [{ s: series[0] ?? { dataKey: "points", label: "points", color: paletteColor(0) }, rows: data }]
        : series.map((s) => ({ s, rows: data.filter((d) => asString(d._series) === s.dataKey) })),
    [series, data],
  );
  const plain = useMemo(() => makeFormatter(undefined, undefined), []);
  const tooltip = useMemo(() => makeTooltip(fmt), [fmt]);
  const legend = asBool(props.showLegend)
    ? groups.map((g) => ({ label: g.s.label, color: g.s.color }))
    : undefined;
  const label = `Scatter chart of ${yKey} against ${xKey}: ${groups
    .map(
      (g) =>
        `${g.s.label} ${g.rows.length} point${g.rows.length === 1 ? "" : "s"}, ${xKey} ${describeRange(
          range(g.rows.map((d) => d[xKey])),
          plain,
        )}, ${yKey} ${describeRange(range(g.rows.map((d) => d[yKey])), fmt)}`,
    )
    .join("; ")}.`;
  return (
    <ChartFrame
      view={p as NodeViewProps}
      kind="scatter-chart"
      label={data.length === 0 ? "Scatter chart: no data" : label}
      height={chartHeight(props)}
      legend={legend}
    >
      {(width, height) => (
        <ScatterBody
          width={width}
          height={height}
          groups={groups}
          xKey={xKey}
          yKey={yKey}
          zKey={zKey}
          fmt={fmt}
          tooltip={asBool(props.showTooltip, true) ? tooltip : undefined}
          showGrid={asBool(props.showGrid, true)}
        />
      )}
    </ChartFrame>
  );
}

/**
 * Points drawn by ScatterPaths (one path per series); hidden Scatters give the number axes their domains.
 * The tooltip is ours (recharts' needs an element per point): the hovered row's x, y (and z) by axis key,
 * placed beside the point like recharts' (10 px off, flipped towards the middle of the chart).
 */
function ScatterBody({
  width,
  height,
  groups,
  xKey,
  yKey,
  zKey,
  fmt,
  tooltip: Content,
  showGrid,
}: {
  width: number;
  height: number;
  groups: ScatterGroup[];
  xKey: string;
  yKey: string;
  zKey: string | undefined;
  fmt: (v: unknown) => string;
  tooltip: ReturnType<typeof makeTooltip> | undefined;
  showGrid: boolean;
}): ReactNode {
  const [hover, setHover] = useState<ScatterPoint | undefined>();
  const payload = useMemo(() => {
    if (!hover) return undefined;
    const color = groups[hover.group]?.s.color;
    const item = (key: string) => ({
      name: key,
      dataKey: key,
      value: hover.row[key],
      color,
      payload: hover.row,
    });
    return zKey ? [item(xKey), item(yKey), item(zKey)] : [item(xKey), item(yKey)];
  }, [hover, groups, xKey, yKey, zKey]);
  return (
    <>
      <RScatterChart width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        {showGrid ? <CartesianGrid {...GRID} /> : null}
        <XAxis type="number" dataKey={xKey} name={xKey} {...AXIS} includeHidden />
        <YAxis
          type="number"
          dataKey={yKey}
          name={yKey}
          {...AXIS}
          tickFormatter={fmt}
          width={56}
          includeHidden
        />
        {groups.map((g) => (
          <Scatter
            key={g.s.dataKey}
            name={g.s.label}
            data={g.rows}
            fill={g.s.color}
            hide
            isAnimationActive={false}
          />
        ))}
        <ScatterPaths
          groups={groups}
          xKey={xKey}
          yKey={yKey}
          zKey={zKey}
          onHover={Content ? setHover : undefined}
          active={hover}
        />
      </RScatterChart>
      {Content && hover && payload ? (
        <div
          className="pf-chart-tooltip-wrapper pointer-events-none absolute top-0 left-0 z-10"
          style={{
            transform: `translate(${hover.cx > width / 2 ? `calc(${hover.cx - 10}px - 100%)` : `${hover.cx + 10}px`}, ${
              hover.cy > height / 2 ? `calc(${hover.cy - 10}px - 100%)` : `${hover.cy + 10}px`
            })`,
          }}
        >
          <Content active payload={payload} />
        </div>
      ) : null}
    </>
  );
}

/** The polar charts chunk (with recharts), loaded by `registerLazyViews`. */
export const views: Registry = {
  PieChart: PieChartView,
  RadarChart: RadarChartView,
  RadialChart: RadialChartView,
  ScatterChart: ScatterChartView,
};
