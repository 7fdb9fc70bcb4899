/** Badge, Alert, Dot, Icon, Metric, Progress, Ring and Loader (a lazy chunk, registered in display.tsx). */
import { LoaderCircle, Minus, TrendingDown, TrendingUp } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "../lib/cn.js";
import { asNumber, asOptString, asString } from "../lib/coerce.js";
import type { Registry } from "../render/registry.js";
import { cls, FILL, idOf, type P, type Size, sizeOf, variantOf } from "./display.js";
import { IconPlaceholder, useIcon } from "./icons.js";

// ── Badge ───────────────────────────────────────────────────────────────────────────────────────────

/* Status variants: a 10% tint (20% in dark) with coloured text, like the original. The destructive and warning
   text is mixed toward the foreground so it keeps ≥ 4.5:1 on the tint (the pure tokens do not, at 12px). */
const BADGE: Record<string, string> = {
  default: "bg-primary text-primary-foreground",
  secondary: "bg-secondary text-secondary-foreground",
  destructive:
    "bg-destructive/10 text-[color:color-mix(in_oklab,var(--destructive)_85%,var(--foreground))] dark:bg-destructive/20",
  success: "bg-success/10 text-success dark:bg-success/20",
  warning:
    "bg-warning/10 text-[color:color-mix(in_oklab,var(--warning)_60%,var(--foreground))] dark:bg-warning/20",
  info: "bg-info/10 text-info dark:bg-info/20",
  outline: "border-border text-foreground",
  ghost: "border-transparent bg-transparent text-foreground",
  muted: "border-transparent bg-muted text-muted-foreground",
};

function Badge(p: P) {
  const variant = variantOf(p.props.variant);
  const label = asOptString(p.props.label);
  return (
    <span
      id={idOf(p)}
      data-slot="badge"
      data-variant={variant}
      className={cn(
        "pf-badge inline-flex h-5 w-fit shrink-0 items-center justify-center gap-1 overflow-hidden rounded-full border border-transparent px-2 py-0.5 text-xs font-medium whitespace-nowrap [&>svg]:pointer-events-none [&>svg]:size-3",
        `pf-badge-variant-${variant}`,
        BADGE[variant] ?? BADGE.default,
        cls(p),
      )}
    >
      {/* A label alone is the span's text (`[label, null]` children would cost a text fiber per badge). */}
      {p.children === null || p.children === undefined ? label : [label, p.children]}
    </span>
  );
}

// ── Alert ───────────────────────────────────────────────────────────────────────────────────────────

/* Neutral border and card background for every variant; title, icon and description take the variant colour
   (the original). Warning text is mixed toward the foreground: the pure token is < 3:1 on the card. */
const ALERT: Record<string, string> = {
  default: "bg-card text-card-foreground",
  destructive: "bg-card text-destructive *:data-[slot=alert-description]:text-destructive/90",
  success: "bg-card text-success *:data-[slot=alert-description]:text-success/90",
  warning:
    "bg-card text-[color:color-mix(in_oklab,var(--warning)_60%,var(--foreground))] *:data-[slot=alert-description]:text-current/90",
  info: "bg-card text-info *:data-[slot=alert-description]:text-info/90",
};

function Alert(p: P) {
  const variant = variantOf(p.props.variant);
  const Icon = useIcon(asOptString(p.props.icon));
  return (
    <div
      id={idOf(p)}
      role="alert"
      data-slot="alert"
      className={cn(
        "pf-alert relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-2.5 py-2 text-left text-sm has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-2 [&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
        `pf-alert-variant-${variant}`,
        ALERT[variant] ?? ALERT.default,
        cls(p),
      )}
    >
      {Icon === undefined ? (
        <IconPlaceholder className="pf-alert-icon" />
      ) : Icon ? (
        <Icon className="pf-alert-icon" aria-hidden="true" />
      ) : null}
      {p.children}
    </div>
  );
}

