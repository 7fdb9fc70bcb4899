/**
 * Shared chart plumbing: data/series coercion, theme colours, value formatting,
 * the sized frame (role="img" + aria-label), tooltip and legend, and the
 * animation policy.
 *
 * Sizing: the frame is a `relative` box with a fixed height and `width: 100%`;
 * the chart is drawn inside an `absolute inset-0` layer at the measured width, so
 * the chart's own size can never feed back into the frame's size (no resize loops).
 * Width is read once in a layout effect and then by a ResizeObserver shared by all
 * charts (rounded to whole pixels; equal widths don't re-render).
 */
import {
  type CSSProperties,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { flushSync } from "react-dom";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import type { NodeViewProps } from "../../render/registry.js";
import { useRuntime } from "../../render/runtime.js";
import { makeFormatter, type ValueFormatter } from "../data-table/format.js";

export type Datum = Record<string, unknown>;

export interface Series {
  dataKey: string;
  label: string;
  color: string;
}

export const paletteColor = (i: number) => `var(--chart-${(i % 5) + 1})`;

/** `data` after interpolation: an array of objects, else nothing (a still-unresolved template draws nothing). */
export function chartData(v: unknown): Datum[] {
  if (!Array.isArray(v)) return [];
  return v.filter((d): d is Datum => typeof d === "object" && d !== null && !Array.isArray(d));
}

export function readSeries(v: unknown): Series[] {
  if (!Array.isArray(v)) return [];
  const out: Series[] = [];
  for (const s of v) {
    if (typeof s !== "object" || s === null) continue;
    const r = s as Datum;
    const dataKey = asString(r.dataKey);
    if (!dataKey) continue;
    out.push({
      dataKey,
      label: asOptString(r.label) ?? dataKey,
      color: asOptString(r.color) ?? paletteColor(out.length),
    });
  }
  return out;
}

export function num(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** `valueFormat` (0.3), or the 0.2 `yAxisFormat: "compact"` when the upgrade didn't already map it. */
export function useValueFormatter(props: Datum): ValueFormatter {
  const runtime = useRuntime();
  const spec = props.valueFormat ?? (props.yAxisFormat === "compact" ? "compact" : undefined);
  const ref = useRef<{ spec: unknown; options: unknown; fmt: ValueFormatter } | null>(null);
  if (!ref.current || ref.current.spec !== spec || ref.current.options !== runtime.expression) {
    ref.current = { spec, options: runtime.expression, fmt: makeFormatter(spec, runtime.expression) };
  }
  return ref.current.fmt;
}

// ---- motion ---------------------------------------------------------------

const REDUCED = "(prefers-reduced-motion: reduce)";
// One MediaQueryList for every chart (`matchMedia` per render and per chart was measurable on a chart wall).
let reducedQuery: MediaQueryList | null | undefined;
function reducedMotionQuery(): MediaQueryList | null {
  if (reducedQuery === undefined)
    reducedQuery =
      typeof window !== "undefined" && typeof window.matchMedia === "function"
        ? window.matchMedia(REDUCED)
        : null;
  return reducedQuery;
}
function subscribeReduced(cb: () => void) {
  const mq = reducedMotionQuery();
  mq?.addEventListener?.("change", cb);
  return () => mq?.removeEventListener?.("change", cb);
}
const readReduced = () => reducedMotionQuery()?.matches === true;
/** Tests swap `window.matchMedia`: forget the cached query. */
export function resetReducedMotionQuery(): void {
  reducedQuery = undefined;
}

/**
 * Animation is honoured for updates only: never on the first paint (it costs
 * ~1.5× the paint time and delays the final picture), never under
 * `prefers-reduced-motion`. The first-paint flag flips in an effect without a
 * re-render, so the next data change animates.
 */
export function useAnimate(animate: unknown): boolean {
  const reduced = useSyncExternalStore(subscribeReduced, readReduced, () => true);
  const painted = useRef(false);
  useEffect(() => {
    painted.current = true;
  }, []);
  return asBool(animate, true) && !reduced && painted.current;
}

// ---- size -----------------------------------------------------------------

const FALLBACK_WIDTH = 600;

// One ResizeObserver for all charts (an observer per chart is a fixed cost of every chart).
const sizeCallbacks = new WeakMap<Element, () => void>();
let sharedObserver: ResizeObserver | undefined;
function observeSize(el: Element, cb: () => void): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  sharedObserver ??= new ResizeObserver((entries) => {
    for (const e of entries) sizeCallbacks.get(e.target)?.();
  });
  sizeCallbacks.set(el, cb);
  sharedObserver.observe(el);
  return () => {
    sizeCallbacks.delete(el);
    sharedObserver?.unobserve(el);
  };
}

let laidOut = false;
/** Whether a chart has been laid out for real (test DOMs lay out nothing: no pointer will ever come). */
export function chartsLaidOut(): boolean {
  return laidOut;
}

export function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const w = Math.round(el.clientWidth || el.getBoundingClientRect().width);
      if (w > 0) laidOut = true;
      // 0 = not laid out (hidden tab, test DOM): draw at a default width until a real one arrives.
      setWidth((old) => (w > 0 ? w : old || FALLBACK_WIDTH));
    };
    read();
    return observeSize(el, read);
  }, []);
  return [ref, width];
}

