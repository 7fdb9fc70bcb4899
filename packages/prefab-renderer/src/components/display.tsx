/**
 * Data display views: Badge, Alert, Dot and Icon; Metric, Progress, Ring and Loader (SVG and lucide glyphs) are a
 * lazy chunk, display-widgets.tsx, and so are the static Table parts, display-table.tsx.
 * Variants accept any string (0.3): known ones get token colours, every one gets a `pf-<x>-variant-<v>`
 * hook class so envelope `css` can style custom variants.
 */
import { cn } from "../lib/cn.js";
import { asOptString, asString } from "../lib/coerce.js";
import { type NodeViewProps, registerLazyViews, registerViews } from "../render/registry.js";
import { IconPlaceholder, useIcon } from "./icons.js";

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

// ── Badge ───────────────────────────────────────────────────────────────────────────────────────────

/* Status variants: a 10% tint (20% in dark) with coloured text, like the original. The destructive and warning
   text is mixed toward the foreground so it keeps ≥ 4.5:1 on the tint (the pure tokens do not, at 12px). */
export const BADGE: Record<string, string> = {
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
      {asOptString(p.props.label)}
      {p.children}
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

registerViews({
  Badge,
  Alert,
  AlertTitle,
  AlertDescription,
  Dot,
  Icon,
});

// Metric, Progress, Ring and Loader draw SVG and lucide glyphs: a chunk parsed only by views that use them (hosts
// preload it with the envelope, `preloadViews`).
registerLazyViews(["Metric", "Progress", "Ring", "Loader"], () => import("./display-widgets.js"));
// The static Table parts: only views with a hand-built table.
registerLazyViews(
  ["Table", "TableHeader", "TableBody", "TableFooter", "TableRow", "TableHead", "TableCell", "TableCaption"],
  () => import("./display-table.js"),
);