function AlertTitle(p: P) {
  return (
    <div
      id={idOf(p)}
      data-slot="alert-title"
      className={cn("pf-alert-title col-start-2 min-h-4 font-medium tracking-tight", cls(p))}
    >
      {asOptString(p.props.content)}
      {p.children}
    </div>
  );
}

function AlertDescription(p: P) {
  return (
    <div
      id={idOf(p)}
      data-slot="alert-description"
      className={cn(
        "pf-alert-description col-start-2 grid justify-items-start gap-1 text-sm text-muted-foreground [&_p]:leading-relaxed",
        cls(p),
      )}
    >
      {asOptString(p.props.content)}
      {p.children}
    </div>
  );
}

// ── Metric ──────────────────────────────────────────────────────────────────────────────────────────

export type Trend = "up" | "down" | "neutral";
export type Sentiment = "positive" | "negative" | "neutral";

/** `trend` when given, else the sign of `delta` (number, leading `+`/`-`/`−`, or the number inside). */
export function inferTrend(trend: unknown, delta: unknown): Trend {
  if (trend === "up" || trend === "down" || trend === "neutral") return trend;
  if (typeof delta === "number") return delta > 0 ? "up" : delta < 0 ? "down" : "neutral";
  if (typeof delta !== "string") return "neutral";
  const s = delta.trim();
  if (s === "" || s.includes("{{")) return "neutral";
  if (s.startsWith("+") || s.startsWith("▲") || s.startsWith("↑")) return "up";
  if (/^[-−–▼↓]/.test(s)) return "down";
  const m = /-?\d+(?:[.,]\d+)?/.exec(s.replace(/,/g, ""));
  const n = m ? Number(m[0]) : Number.NaN;
  if (!Number.isFinite(n)) return "neutral";
  return n > 0 ? "up" : n < 0 ? "down" : "neutral";
}

export function inferSentiment(sentiment: unknown, trend: Trend): Sentiment {
  if (sentiment === "positive" || sentiment === "negative" || sentiment === "neutral") return sentiment;
  return trend === "up" ? "positive" : trend === "down" ? "negative" : "neutral";
}

/** The delta is a tinted badge, as in the original. */
const SENTIMENT: Record<Sentiment, string> = {
  positive: BADGE.success!,
  negative: BADGE.destructive!,
  neutral: BADGE.secondary!,
};

function Metric(p: P) {
  const delta = p.props.delta;
  const hasDelta = delta !== undefined && delta !== null && delta !== "";
  const trend = inferTrend(p.props.trend, delta);
  const sentiment = inferSentiment(p.props.trendSentiment, trend);
  const TrendIcon = trend === "up" ? TrendingUp : trend === "down" ? TrendingDown : Minus;
  const description = asOptString(p.props.description);
  return (
    <div id={idOf(p)} data-slot="metric" className={cn("pf-metric flex flex-col gap-1", cls(p))}>
      <div className="pf-metric-label text-sm font-medium text-muted-foreground">
        {asOptString(p.props.label)}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="pf-metric-value text-3xl leading-none font-bold tracking-tight tabular-nums">
          {asString(p.props.value)}
        </span>
        {hasDelta ? (
          <span
            data-trend={trend}
            data-sentiment={sentiment}
            className={cn(
              "pf-metric-delta inline-flex h-5 w-fit shrink-0 translate-y-px items-center gap-1 rounded-full border border-transparent px-2 py-0.5 text-xs font-medium whitespace-nowrap tabular-nums",
              `pf-metric-delta-${sentiment}`,
              SENTIMENT[sentiment],
            )}
          >
            <TrendIcon className="size-3" aria-hidden="true" />
            <span className="sr-only">{trend === "up" ? "up" : trend === "down" ? "down" : "unchanged"}</span>
            {asString(delta)}
          </span>
        ) : null}
      </div>
      {description ? (
        <div className="pf-metric-description text-sm text-muted-foreground">{description}</div>
      ) : null}
    </div>
  );
}

