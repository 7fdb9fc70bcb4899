/** Charts (drawn with recharts in the renderer) and the inline Sparkline. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { bool, num, once, oneOf, openEnum, rowsOrTemplate, statusVariants, str } from "../schema-kit.js";

/** One plotted series of a cartesian or radar chart. */
export const ChartSeries = z.looseObject({ dataKey: str, label: z.optional(str), color: z.optional(str) });
export type ChartSeries = z.output<typeof ChartSeries>;

// Shared prop groups are built once, on first use, and then shared as module constants would be.
const common = once(() => ({
  data: rowsOrTemplate,
  height: z.optional(num),
  showLegend: z.optional(bool),
  showTooltip: z.optional(bool),
  animate: z.optional(bool),
}));
const commonDefaults = { height: 300, showLegend: false, showTooltip: true, animate: true } as const;
const curve = once(() => oneOf(["linear", "smooth", "step"]));
const cartesian = once(() => ({
  ...common(),
  series: z.array(ChartSeries),
  xAxis: z.optional(str),
  showGrid: z.optional(bool),
  showYAxis: z.optional(bool),
  yAxisFormat: z.optional(oneOf(["auto", "compact"])),
  valueFormat: z.optional(str),
}));
const cartesianDefaults = { ...commonDefaults, showGrid: true, showYAxis: true } as const;
const seriesExample = {
  data: [
    { month: "Jan", sales: 120 },
    { month: "Feb", sales: 180 },
  ],
  series: [{ dataKey: "sales", label: "Sales" }],
  xAxis: "month",
};

export const BarChart = defineComponent({
  type: "BarChart",
  family: "chart",
  description: "Bar chart of one or more series over a category axis; stacked or horizontal.",
  props: () => ({
    ...cartesian(),
    stacked: z.optional(bool),
    horizontal: z.optional(bool),
    barRadius: z.optional(num),
  }),
  defaults: { ...cartesianDefaults, stacked: false, horizontal: false, barRadius: 4 },
  example: seriesExample,
});
export const LineChart = defineComponent({
  type: "LineChart",
  family: "chart",
  description: "Line chart of one or more series; linear, smooth or step curves.",
  props: () => ({ ...cartesian(), curve: z.optional(curve()), showDots: z.optional(bool) }),
  defaults: { ...cartesianDefaults, curve: "linear", showDots: false },
  example: seriesExample,
});
export const AreaChart = defineComponent({
  type: "AreaChart",
  family: "chart",
  description: "Filled area chart; stacked or overlapping series.",
  props: () => ({
    ...cartesian(),
    stacked: z.optional(bool),
    curve: z.optional(curve()),
    showDots: z.optional(bool),
  }),
  defaults: { ...cartesianDefaults, stacked: false, curve: "linear", showDots: false },
  example: seriesExample,
});
export const PieChart = defineComponent({
  type: "PieChart",
  family: "chart",
  description: "Pie or donut (innerRadius > 0) of dataKey values named by nameKey.",
  props: () => ({
    ...common(),
    dataKey: str,
    nameKey: str,
    innerRadius: z.optional(num),
    showLabel: z.optional(bool),
    paddingAngle: z.optional(num),
    valueFormat: z.optional(str),
  }),
  defaults: { ...commonDefaults, innerRadius: 0, showLabel: false, paddingAngle: 0 },
  example: {
    data: [
      { name: "A", value: 3 },
      { name: "B", value: 5 },
    ],
    dataKey: "value",
    nameKey: "name",
  },
});
export const RadarChart = defineComponent({
  type: "RadarChart",
  family: "chart",
  description: "Radar (spider) chart of series around axisKey categories.",
  props: () => ({
    ...common(),
    series: z.array(ChartSeries),
    axisKey: z.optional(str),
    filled: z.optional(bool),
    showDots: z.optional(bool),
    showGrid: z.optional(bool),
  }),
  defaults: { ...commonDefaults, filled: true, showDots: false, showGrid: true },
  // No `xAxis` key at all: an own `xAxis: undefined` is an unknown prop to the parser.
  example: { data: seriesExample.data, series: seriesExample.series, axisKey: "month" },
});
export const RadialChart = defineComponent({
  type: "RadialChart",
  family: "chart",
  description: "Radial bars, one per row, sized by dataKey and named by nameKey.",
  props: () => ({
    ...common(),
    dataKey: str,
    nameKey: str,
    innerRadius: z.optional(num),
    startAngle: z.optional(num),
    endAngle: z.optional(num),
    valueFormat: z.optional(str),
  }),
  defaults: { ...commonDefaults, innerRadius: 30, startAngle: 180, endAngle: 0 },
  example: { data: [{ name: "A", value: 3 }], dataKey: "value", nameKey: "name" },
});
export const ScatterChart = defineComponent({
  type: "ScatterChart",
  family: "chart",
  description: "Scatter/bubble chart of numeric xAxis vs yAxis (zAxis sizes bubbles).",
  props: () => ({
    ...common(),
    series: z.array(ChartSeries),
    xAxis: str,
    yAxis: str,
    zAxis: z.optional(str),
    showGrid: z.optional(bool),
  }),
  defaults: { ...commonDefaults, showGrid: true },
  example: { data: [{ x: 1, y: 2 }], series: [{ dataKey: "points" }], xAxis: "x", yAxis: "y" },
});
export const Sparkline = defineComponent({
  type: "Sparkline",
  family: "chart",
  description: "Tiny inline line or bar trend of a number list.",
  props: () => ({
    data: z.optional(z.union([z.array(z.number()), z.string()])),
    height: z.optional(num),
    variant: z.optional(openEnum(statusVariants)),
    indicatorClass: z.optional(str),
    fill: z.optional(bool),
    curve: z.optional(curve()),
    strokeWidth: z.optional(num),
    mode: z.optional(oneOf(["line", "bar"])),
  }),
  defaults: { variant: "default", fill: false, curve: "linear", strokeWidth: 1.5, mode: "line" },
  example: { data: [3, 5, 2, 8, 6], height: 24 },
  since: "0.3",
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [
  AreaChart,
  BarChart,
  LineChart,
  PieChart,
  RadarChart,
  RadialChart,
  ScatterChart,
  Sparkline,
] as const;
