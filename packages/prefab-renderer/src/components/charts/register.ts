/**
 * Eager part of the chart family: lazy registrations for the charts, Mermaid and the Sparkline
 * (plain SVG, ~2 KiB gzip, a small chunk of its own with the Mermaid placeholder).
 */
import { registerLazyViews } from "../../render/registry.js";

// Bar/Line/AreaChart first paint as static SVG (no recharts in their chunk); recharts + d3 (~520 KiB raw) load
// with the polar charts, or when a cartesian chart goes live (cartesian.tsx).
registerLazyViews(["BarChart", "LineChart", "AreaChart"], () => import("./index.js"));
registerLazyViews(["PieChart", "RadarChart", "RadialChart", "ScatterChart"], () => import("./polar.js"));
// Sparkline and the Mermaid placeholder view: small, one chunk (one registration less in the entry).
registerLazyViews(["Mermaid", "Sparkline"], () => import("./sparkline.js"));