// ── Progress / Ring ─────────────────────────────────────────────────────────────────────────────────

/** The original's track is muted for every variant (lighter than a 20% tint). */
const TRACK: Record<string, string> = {
  default: "bg-muted",
  secondary: "bg-secondary",
  success: "bg-muted",
  warning: "bg-muted",
  destructive: "bg-muted",
  info: "bg-muted",
  muted: "bg-muted",
};
const STROKE: Record<string, string> = {
  default: "text-primary",
  secondary: "text-secondary-foreground",
  success: "text-success",
  warning: "text-warning",
  destructive: "text-destructive",
  info: "text-info",
  muted: "text-muted-foreground",
};

interface Range {
  value: number;
  min: number;
  max: number;
  /** 0–100. */
  pct: number;
  /** 0–100, or undefined when there is no (valid) target. */
  target: number | undefined;
}

export function normalise(props: Record<string, unknown>): Range {
  let min = asNumber(props.min, 0);
  let max = asNumber(props.max, 100);
  if (max < min) [min, max] = [max, min];
  const span = max - min;
  const toPct = (v: number) => (span === 0 ? (v >= max ? 100 : 0) : ((v - min) / span) * 100);
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  const value = Math.min(max, Math.max(min, asNumber(props.value, min)));
  const rawTarget =
    props.target === undefined || props.target === null ? undefined : asNumber(props.target, Number.NaN);
  const target = rawTarget === undefined || Number.isNaN(rawTarget) ? undefined : clamp(toPct(rawTarget));
  return { value, min, max, pct: clamp(toPct(value)), target };
}

/** Value text for assistive tech ("72%"), since a bare number says nothing about the range. */
function percentText(r: Range): string {
  return `${Math.round(r.pct)}%`;
}

const PROGRESS_SIZE: Record<Size, [string, string]> = {
  sm: ["h-1", "w-1"],
  default: ["h-1.5", "w-1.5"],
  lg: ["h-2.5", "w-2.5"],
};

function Progress(p: P) {
  const variant = variantOf(p.props.variant);
  const vertical = p.props.orientation === "vertical";
  const size = sizeOf(p.props.size);
  const r = normalise(p.props);
  const [h, w] = PROGRESS_SIZE[size];
  return (
    <div
      id={idOf(p)}
      role="progressbar"
      aria-valuenow={r.value}
      aria-valuemin={r.min}
      aria-valuemax={r.max}
      aria-valuetext={percentText(r)}
      aria-label={asOptString(p.props.label) ?? "Progress"}
      data-slot="progress"
      data-orientation={vertical ? "vertical" : "horizontal"}
      className={cn(
        "pf-progress relative overflow-hidden rounded-full",
        `pf-progress-variant-${variant} pf-progress-${size}`,
        vertical ? `${w} h-full min-h-24` : `${h} w-full`,
        TRACK[variant] ?? TRACK.default,
        cls(p),
      )}
    >
      <div
        data-slot="progress-indicator"
        className={cn(
          "pf-progress-indicator h-full w-full flex-1 transition-transform",
          FILL[variant] ?? FILL.default,
          asOptString(p.props.indicatorClass),
        )}
        style={{ transform: vertical ? `translateY(${100 - r.pct}%)` : `translateX(-${100 - r.pct}%)` }}
      />
      {r.target !== undefined ? (
        <div
          data-slot="progress-target"
          aria-hidden="true"
          className={cn(
            "pf-progress-target absolute bg-foreground/70",
            vertical ? "inset-x-0 h-0.5 -translate-y-1/2" : "inset-y-0 w-0.5 -translate-x-1/2",
            asOptString(p.props.targetClass),
          )}
          style={vertical ? { bottom: `${r.target}%` } : { left: `${r.target}%` }}
        />
      ) : null}
    </div>
  );
}

const RING_SIZE: Record<Size, number> = { sm: 64, default: 96, lg: 128 };