// ---- frame, tooltip, legend -------------------------------------------------

export const LEGEND_HEIGHT = 36;

export interface FrameProps {
  view: NodeViewProps;
  kind: string;
  label: string;
  height: number;
  legend?: { label: string; color: string }[] | undefined;
  /**
   * The plot at its size. `live` turns true at the first pointer over the chart: tooltips (recharts' Tooltip,
   * cursor and hover dots) mount then, not at first paint — most charts of a dashboard are never hovered.
   */
  children: (width: number, height: number, live: boolean) => ReactNode;
}

// ---- progressive drawing -------------------------------------------------------
// A dashboard of many charts would otherwise draw them all in one long task before
// anything paints. Charts in the viewport draw at once; the others wait their turn,
// a few per animation frame (drainPerFrame), or draw as soon as they scroll into view.
//
// "In the viewport" comes from an IntersectionObserver, which sees the top-level
// viewport even from inside a (cross-origin) iframe: an MCP host sizes the app's
// iframe to its content, so the iframe's own innerHeight says nothing about what is
// visible. Only a top-level document may trust its own viewport synchronously
// (no frame without the chart).

const waiting: (() => void)[] = [];
let draining = false;
/** Script time per frame spent drawing waiting charts: under 50 ms (no long task), most of a frame's work. */
const FRAME_BUDGET_MS = 30;

/**
 * Draw waiting charts frame by frame: each frame draws charts one at a time, synchronously (`flushSync`, so the
 * time measured is the chart's own render and commit) until the budget is spent. A chart's cost varies ~10× (a
 * static SVG paint vs a recharts mount) and one chart per frame would leave most frames idle (20 static charts =
 * 20 frames); the frame-to-frame gap is no measure under load (other processes stretch it).
 */
function drainPerFrame(): void {
  if (draining) return;
  draining = true;
  const step = () => {
    const start = performance.now();
    do {
      const next = waiting.shift();
      if (next) flushSync(next);
    } while (waiting.length > 0 && performance.now() - start < FRAME_BUDGET_MS);
    if (waiting.length > 0) requestAnimationFrame(step);
    else draining = false;
  };
  requestAnimationFrame(step);
}

/**
 * Run `work` once the page has settled: no chart waiting for its turn, then an idle period, at least `delay` ms
 * from now. For work no chart needs to draw (loading recharts for the first hover) that must not delay a drawing.
 */
export function afterChartsSettle(work: () => void, delay = 1000): void {
  if (typeof window === "undefined") return;
  const idle =
    (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
    ((cb: () => void) => setTimeout(cb, 50));
  const attempt = () =>
    idle(() => {
      if (draining || waiting.length > 0) setTimeout(attempt, delay);
      else work();
    });
  setTimeout(attempt, delay);
}

// One IntersectionObserver for all charts.
const visibilityCallbacks = new WeakMap<Element, (visible: boolean) => void>();
let sharedVisibility: IntersectionObserver | undefined;
function observeVisibility(el: Element, cb: (visible: boolean) => void): () => void {
  sharedVisibility ??= new IntersectionObserver((entries) => {
    for (const e of entries) visibilityCallbacks.get(e.target)?.(e.isIntersecting);
  });
  visibilityCallbacks.set(el, cb);
  sharedVisibility.observe(el);
  return () => {
    visibilityCallbacks.delete(el);
    sharedVisibility?.unobserve(el);
  };
}

function isTopLevel(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

function useDrawTurn(ref: React.RefObject<HTMLDivElement | null>): boolean {
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (
      !el ||
      typeof window === "undefined" ||
      typeof requestAnimationFrame === "undefined" ||
      typeof IntersectionObserver === "undefined"
    ) {
      setReady(true);
      return;
    }
    const rect = el.getBoundingClientRect();
    const notLaidOut = rect.width === 0 && rect.height === 0; // test DOMs, hidden tabs
    const inTopViewport = isTopLevel() && rect.top < window.innerHeight && rect.bottom > 0;
    if (notLaidOut || inTopViewport) {
      setReady(true);
      return;
    }
    let done = false;
    let queued = false;
    const go = () => {
      if (done) return;
      done = true;
      stop();
      setReady(true);
    };
    const stop = observeVisibility(el, (visible) => {
      if (visible) go();
      else if (!queued) {
        queued = true;
        waiting.push(go);
        drainPerFrame();
      }
    });
    return () => {
      done = true;
      stop();
      const i = waiting.indexOf(go);
      if (i >= 0) waiting.splice(i, 1);
    };
  }, [ref]);
  return ready;
}

