/**
 * Eager part of the chart family: lazy registrations for the recharts-based charts
 * and Mermaid (separate chunks), and the Sparkline itself (plain SVG, a few hundred
 * bytes, often used inline in tables and metrics).
 */
import { registerLazyViews, registerViews } from "../../render/registry.js";
import { SparklineView } from "./sparkline.js";

// recharts + d3 (~520 KiB raw): the biggest chunk, loaded only by chart views.
registerLazyViews(
  ["BarChart", "LineChart", "AreaChart", "PieChart", "RadarChart", "RadialChart", "ScatterChart"],
  () => import("./index.js"),
);
// Mermaid placeholder view: rarely used, kept out of the entry.
registerLazyViews(["Mermaid"], () => import("./mermaid.js"));
registerViews({ Sparkline: SparklineView });