function Ring(p: P) {
  const variant = variantOf(p.props.variant);
  const sizeName = sizeOf(p.props.size);
  const size = RING_SIZE[sizeName];
  const thickness = Math.min(size / 2, Math.max(1, asNumber(p.props.thickness, 6)));
  const r = normalise(p.props);
  const radius = (size - thickness) / 2;
  const c = 2 * Math.PI * radius;
  const label = asOptString(p.props.label);
  const center = size / 2;
  let tick: ReactNode = null;
  if (r.target !== undefined) {
    // The SVG is rotated -90°, so angle 0 is 12 o'clock.
    const a = (r.target / 100) * 2 * Math.PI;
    const inner = radius - thickness / 2 - 2;
    const outer = radius + thickness / 2 + 2;
    tick = (
      <line
        data-slot="ring-target"
        className={cn("pf-ring-target stroke-foreground/70", asOptString(p.props.targetClass))}
        x1={center + inner * Math.cos(a)}
        y1={center + inner * Math.sin(a)}
        x2={center + outer * Math.cos(a)}
        y2={center + outer * Math.sin(a)}
        strokeWidth={2}
        strokeLinecap="round"
      />
    );
  }
  return (
    <div
      id={idOf(p)}
      role="progressbar"
      aria-valuenow={r.value}
      aria-valuemin={r.min}
      aria-valuemax={r.max}
      aria-valuetext={percentText(r)}
      aria-label={label ?? "Progress"}
      data-slot="ring"
      className={cn(
        "pf-ring relative inline-flex shrink-0 items-center justify-center",
        `pf-ring-variant-${variant} pf-ring-${sizeName}`,
        cls(p),
      )}
      style={{ width: size, height: size }}
    >
      <svg
        width={size}
        height={size}
        viewBox={`0 0 ${size} ${size}`}
        className="absolute inset-0 -rotate-90"
        aria-hidden="true"
      >
        <circle
          className="pf-ring-track stroke-current text-muted"
          cx={center}
          cy={center}
          r={radius}
          fill="none"
          strokeWidth={thickness}
        />
        <circle
          className={cn(
            "pf-ring-indicator stroke-current transition-[stroke-dashoffset]",
            STROKE[variant] ?? STROKE.default,
            asOptString(p.props.indicatorClass),
          )}
          cx={center}
          cy={center}
          r={radius}
          fill="none"
          strokeWidth={thickness}
          strokeLinecap="round"
          strokeDasharray={c}
          strokeDashoffset={c * (1 - r.pct / 100)}
          style={r.pct === 0 ? { opacity: 0 } : undefined}
        />
        {tick}
      </svg>
      <div className="pf-ring-label relative flex flex-col items-center justify-center text-center text-sm font-semibold tabular-nums">
        {label}
        {p.children}
      </div>
    </div>
  );
}

// ── Loader / Dot / Icon ─────────────────────────────────────────────────────────────────────────────

const LOADER_SIZE: Record<Size, { box: string; dot: string; bar: string }> = {
  sm: { box: "size-4", dot: "size-1", bar: "w-0.5" },
  default: { box: "size-6", dot: "size-1.5", bar: "w-1" },
  lg: { box: "size-10", dot: "size-2.5", bar: "w-1.5" },
};