/** The chart box: fixed height, full width, role="img" with a summary; legend as an HTML row under the plot. */
export function ChartFrame({ view, kind, label, height, legend, children }: FrameProps): ReactNode {
  const [ref, width] = useWidth();
  const ready = useDrawTurn(ref);
  const [live, setLive] = useState(false);
  const wake = live ? undefined : () => setLive(true);
  const plotHeight = Math.max(40, legend && legend.length > 0 ? height - LEGEND_HEIGHT : height);
  const style: CSSProperties = { height };
  return (
    <div
      id={asOptString(view.props.id)}
      data-slot="chart"
      role="img"
      aria-label={label}
      className={cn(
        `pf-chart pf-${kind} flex w-full min-w-0 flex-col text-xs`,
        asOptString(view.props.cssClass),
      )}
      style={style}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer-only wake-up of the hover tooltip; the chart's data is in the frame's aria-label */}
      <div
        ref={ref}
        className="relative w-full min-w-0"
        style={{ height: plotHeight }}
        onPointerEnter={wake}
        onMouseMove={wake}
        onTouchStart={wake}
      >
        {width > 0 && ready ? (
          <div className="absolute inset-0">{children(width, plotHeight, live)}</div>
        ) : null}
      </div>
      {legend && legend.length > 0 ? <LegendRow items={legend} /> : null}
    </div>
  );
}

export function LegendRow({ items }: { items: { label: string; color: string }[] }): ReactNode {
  return (
    <div
      className="pf-chart-legend flex flex-wrap items-center justify-center gap-x-4 gap-y-1 pt-3"
      style={{ minHeight: LEGEND_HEIGHT }}
      aria-hidden="true"
    >
      {items.map((it, i) => (
        <div key={i} className="flex items-center gap-1.5 text-foreground">
          <span className="size-2 shrink-0 rounded-[2px]" style={{ background: it.color }} />
          <span>{it.label}</span>
        </div>
      ))}
    </div>
  );
}

export interface TooltipPayloadItem {
  name?: unknown;
  value?: unknown;
  dataKey?: unknown;
  color?: string;
  fill?: string;
  stroke?: string;
  payload?: Datum;
}

/** shadcn-style tooltip body; `names` maps dataKey → series label. */
export function makeTooltip(
  format: ValueFormatter,
  names?: Map<string, string>,
  labelFormat?: ValueFormatter,
) {
  return function ChartTooltip({
    active,
    payload,
    label,
  }: {
    active?: boolean;
    payload?: readonly TooltipPayloadItem[];
    label?: unknown;
  }): ReactNode {
    if (!active || !payload || payload.length === 0) return null;
    const title =
      label === undefined || label === null || label === "" ? undefined : (labelFormat ?? asString)(label);
    return (
      <div className="pf-chart-tooltip grid min-w-32 gap-1.5 rounded-lg border border-border/50 bg-background px-2.5 py-1.5 text-xs shadow-xl">
        {title ? <div className="font-medium text-foreground">{title}</div> : null}
        <div className="grid gap-1">
          {payload.map((item, i) => {
            const key = asString(item.dataKey ?? item.name);
            const name = names?.get(key) ?? asString(item.name ?? key);
            const color = item.payload?.fill ?? item.color ?? item.fill ?? item.stroke;
            return (
              <div key={i} className="flex items-center gap-2">
                <span
                  className="size-2.5 shrink-0 rounded-[2px]"
                  style={{ background: typeof color === "string" ? color : undefined }}
                />
                <span className="text-muted-foreground">{name}</span>
                <span className="ml-auto pl-2 font-mono font-medium text-foreground tabular-nums">
                  {format(item.value)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    );
  };
}

// ---- text alternative ---------------------------------------------------------

export function range(values: Iterable<unknown>): [number, number] | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    const n = num(v);
    if (n === undefined) continue;
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

export function describeRange(r: [number, number] | undefined, fmt: ValueFormatter): string {
  if (!r) return "no values";
  return r[0] === r[1] ? fmt(r[0]) : `${fmt(r[0])} to ${fmt(r[1])}`;
}

/** "Bar chart: Sales 120 to 180, Profit 10 to 40; 12 points, month Jan to Dec." */
export function summarizeSeries(
  kind: string,
  data: Datum[],
  series: Series[],
  fmt: ValueFormatter,
  xKey?: string,
): string {
  if (data.length === 0) return `${kind}: no data`;
  const parts = series.map((s) => `${s.label} ${describeRange(range(data.map((d) => d[s.dataKey])), fmt)}`);
  let text = `${kind}: ${parts.join("; ") || "no series"}; ${data.length} point${data.length === 1 ? "" : "s"}`;
  if (xKey) {
    const first = data[0]?.[xKey];
    const last = data[data.length - 1]?.[xKey];
    if (first !== undefined && last !== undefined)
      text += `, ${xKey} ${asString(first)} to ${asString(last)}`;
  }
  return `${text}.`;
}

export function chartHeight(props: Datum): number {
  return Math.max(40, asNumber(props.height, 300));
}

/** Recharts' own props for axes ticks: no lines, tick margin 8, muted text. */
export const AXIS = {
  tickLine: false,
  axisLine: false,
  tickMargin: 8,
  tick: { fill: "var(--muted-foreground)", fontSize: 12 },
} as const;

/** Grid lines: the border colour at half strength (the original's `stroke-border/50`). */
export const GRID = { stroke: "var(--border)", strokeOpacity: 0.5 } as const;
