/**
 * The data display family: shared helpers (variants, sizes, fills) and its registrations. The views themselves —
 * Badge, Alert, Dot, Icon, Metric, Progress, Ring, Loader (display-widgets.tsx) and the static Table parts
 * (display-table.tsx) — are lazy chunks, preloaded with envelopes that use them, so a view without them parses none.
 * Variants accept any string (0.3): known ones get token colours, every one gets a `pf-<x>-variant-<v>` hook class so
 * envelope `css` can style custom variants.
 */
import { asOptString } from "../lib/coerce.js";
import { type NodeViewProps, registerLazyViews } from "../render/registry.js";

export type P = NodeViewProps;

export const cls = (p: P) => asOptString(p.props.cssClass);
export const idOf = (p: P) => asOptString(p.props.id);

/** A variant usable in a class name (templates may produce anything). */
export function variantOf(v: unknown, fallback = "default"): string {
  const s = asOptString(v)?.trim().toLowerCase();
  if (!s || s.includes("{{")) return fallback;
  return s.replace(/[^a-z0-9_-]+/g, "-");
}

export type Size = "sm" | "default" | "lg";
export function sizeOf(v: unknown): Size {
  return v === "sm" || v === "lg" ? v : "default";
}

/** Solid fills by variant (Dot, Progress, Ring). */
export const FILL: Record<string, string> = {
  default: "bg-primary",
  secondary: "bg-secondary-foreground",
  success: "bg-success",
  warning: "bg-warning",
  destructive: "bg-destructive",
  info: "bg-info",
  muted: "bg-muted-foreground",
};

// Metric, Progress, Ring and Loader draw SVG and lucide glyphs: a chunk parsed only by views that use them (hosts
// preload it with the envelope, `preloadViews`).
registerLazyViews(
  ["Badge", "Alert", "AlertTitle", "AlertDescription", "Dot", "Icon", "Metric", "Progress", "Ring", "Loader"],
  () => import("./display-widgets.js"),
);
// The static Table parts: only views with a hand-built table.
registerLazyViews(
  ["Table", "TableHeader", "TableBody", "TableFooter", "TableRow", "TableHead", "TableCell", "TableCaption"],
  () => import("./display-table.js"),
);
