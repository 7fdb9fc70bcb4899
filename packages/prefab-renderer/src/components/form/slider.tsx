/** Slider (Radix): one value or a `[low, high]` range, variants, sizes, vertical, bar handles. */
import { Slider as SliderPrimitive } from "radix-ui";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import { useBound } from "../use-bound.js";
import { cls, idOf, nameOf, type P, useControlFlags } from "./shared.js";

const RANGE_COLORS: Record<string, string> = {
  default: "bg-primary",
  success: "bg-success",
  warning: "bg-warning",
  destructive: "bg-destructive",
  info: "bg-info",
  muted: "bg-muted-foreground",
};
const THUMB_BORDERS: Record<string, string> = {
  default: "border-primary",
  success: "border-success",
  warning: "border-warning",
  destructive: "border-destructive",
  info: "border-info",
  muted: "border-muted-foreground",
};

const TRACK_H: Record<string, string> = { sm: "h-1 w-full", default: "h-1.5 w-full", lg: "h-2.5 w-full" };
const TRACK_V: Record<string, string> = { sm: "h-full w-1", default: "h-full w-1.5", lg: "h-full w-2.5" };

/** Numbers of a wire value: a number, an array, or a string (a number or a JSON array). */
export function sliderValues(raw: unknown, range: boolean, min: number, max: number): number[] {
  let v = raw;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      v = undefined;
    }
  }
  const nums = (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
    .map((x) => asNumber(x, Number.NaN))
    .filter((n) => Number.isFinite(n));
  if (range) {
    if (nums.length >= 2) return [Math.min(nums[0]!, nums[1]!), Math.max(nums[0]!, nums[1]!)];
    return nums.length === 1 ? [nums[0]!, max] : [min, max];
  }
  return [nums[0] ?? min];
}

export function Slider(p: P) {
  const bound = useBound(nameOf(p), p.props.value, { emit: p.emit });
  const flags = useControlFlags(p);
  const min = asNumber(p.props.min, 0);
  const max = Math.max(asNumber(p.props.max, 100), min);
  const step = asNumber(p.props.step, 1) > 0 ? asNumber(p.props.step, 1) : 1;
  const range = asBool(p.props.range);
  const values = sliderValues(bound.value, range, min, max);
  const variant = asString(p.props.variant, "default") || "default";
  const size = p.props.size === "sm" || p.props.size === "lg" ? p.props.size : "default";
  const vertical = p.props.orientation === "vertical";
  const bar = p.props.handleStyle === "bar";
  const name = bound.name;
  const thumbLabel = (i: number) =>
    range ? `${name ?? "Value"} ${i === 0 ? "minimum" : "maximum"}` : (name ?? "Value");

  const track = vertical ? TRACK_V[size] : TRACK_H[size];
  const thumb = bar
    ? vertical
      ? size === "sm"
        ? "h-1.5 w-4"
        : size === "lg"
          ? "h-2.5 w-6"
          : "h-2 w-5"
      : size === "sm"
        ? "h-4 w-1.5"
        : size === "lg"
          ? "h-6 w-2.5"
          : "h-5 w-2"
    : size === "lg"
      ? "size-4"
      : "size-3";

  return (
    <SliderPrimitive.Root
      id={idOf(p)}
      data-slot="slider"
      data-variant={variant}
      min={min}
      max={max}
      step={step}
      value={values}
      onValueChange={(next) => bound.set(range ? [next[0]!, next[1]!] : next[0]!)}
      disabled={flags.disabled}
      orientation={vertical ? "vertical" : "horizontal"}
      minStepsBetweenThumbs={0}
      className={cn(
        "pf-slider",
        `pf-slider-variant-${variant}`,
        `pf-slider-size-${size}`,
        "relative flex w-full touch-none items-center select-none data-[disabled]:opacity-50 data-[orientation=vertical]:h-full data-[orientation=vertical]:min-h-44 data-[orientation=vertical]:w-auto data-[orientation=vertical]:flex-col",
        cls(p),
      )}
    >
      <SliderPrimitive.Track
        data-slot="slider-track"
        className={cn("pf-slider-track relative grow overflow-hidden rounded-full bg-muted", track)}
      >
        <SliderPrimitive.Range
          data-slot="slider-range"
          className={cn(
            "pf-slider-range absolute data-[orientation=horizontal]:h-full data-[orientation=vertical]:w-full",
            RANGE_COLORS[variant] ?? RANGE_COLORS.default,
            asOptString(p.props.indicatorClass),
          )}
        />
      </SliderPrimitive.Track>
      {values.map((_, i) => (
        <SliderPrimitive.Thumb
          key={i}
          data-slot="slider-thumb"
          aria-label={thumbLabel(i)}
          className={cn(
            // A 12px thumb like the original; the ::after keeps a 28px hit area.
            "pf-slider-thumb relative block shrink-0 cursor-grab border bg-white ring-ring/50 transition-[color,box-shadow] after:absolute after:-inset-2 after:content-[''] hover:ring-4 focus-visible:ring-4 focus-visible:outline-hidden disabled:pointer-events-none disabled:opacity-50",
            bar ? "rounded-sm" : "rounded-full",
            thumb,
            THUMB_BORDERS[variant] ?? THUMB_BORDERS.default,
            asOptString(p.props.handleClass),
          )}
        />
      ))}
    </SliderPrimitive.Root>
  );
}