function Loader(p: P) {
  const variant = variantOf(p.props.variant, "spin");
  const sizeName = sizeOf(p.props.size);
  const s = LOADER_SIZE[sizeName];
  let body: ReactNode;
  switch (variant) {
    case "dots":
      body = (
        <span className={cn("inline-flex items-center justify-center gap-1", s.box)}>
          {[0, 150, 300].map((d) => (
            <span
              key={d}
              className={cn("animate-bounce rounded-full bg-current motion-reduce:animate-none", s.dot)}
              style={{ animationDelay: `${d}ms` }}
            />
          ))}
        </span>
      );
      break;
    case "pulse":
      body = (
        <span className={cn("relative inline-flex items-center justify-center", s.box)}>
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-current opacity-40 motion-reduce:animate-none" />
          <span className="relative inline-flex size-1/2 rounded-full bg-current" />
        </span>
      );
      break;
    case "bars":
      body = (
        <span className={cn("inline-flex items-center justify-center gap-0.5", s.box)}>
          {[0, 150, 300, 450].map((d) => (
            <span
              key={d}
              className={cn("h-full animate-pulse rounded-sm bg-current motion-reduce:animate-none", s.bar)}
              style={{ animationDelay: `${d}ms` }}
            />
          ))}
        </span>
      );
      break;
    case "ios":
      body = (
        <svg
          viewBox="0 0 24 24"
          className={cn("animate-spin motion-reduce:animate-none", s.box)}
          style={{ animationTimingFunction: "steps(12, end)", animationDuration: "1s" }}
          aria-hidden="true"
        >
          {Array.from({ length: 12 }, (_, i) => (
            <rect
              key={i}
              x="11"
              y="2"
              width="2"
              height="6"
              rx="1"
              fill="currentColor"
              opacity={0.15 + (0.85 * (i + 1)) / 12}
              transform={`rotate(${i * 30} 12 12)`}
            />
          ))}
        </svg>
      );
      break;
    default:
      body = (
        <LoaderCircle className={cn("animate-spin motion-reduce:animate-none", s.box)} aria-hidden="true" />
      );
  }
  return (
    <span
      id={idOf(p)}
      role="status"
      data-slot="loader"
      className={cn(
        "pf-loader inline-flex shrink-0 items-center justify-center text-current",
        `pf-loader-variant-${variant} pf-loader-${sizeName}`,
        cls(p),
      )}
    >
      {body}
      <span className="sr-only">Loading</span>
    </span>
  );
}

const DOT_SIZE: Record<Size, string> = { sm: "size-1.5", default: "size-2", lg: "size-3" };
const DOT_SHAPE: Record<string, string> = {
  circle: "rounded-full",
  square: "rounded-none",
  rounded: "rounded-sm",
};

function Dot(p: P) {
  const variant = variantOf(p.props.variant);
  const size = sizeOf(p.props.size);
  const shape = typeof p.props.shape === "string" && p.props.shape in DOT_SHAPE ? p.props.shape : "circle";
  return (
    <span
      id={idOf(p)}
      aria-hidden="true"
      data-slot="dot"
      className={cn(
        "pf-dot inline-block shrink-0",
        `pf-dot-variant-${variant} pf-dot-${size}`,
        DOT_SIZE[size],
        DOT_SHAPE[shape],
        FILL[variant] ?? FILL.default,
        cls(p),
      )}
    />
  );
}

const ICON_SIZE: Record<Size, string> = { sm: "size-3.5", default: "size-4", lg: "size-6" };

function Icon(p: P) {
  const name = asString(p.props.name);
  const size = sizeOf(p.props.size);
  const Component = useIcon(name);
  if (Component === undefined) {
    return (
      <span id={idOf(p)} className={cn("pf-icon inline-flex shrink-0", cls(p))} data-icon={name}>
        <IconPlaceholder className={ICON_SIZE[size]} />
      </span>
    );
  }
  if (!Component) {
    return (
      <span
        id={idOf(p)}
        title={`Unknown icon: ${name}`}
        data-icon-missing={name}
        className={cn(
          "pf-icon pf-icon-missing inline-block shrink-0 rounded-sm border border-dashed border-muted-foreground/50",
          ICON_SIZE[size],
          cls(p),
        )}
      />
    );
  }
  return (
    <span id={idOf(p)} className={cn("pf-icon inline-flex shrink-0", cls(p))} data-icon={name}>
      <Component className={ICON_SIZE[size]} aria-hidden="true" />
    </span>
  );
}

export const views: Registry = {
  Badge,
  Alert,
  AlertTitle,
  AlertDescription,
  Dot,
  Icon,
  Metric,
  Progress,
  Ring,
  Loader,
};
