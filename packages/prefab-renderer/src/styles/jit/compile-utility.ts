/**
 * A deliberately small Tailwind-compatible compiler for author classes that the
 * precompiled set (safelist.css) lacks: arbitrary values (`w-[350px]`,
 * `bg-[#1e293b]`, `grid-cols-[2fr_1fr]`), spacing steps outside the safelist
 * (`p-13`), palette colours with opacity (`bg-red-500/40`), with the `hover:`,
 * `focus:`, `dark:` and `sm:`–`2xl:` variants. It returns null for anything else
 * — never guesses. Values are sanitised: no `;{}`, `url(`, `expression(`, `@`.
 */

import { paletteColor } from "./palette.js";

const SPACING: Record<string, string[]> = {
  p: ["padding"],
  px: ["padding-inline"],
  py: ["padding-block"],
  pt: ["padding-top"],
  pr: ["padding-right"],
  pb: ["padding-bottom"],
  pl: ["padding-left"],
  m: ["margin"],
  mx: ["margin-inline"],
  my: ["margin-block"],
  mt: ["margin-top"],
  mr: ["margin-right"],
  mb: ["margin-bottom"],
  ml: ["margin-left"],
  gap: ["gap"],
  "gap-x": ["column-gap"],
  "gap-y": ["row-gap"],
  w: ["width"],
  h: ["height"],
  size: ["width", "height"],
  "min-w": ["min-width"],
  "min-h": ["min-height"],
  "max-w": ["max-width"],
  "max-h": ["max-height"],
  top: ["top"],
  right: ["right"],
  bottom: ["bottom"],
  left: ["left"],
  inset: ["inset"],
};

const COLOR_PROPS: Record<string, string> = {
  bg: "background-color",
  text: "color",
  border: "border-color",
  fill: "fill",
  stroke: "stroke",
  ring: "--tw-ring-color",
  outline: "outline-color",
};

const SIMPLE_ARBITRARY: Record<string, string> = {
  rounded: "border-radius",
  leading: "line-height",
  tracking: "letter-spacing",
  z: "z-index",
  opacity: "opacity",
  "font-weight": "font-weight",
  basis: "flex-basis",
  "grid-rows": "grid-template-rows",
  aspect: "aspect-ratio",
};

const BREAKPOINTS: Record<string, string> = {
  sm: "40rem",
  md: "48rem",
  lg: "64rem",
  xl: "80rem",
  "2xl": "96rem",
};

/** Theme colours of styles/index.css (`--color-<name>`), for `/opacity` forms the safelist does not precompile. */
const TOKENS = new Set(
  "background foreground card card-foreground popover popover-foreground primary primary-foreground secondary secondary-foreground muted muted-foreground accent accent-foreground destructive destructive-foreground success success-foreground warning warning-foreground info info-foreground border input ring".split(
    " ",
  ),
);

