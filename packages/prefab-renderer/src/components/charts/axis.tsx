/**
 * Cheap axes for recharts. Recharts still lays out and draws the axes and the grid, but:
 *
 * - the category axis gets its visible ticks from us (`pickCategoryTicks`): recharts' default
 *   (`interval="preserveEnd"`) measures every category label through a hidden DOM span — a forced
 *   layout per new label — and the grid measures them all again even when it draws no vertical lines.
 *   We run the same preserveEnd walk over the same band/point positions with widths from a canvas
 *   (no layout), and hand recharts the chosen ticks with `interval={0}`;
 * - tick labels are plain `<text>` elements (`tickRenderer`) instead of recharts' `<Text>` (which
 *   word-wraps through more measurements), and they don't carry recharts' tick class, so the axis does
 *   not read computed styles and re-render itself once per chart;
 * - grid generators for the line direction that is switched off return nothing (`NO_POINTS`).
 */
import type { ReactNode } from "react";
import { asString } from "../../lib/coerce.js";

export const TICK_FONT_SIZE = 12;
/** Recharts' default `minTickGap`, which the original renderer keeps. */
export const MIN_TICK_GAP = 5;
export const TICK_FILL = "var(--muted-foreground)";

// ---- text width -----------------------------------------------------------------

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

function makeContext(): CanvasRenderingContext2D | null {
  if (typeof document === "undefined" || typeof navigator === "undefined") return null;
  // Test DOMs have no canvas (jsdom logs "not implemented"): estimate there.
  if (/jsdom|happydom|happy-dom/i.test(navigator.userAgent)) return null;
  try {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return null;
    // Recharts measures in a span appended to <body>: same font family.
    const family = getComputedStyle(document.body).fontFamily || "sans-serif";
    ctx.font = `${TICK_FONT_SIZE}px ${family}`;
    return ctx;
  } catch {
    return null;
  }
}

/** Width of a 12px tick label (canvas `measureText`; ~0.6em a character without a canvas). */
export function textWidth(text: string): number {
  let w = widths.get(text);
  if (w !== undefined) return w;
  if (context === undefined) context = makeContext();
  w = context ? context.measureText(text).width : text.length * TICK_FONT_SIZE * 0.6;
  if (widths.size > 4000) widths.clear();
  widths.set(text, w);
  return w;
}

// ---- category ticks -------------------------------------------------------------

export interface CategoryTicks {
  /** The category values to show, in axis order (recharts `ticks`). */
  ticks: unknown[];
  /** The last label moved inwards so it fits (recharts' `tickCoord`): value and offset in px. */
  shift?: { value: unknown; dx: number };
}

/**
 * Recharts' `preserveEnd` tick selection for a horizontal category axis whose categories sit on
 * `plot[0]..plot[1]` px: `band` (bar charts: a tick in the middle of each of n equal bands) or `point`
 * (line/area: n points, first and last on the edges). Labels must fit inside `bounds` (recharts uses the
 * whole chart width, so the first label may overhang the value axis). Walks from the last label
 * backwards, keeping a label when it fits before the previous kept label minus `gap`; the last label is
 * pulled inside the end.
 */
export function pickCategoryTicks(
  values: readonly unknown[],
  plot: readonly [number, number],
  bounds: readonly [number, number],
  kind: "band" | "point",
  format: (v: unknown) => string = asString,
  gap = MIN_TICK_GAP,
): CategoryTicks {
  const n = values.length;
  const [p0, p1] = plot;
  const [start, end] = bounds;
  if (n === 0 || !(p1 > p0)) return { ticks: [] };
  const span = p1 - p0;
  const pos = (i: number) =>
    kind === "band" ? p0 + (span / n) * (i + 0.5) : n === 1 ? p0 + span / 2 : p0 + (span / (n - 1)) * i;
  const kept: number[] = [];
  let shift: CategoryTicks["shift"];
  let limit = end;
  for (let i = n - 1; i >= 0; i--) {
    const size = textWidth(format(values[i]));
    let at = pos(i);
    if (i === n - 1) {
      const over = at + size / 2 - end;
      if (over > 0) {
        at -= over;
        shift = { value: values[i], dx: -over };
      }
    }
    if (at < start || at > limit) continue;
    if (at - size / 2 >= start && at + size / 2 <= limit) {
      limit = at - (size / 2 + gap);
      kept.push(i);
    }
  }
  kept.reverse();
  const ticks = kept.map((i) => values[i]);
  return shift && kept[kept.length - 1] === n - 1 ? { ticks, shift } : { ticks };
}

// ---- tick labels ------------------------------------------------------------------

interface TickProps {
  x: number | string;
  y: number | string;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  verticalAnchor?: string;
  payload: { value: unknown };
}

const DY: Record<string, string | undefined> = { start: "0.71em", middle: "0.355em", end: undefined };

/** A tick label as one `<text>` at recharts' anchor point (same `dy` as recharts' `<Text>`). */
export function tickRenderer(format: (v: unknown) => string = asString, shift?: CategoryTicks["shift"]) {
  return function Tick(p: TickProps): ReactNode {
    const dx = shift && p.payload.value === shift.value ? shift.dx : 0;
    return (
      <text
        x={Number(p.x) + dx}
        y={p.y}
        dy={DY[p.verticalAnchor ?? "middle"]}
        textAnchor={p.textAnchor}
        fill={TICK_FILL}
        fontSize={TICK_FONT_SIZE}
        className="pf-chart-tick"
      >
        {format(p.payload.value)}
      </text>
    );
  };
}

/** A grid coordinates generator for the direction that draws no lines (skips recharts' tick measuring). */
export const NO_POINTS = (): number[] => [];
