/**
 * Sparkline: a tiny inline trend drawn as plain SVG (no recharts), so it is cheap
 * enough to register eagerly. viewBox 0 0 100 40 stretched to the box
 * (`preserveAspectRatio="none"`, strokes keep their width via
 * `vector-effect: non-scaling-stroke`).
 */
import { type ReactNode, useId } from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString, cssLength } from "../../lib/coerce.js";
import type { NodeViewProps, Registry } from "../../render/registry.js";
import { MermaidView } from "./mermaid.js";

const W = 100;
const H = 40;
const PAD = 2;

const VARIANT: Record<string, string> = {
  default: "text-primary",
  primary: "text-primary",
  secondary: "text-muted-foreground",
  muted: "text-muted-foreground",
  success: "text-success",
  warning: "text-warning",
  destructive: "text-destructive",
  error: "text-destructive",
  info: "text-info",
};

export function numbers(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  const out: number[] = [];
  for (const x of v) {
    const n = typeof x === "number" ? x : typeof x === "string" && x.trim() !== "" ? Number(x) : Number.NaN;
    if (Number.isFinite(n)) out.push(n);
  }
  return out;
}

type Pt = [number, number];
const f = (n: number) => Math.round(n * 100) / 100;

function linear(pts: Pt[]): string {
  return pts.map(([x, y], i) => `${i ? "L" : "M"}${f(x)},${f(y)}`).join("");
}

function step(pts: Pt[]): string {
  let d = `M${f(pts[0]![0])},${f(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    const mx = (x0 + x1) / 2;
    d += `L${f(mx)},${f(y0)}L${f(mx)},${f(y1)}L${f(x1)},${f(y1)}`;
  }
  return d;
}

/** Monotone cubic (Fritsch–Carlson), like recharts' "monotone": smooth without overshoot. */
function monotone(pts: Pt[]): string {
  const n = pts.length;
  if (n < 3) return linear(pts);
  const dx: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    dx.push(pts[i + 1]![0] - pts[i]![0]);
    m.push((pts[i + 1]![1] - pts[i]![1]) / (dx[i] || 1));
  }
  const t: number[] = [m[0]!];
  for (let i = 1; i < n - 1; i++) t.push(m[i - 1]! * m[i]! <= 0 ? 0 : (m[i - 1]! + m[i]!) / 2);
  t.push(m[n - 2]!);
  for (let i = 0; i < n - 1; i++) {
    if (m[i] === 0) {
      t[i] = 0;
      t[i + 1] = 0;
      continue;
    }
    const a = t[i]! / m[i]!;
    const b = t[i + 1]! / m[i]!;
    const s = a * a + b * b;
    if (s > 9) {
      const k = 3 / Math.sqrt(s);
      t[i] = k * a * m[i]!;
      t[i + 1] = k * b * m[i]!;
    }
  }
  let d = `M${f(pts[0]![0])},${f(pts[0]![1])}`;
  for (let i = 0; i < n - 1; i++) {
    const [x0, y0] = pts[i]!;
    const [x1, y1] = pts[i + 1]!;
    const h = dx[i]! / 3;
    d += `C${f(x0 + h)},${f(y0 + h * t[i]!)} ${f(x1 - h)},${f(y1 - h * t[i + 1]!)} ${f(x1)},${f(y1)}`;
  }
  return d;
}

export function SparklineView(p: NodeViewProps<"Sparkline">): ReactNode {
  const { props } = p;
  const values = numbers(props.data);
  const gradientId = `pf-spark-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  // As the original (protocol doc, Sparkline): an explicit `height`; else bars are 24 px (`h-6`) and a line keeps
  // the viewBox's 5:2 shape at the full width (no height at all). No data: the original draws nothing, so no
  // height either (the empty svg stays for its text alternative).
  const height = cssLength(props.height) ?? (values.length === 0 ? 0 : undefined);
  const variant = typeof props.variant === "string" ? props.variant : "default";
  const color = VARIANT[variant] ?? "text-primary";
  const mode = props.mode === "bar" ? "bar" : "line";
  const strokeWidth = asNumber(props.strokeWidth, 1.5);
  const fill = asBool(props.fill);
  const lo = Math.min(...values, mode === "bar" ? 0 : Number.POSITIVE_INFINITY);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const y = (v: number) => H - PAD - ((v - lo) / span) * (H - 2 * PAD);
  const label =
    values.length === 0
      ? "Sparkline: no data"
      : `Sparkline of ${values.length} values from ${values[0]} to ${values[values.length - 1]} (min ${Math.min(...values)}, max ${hi})`;

  let body: ReactNode = null;
  if (values.length > 0 && mode === "bar") {
    const bw = W / values.length;
    const gap = Math.min(1, bw * 0.2);
    const d = values
      .map((v, i) => {
        const top = y(Math.max(v, 0));
        const bottom = y(Math.min(v, 0));
        return `M${f(i * bw + gap / 2)},${f(bottom)}V${f(Math.min(top, bottom - 0.5))}H${f((i + 1) * bw - gap / 2)}V${f(bottom)}Z`;
      })
      .join("");
    body = <path d={d} fill="currentColor" className={asOptString(props.indicatorClass)} />;
  } else if (values.length > 0) {
    const xs = values.length === 1 ? [W / 2] : values.map((_, i) => (i / (values.length - 1)) * W);
    const pts: Pt[] = values.map((v, i) => [xs[i]!, y(v)]);
    const d =
      values.length === 1
        ? `M0,${f(pts[0]![1])}H${W}`
        : props.curve === "smooth"
          ? monotone(pts)
          : props.curve === "step"
            ? step(pts)
            : linear(pts);
    body = (
      <>
        {fill ? (
          <>
            <defs>
              <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor="currentColor" stopOpacity={0.35} />
                <stop offset="100%" stopColor="currentColor" stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <path d={`${d}L${W},${H}L0,${H}Z`} fill={`url(#${gradientId})`} stroke="none" />
          </>
        ) : null}
        <path
          d={d}
          fill="none"
          stroke="currentColor"
          strokeWidth={strokeWidth}
          strokeLinecap="round"
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
          className={asOptString(props.indicatorClass)}
        />
      </>
    );
  }
  return (
    <svg
      id={asOptString(props.id)}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      className={cn(
        "pf-sparkline block w-full overflow-visible",
        height === undefined && mode === "bar" && "h-6",
        color,
        asOptString(props.cssClass),
      )}
      style={height === undefined ? undefined : { height }}
    >
      {body}
    </svg>
  );
}

/** The small chunk: the Sparkline and the Mermaid placeholder (register.ts). */
export const views: Registry = { Sparkline: SparklineView, Mermaid: MermaidView };
