/**
 * Eager part of the chart family: lazy registrations for the recharts-based charts,
 * Mermaid and the Sparkline (plain SVG, ~2 KiB gzip, its own small chunk).
 */
import { registerLazyViews } from "../../render/registry.js";

// recharts + d3 (~520 KiB raw): the biggest chunk, loaded only by chart views.
registerLazyViews(
  ["BarChart", "LineChart", "AreaChart", "PieChart", "RadarChart", "RadialChart", "ScatterChart"],
  () => import("./index.js"),
);
// Mermaid placeholder view: rarely used, kept out of the entry.
registerLazyViews(["Mermaid"], () => import("./mermaid.js"));
registerLazyViews(["Sparkline"], () => import("./sparkline.js"));