const SAFE_VALUE = /^[^;{}@\\<>"']*$/;

function cleanValue(raw: string): string | null {
  const v = raw.replace(/_/g, " ").trim();
  if (!v || !SAFE_VALUE.test(v) || /url\s*\(|expression\s*\(|image-set|@import/i.test(v)) return null;
  return v;
}

const isColor = (v: string) =>
  /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch|color-mix)\(|var\(--)/i.test(v);
const isLength = (v: string) =>
  /^-?[\d.]+(px|rem|em|%|vh|vw|dvh|svh|ch|ex|fr)?$|^(calc|min|max|clamp)\(|^var\(--/i.test(v);

/** CSS declarations for the utility part (no variants), or null. */
function declarations(utility: string): string | null {
  const neg = utility.startsWith("-");
  const u = neg ? utility.slice(1) : utility;

  // prop-[value]
  const arb = /^([a-z-]+?)-\[(.+)\]$/.exec(u);
  if (arb) {
    const [, prop, raw] = arb as unknown as [string, string, string];
    const value = cleanValue(raw);
    if (!value) return null;
    const signed = neg ? `calc(${value} * -1)` : value;
    if (SPACING[prop]) return SPACING[prop].map((p) => `${p}:${signed}`).join(";");
    if (prop === "grid-cols") return `grid-template-columns:${value}`;
    if (SIMPLE_ARBITRARY[prop]) return `${SIMPLE_ARBITRARY[prop]}:${value}`;
    if (prop === "text")
      return isColor(value) ? `color:${value}` : isLength(value) ? `font-size:${value}` : null;
    if (prop === "border")
      return isColor(value) ? `border-color:${value}` : isLength(value) ? `border-width:${value}` : null;
    if (COLOR_PROPS[prop] && isColor(value)) return `${COLOR_PROPS[prop]}:${value}`;
    return null;
  }

  // spacing steps: p-13, -mt-7, w-72.5
  const step = /^([a-z-]+?)-(\d+(?:\.\d+)?)$/.exec(u);
  if (step && SPACING[step[1]!]) {
    const value = `calc(var(--spacing) * ${neg ? "-" : ""}${step[2]})`;
    return SPACING[step[1]!]!.map((p) => `${p}:${value}`).join(";");
  }

  // palette colours with optional opacity: bg-red-500, text-sky-700/50
  const col = /^([a-z]+)-([a-z]+)-(50|[1-9]00|950)(?:\/(\d{1,3}))?$/.exec(u);
  const colBase = col && COLOR_PROPS[col[1]!] ? paletteColor(col[2]!, col[3]!) : null;
  if (col && colBase) {
    const base = colBase;
    const value = col[4]
      ? `color-mix(in oklab, ${base} ${Math.min(100, Number(col[4]))}%, transparent)`
      : base;
    return `${COLOR_PROPS[col[1]!]}:${value}`;
  }

  // gradient stops (Tailwind v4's own declarations): from-blue-500, via-rose-300/50, to-sky-100
  const stop = /^(from|via|to)-([a-z]+)-(50|[1-9]00|950)(?:\/(\d{1,3}))?$/.exec(u);
  const stopBase = stop ? paletteColor(stop[2]!, stop[3]!) : null;
  if (stop && stopBase) {
    const base = stopBase;
    const color = stop[4]
      ? `color-mix(in oklab, ${base} ${Math.min(100, Number(stop[4]))}%, transparent)`
      : base;
    const pos = (k: string) => `var(--tw-gradient-${k}) var(--tw-gradient-${k}-position)`;
    if (stop[1] === "via") {
      const stops = `var(--tw-gradient-position), ${pos("from")}, ${pos("via")}, ${pos("to")}`;
      return `--tw-gradient-via:${color};--tw-gradient-via-stops:${stops};--tw-gradient-stops:var(--tw-gradient-via-stops)`;
    }
    const stops = `var(--tw-gradient-via-stops,var(--tw-gradient-position), ${pos("from")}, ${pos("to")})`;
    return `--tw-gradient-${stop[1]}:${color};--tw-gradient-stops:${stops}`;
  }

  // semantic tokens with opacity beyond the precompiled ones: text-primary/40, ring-destructive/30
  const token = /^([a-z]+)-([a-z]+(?:-foreground)?)\/(\d{1,3})$/.exec(u);
  if (token && COLOR_PROPS[token[1]!] && TOKENS.has(token[2]!)) {
    const value = `color-mix(in oklab, var(--color-${token[2]}) ${Math.min(100, Number(token[3]))}%, transparent)`;
    return `${COLOR_PROPS[token[1]!]}:${value}`;
  }

  // grid-cols-N beyond the safelist
  const grid = /^grid-cols-(\d{1,2})$/.exec(u);
  if (grid) return `grid-template-columns:repeat(${grid[1]}, minmax(0, 1fr))`;
  return null;
}

const escapeClass = (c: string) => c.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);

/** A full CSS rule for one class name (variants included), or null when unsupported. */
export function compileUtility(className: string): string | null {
  const parts = className.split(":");
  const utility = parts.pop()!;
  const decls = declarations(utility);
  if (!decls) return null;
  let selector = `.${escapeClass(className)}`;
  const wrappers: string[] = [];
  for (const variant of parts) {
    if (variant === "hover") selector += ":hover";
    else if (variant === "focus") selector += ":focus";
    else if (variant === "focus-visible") selector += ":focus-visible";
    else if (variant === "active") selector += ":active";
    else if (variant === "disabled") selector += ":disabled";
    else if (variant === "dark") selector = `:where(.dark, .dark *)${selector}`;
    else if (variant === "group-hover") selector = `.group:hover ${selector}`;
    else if (BREAKPOINTS[variant]) wrappers.push(`@media (width >= ${BREAKPOINTS[variant]})`);
    else return null;
  }
  let rule = `${selector}{${decls}}`;
  for (const w of wrappers.reverse()) rule = `${w}{${rule}}`;
  return rule;
}
