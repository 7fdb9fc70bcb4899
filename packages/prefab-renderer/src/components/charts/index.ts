/**
 * The cartesian charts chunk: loaded by `registerLazyViews` the first time a view uses a Bar/Line/AreaChart. It
 * holds no recharts: the first paint is static SVG, recharts loads with cartesian-live.tsx when a chart goes live.
 */
import type { Registry } from "../../render/registry.js";
import { AreaChartView, BarChartView, LineChartView } from "./cartesian.js";

export const views: Registry = {
  BarChart: BarChartView,
  LineChart: LineChartView,
  AreaChart: AreaChartView,
};
