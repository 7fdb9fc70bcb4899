/** Button: shadcn variants and sizes, optional lucide icon, `onClick` actions, submit inside a Form. */
import { type ButtonHTMLAttributes, type Ref, useContext } from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString, asString } from "../../lib/coerce.js";
import { IconPlaceholder, useIcon } from "../icons.js";
import { useTriggerProps } from "../overlay-trigger.js";
import { cls, FieldContext, FOCUS_RING, FormContext, INVALID_RING, idOf, type P } from "./shared.js";

export const BUTTON_BASE =
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-lg border border-transparent bg-clip-padding text-sm font-medium transition-all cursor-pointer disabled:pointer-events-none disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4";

export const BUTTON_VARIANTS: Record<string, string> = {
  default: "bg-primary text-primary-foreground hover:bg-primary/90",
  destructive:
    "bg-destructive text-white hover:bg-destructive/90 focus-visible:ring-destructive/20 dark:bg-destructive/60 dark:focus-visible:ring-destructive/40",
  outline:
    "border-border bg-background hover:bg-muted hover:text-foreground dark:border-input dark:bg-input/30 dark:hover:bg-input/50",
  secondary: "bg-secondary text-secondary-foreground hover:bg-secondary/80",
  ghost: "hover:bg-muted hover:text-foreground dark:hover:bg-muted/50",
  link: "text-primary underline-offset-4 hover:underline",
  success: "bg-success text-success-foreground hover:bg-success/90",
  warning: "bg-warning text-warning-foreground hover:bg-warning/90",
  info: "bg-info text-info-foreground hover:bg-info/90",
};

export const BUTTON_SIZES: Record<string, string> = {
  default: "min-h-8 px-2.5 py-1.5 has-[>svg]:px-2",
  xs: "min-h-6 gap-1 rounded-[min(var(--radius-md),10px)] px-2 py-1 text-xs has-[>svg]:px-1.5 [&_svg:not([class*='size-'])]:size-3",
  sm: "min-h-7 gap-1 rounded-[min(var(--radius-md),12px)] px-2.5 py-1.5 text-[0.8rem] has-[>svg]:px-1.5 [&_svg:not([class*='size-'])]:size-3.5",
  lg: "min-h-9 px-2.5 py-2 has-[>svg]:px-3",
  icon: "size-8",
  "icon-xs": "size-6 rounded-[min(var(--radius-md),10px)] [&_svg:not([class*='size-'])]:size-3",
  "icon-sm": "size-7 rounded-[min(var(--radius-md),12px)]",
  "icon-lg": "size-9",
};

const TYPES = new Set(["submit", "button", "reset"]);

/** "trash-2" → "Trash", "arrow-up-right" → "Arrow up right": a name for an icon-only button without a label. */
export function iconLabel(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[-_\s]+/)
    .filter((w) => w !== "" && !/^\d+$/.test(w))
    .map((w) => w.toLowerCase());
  const text = words.join(" ");
  return text ? text[0]!.toUpperCase() + text.slice(1) : "Button";
}

export function Button(p: P) {
  const trigger = useTriggerProps();
  const inForm = useContext(FormContext) !== null;
  const field = useContext(FieldContext);
  const variant = asString(p.props.variant, "default") || "default";
  const size = asString(p.props.size, "default") || "default";
  const label = asString(p.props.label);
  const iconName = asOptString(p.props.icon);
  const Icon = useIcon(iconName);
  const iconOnly = size.startsWith("icon");
  const requested = asOptString(p.props.buttonType);
  const type = (requested && TYPES.has(requested) ? requested : inForm ? "submit" : "button") as
    | "submit"
    | "button"
    | "reset";
  const disabled = asBool(p.props.disabled) || field.disabled;
  const { onClick: triggerClick, ...triggerRest } = trigger ?? {};
  const emitClick = p.hasEvent("onClick") ? () => void p.emit("onClick") : undefined;
  const onClick =
    triggerClick && emitClick
      ? (e: unknown) => {
          triggerClick(e);
          emitClick();
        }
      : (triggerClick ?? emitClick);
  // No visible text: name the button from its label, else from its icon ("trash-2" → "Trash").
  const ariaLabel = !label.trim() && iconName ? iconLabel(iconName) : undefined;
  return (
    <button
      {...(triggerRest as ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> })}
      id={idOf(p)}
      type={trigger && !requested ? "button" : type}
      disabled={disabled}
      aria-label={ariaLabel}
      data-slot="button"
      data-variant={variant}
      data-size={size}
      className={cn(
        "pf-button",
        `pf-button-variant-${variant}`,
        `pf-button-size-${size}`,
        BUTTON_BASE,
        FOCUS_RING,
        INVALID_RING,
        BUTTON_VARIANTS[variant] ?? BUTTON_VARIANTS.default,
        BUTTON_SIZES[size] ?? BUTTON_SIZES.default,
        cls(p),
      )}
      onClick={onClick}
    >
      {Icon === undefined ? <IconPlaceholder /> : Icon ? <Icon aria-hidden="true" /> : null}
      {iconOnly ? label.trim() ? <span className="sr-only">{label}</span> : null : label}
    </button>
  );
}
