/**
 * Reads the colour, font-size and weight utilities out of a `cssClass` string for one
 * theme. Only what contrast needs: `text-*` / `bg-*` colours (palette, white/black,
 * theme tokens, arbitrary `[#hex]`/`[oklch(…)]`, `/opacity`), `text-<size>`, `font-<weight>`,
 * and the `dark:` variant. Other variants (hover:, md:, focus:…) describe states or
 * breakpoints the static default does not show, so they are ignored.
 */
import { composite, oklchToRgb, parseCssColor, type Rgba } from "./colour.js";
import { PALETTE, PALETTE_SHADES } from "./palette.js";
import type { TokenMap } from "./theme.js";
import type { ThemeName } from "./types.js";

/** A colour utility: the class as written, and its colour (`undefined`: can't be known statically). */
export interface ColourClass {
  name: string;
  colour: Rgba | undefined;
}

export interface ClassStyle {
  text?: ColourClass;
  bg?: ColourClass;
  /** Font size in px from `text-<size>`. */
  fontPx?: number;
  /** Font weight from `font-<weight>`. */
  weight?: number;
}

const FONT_PX: Record<string, number> = {
  xs: 12,
  sm: 14,
  base: 16,
  lg: 18,
  xl: 20,
  "2xl": 24,
  "3xl": 30,
  "4xl": 36,
  "5xl": 48,
  "6xl": 60,
  "7xl": 72,
  "8xl": 96,
  "9xl": 128,
};

const WEIGHTS: Record<string, number> = {
  thin: 100,
  extralight: 200,
  light: 300,
  normal: 400,
  medium: 500,
  semibold: 600,
  bold: 700,
  extrabold: 800,
  black: 900,
};

/** `bg-*` utilities that paint an image: the colour under the text can't be known. */
const BG_IMAGE = /^(gradient-|linear-|radial-|conic-|\[url\()/;

/** Split `dark:hover:bg-x` into variants and utility, ignoring `:` inside `[…]`. */
function splitVariants(cls: string): { variants: string[]; utility: string } {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cls.length; i++) {
    const ch = cls[i];
    if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === ":" && depth === 0) {
      parts.push(cls.slice(start, i));
      start = i + 1;
    }
  }
  const utility = cls.slice(start).replace(/^!|!$/g, "");
  return { variants: parts, utility };
}

/** `emerald-500/50` → the colour, or null when the value is not a colour at all. */
function colourValue(value: string, tokens: TokenMap): Rgba | undefined | null {
  // The opacity modifier is the last `/` outside brackets (`[oklch(0.5 0 0 / 50%)]` has one inside).
  let base = value;
  let alpha = 1;
  let depth = 0;
  for (let i = value.length - 1; i > 0; i--) {
    const ch = value[i];
    if (ch === "]") depth++;
    else if (ch === "[") depth--;
    else if (ch === "/" && depth === 0) {
      base = value.slice(0, i);
      const a = value.slice(i + 1);
      const n = a.startsWith("[") ? Number(a.slice(1, -1)) : Number(a) / 100;
      if (!Number.isFinite(n)) return undefined;
      alpha = n;
      break;
    }
  }
  const withAlpha = (c: Rgba | undefined) => (c === undefined ? undefined : { ...c, a: c.a * alpha });

  if (base === "white" || base === "black" || base === "transparent") return withAlpha(parseCssColor(base));
  if (base === "inherit" || base === "current") return undefined;
  const m = /^([a-z]+)-(\d+)$/.exec(base);
  if (m) {
    const shades = PALETTE[m[1]!];
    const idx = PALETTE_SHADES.indexOf(Number(m[2]) as (typeof PALETTE_SHADES)[number]);
    if (shades && idx >= 0) {
      const [l, c, h] = shades[idx]!;
      return withAlpha(oklchToRgb(l / 100, c, h));
    }
  }
  if (tokens.has(base)) return withAlpha(tokens.get(base));
  if (base.startsWith("[") && base.endsWith("]")) {
    const inner = base
      .slice(1, -1)
      .replace(/_/g, " ")
      .replace(/^color:/, "");
    const parsed = parseCssColor(inner);
    if (parsed) return withAlpha(parsed);
    // `[var(--x)]` is a colour we can't resolve; `[14px]` is a size, not a colour.
    return inner.startsWith("var(") || inner.startsWith("color-mix(") ? undefined : null;
  }
  return null;
}

/** Whether a class string holds a `{{ }}` template: its classes are only known at render time. */
export const isTemplatedClass = (cssClass: string): boolean => cssClass.includes("{{");

/**
 * The style one node's classes give it in `theme`. Later classes win, and `dark:`
 * classes win over plain ones in the dark theme (Tailwind orders variants after bases).
 */
export function readClasses(cssClass: string, theme: ThemeName, tokens: TokenMap): ClassStyle {
  const base: ClassStyle = {};
  const dark: ClassStyle = {};
  for (const cls of cssClass.split(/\s+/)) {
    if (!cls) continue;
    const { variants, utility } = splitVariants(cls);
    let target: ClassStyle;
    if (variants.length === 0) target = base;
    else if (variants.length === 1 && variants[0] === "dark") {
      if (theme !== "dark") continue;
      target = dark;
    } else continue;

    if (utility.startsWith("text-")) {
      const value = utility.slice(5);
      const px = FONT_PX[value.split("/")[0]!];
      if (px !== undefined) {
        target.fontPx = px;
        continue;
      }
      const arbitrary = /^\[(\d+(?:\.\d+)?)(px|rem)\]$/.exec(value);
      if (arbitrary) {
        target.fontPx = Number(arbitrary[1]) * (arbitrary[2] === "rem" ? 16 : 1);
        continue;
      }
      const colour = colourValue(value, tokens);
      if (colour !== null) target.text = { name: cls, colour };
    } else if (utility.startsWith("bg-")) {
      const value = utility.slice(3);
      if (BG_IMAGE.test(value)) {
        target.bg = { name: cls, colour: undefined };
        continue;
      }
      const colour = colourValue(value, tokens);
      if (colour !== null) target.bg = { name: cls, colour };
    } else if (utility.startsWith("font-")) {
      const w = WEIGHTS[utility.slice(5)];
      if (w !== undefined) target.weight = w;
    }
  }
  return { ...base, ...dark };
}

/** Paint translucent layers (topmost first) over an opaque base. */
export function flatten(layers: readonly Rgba[], base: Rgba): Rgba {
  let out = base;
  for (let i = layers.length - 1; i >= 0; i--) out = composite(layers[i]!, out);
  return out;
}
