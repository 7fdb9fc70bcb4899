/** The charts chunk: loaded by `registerLazyViews` the first time a view uses a chart. */
import type { Registry } from "../../render/registry.js";
import { AreaChartView, BarChartView, LineChartView } from "./cartesian.js";
import { PieChartView, RadarChartView, RadialChartView, ScatterChartView } from "./polar.js";

export const views: Registry = {
  BarChart: BarChartView,
  LineChart: LineChartView,
  AreaChart: AreaChartView,
  PieChart: PieChartView,
  RadarChart: RadarChartView,
  RadialChart: RadialChartView,
  ScatterChart: ScatterChartView,
};
