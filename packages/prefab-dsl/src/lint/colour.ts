/**
 * Just enough colour science for WCAG contrast: parse the CSS colour forms the
 * renderer's theme and Tailwind v4 use (oklch, hex, rgb, a few keywords), convert to
 * sRGB, composite alpha over a backdrop, and compute relative luminance and the
 * contrast ratio. No dependency: a colour library would be heavier than these formulas.
 */

/** A gamma-encoded sRGB colour, channels and alpha in 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = { r: 1, g: 1, b: 1, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** sRGB transfer function (linear light → gamma-encoded). */
function encode(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
}
/** Inverse sRGB transfer function (gamma-encoded → linear light). */
function decode(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * OKLCH → sRGB (Björn Ottosson's OKLab matrices). Out-of-gamut colours (Tailwind v4
 * shades are authored in P3) are clipped per channel in linear light, which is what
 * a browser on an sRGB display does closely enough for a contrast estimate.
 */
export function oklchToRgb(l: number, c: number, hDeg: number, alpha = 1): Rgba {
  const h = (hDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = l + 0.3963377774 * a + 0.2158037573 * b;
  const m_ = l - 0.1055613458 * a - 0.0638541728 * b;
  const s_ = l - 0.0894841775 * a - 1.291485548 * b;
  const L = l_ ** 3;
  const M = m_ ** 3;
  const S = s_ ** 3;
  const r = 4.0767416621 * L - 3.3077115913 * M + 0.2309699292 * S;
  const g = -1.2684380046 * L + 2.6097574011 * M - 0.3413193965 * S;
  const bl = -0.0041960863 * L - 0.7034186147 * M + 1.707614701 * S;
  return { r: encode(clamp01(r)), g: encode(clamp01(g)), b: encode(clamp01(bl)), a: clamp01(alpha) };
}

/** A CSS number that may be a percentage of `percentOf` (oklch L: 100% = 1). */
function cssNumber(token: string, percentOf: number): number | undefined {
  const t = token.trim();
  if (t === "none") return 0;
  const pct = t.endsWith("%");
  const n = Number(pct ? t.slice(0, -1) : t);
  if (!Number.isFinite(n)) return undefined;
  return pct ? (n / 100) * percentOf : n;
}

/** `a b c / d` or `a, b, c, d` → its number tokens (at most four). */
function functionArgs(body: string): { parts: string[]; alpha: string | undefined } {
  const [main = "", alpha] = body.split("/");
  const parts = main
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (alpha === undefined && parts.length === 4) return { parts: parts.slice(0, 3), alpha: parts[3] };
  return { parts, alpha: alpha?.trim() };
}

/**
 * Parse a CSS colour. Returns undefined for anything it cannot resolve statically
 * (`var()`, `color-mix()`, `currentColor`, named colours other than black/white):
 * the caller then skips the check instead of guessing.
 */
export function parseCssColor(input: string): Rgba | undefined {
  const s = input.trim().toLowerCase();
  if (s === "white") return WHITE;
  if (s === "black") return BLACK;
  if (s === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  if (s.startsWith("#")) {
    const hex = s.slice(1);
    if (!/^[0-9a-f]+$/.test(hex)) return undefined;
    const full =
      hex.length === 3 || hex.length === 4
        ? [...hex].map((ch) => ch + ch).join("")
        : hex.length === 6 || hex.length === 8
          ? hex
          : undefined;
    if (!full) return undefined;
    const byte = (i: number) => Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return { r: byte(0), g: byte(2), b: byte(4), a: full.length === 8 ? byte(6) : 1 };
  }
  const fn = /^(oklch|rgba?)\((.*)\)$/.exec(s);
  if (!fn) return undefined;
  const { parts, alpha } = functionArgs(fn[2] ?? "");
  if (parts.length !== 3) return undefined;
  const a = alpha === undefined ? 1 : cssNumber(alpha, 1);
  if (a === undefined) return undefined;
  if (fn[1] === "oklch") {
    const [l, c, h] = [
      cssNumber(parts[0]!, 1),
      cssNumber(parts[1]!, 0.4),
      cssNumber(parts[2]!.replace(/deg$/, ""), 1),
    ];
    if (l === undefined || c === undefined || h === undefined) return undefined;
    return oklchToRgb(l, c, h, a);
  }
  const [r, g, b] = parts.map((p) => cssNumber(p, 255));
  if (r === undefined || g === undefined || b === undefined) return undefined;
  return { r: clamp01(r / 255), g: clamp01(g / 255), b: clamp01(b / 255), a: clamp01(a) };
}

/**
 * Paint `top` over `bottom` (source-over, in gamma-encoded sRGB as browsers blend).
 * The result is opaque when `bottom` is.
 */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance(c: Rgba): number {
  return 0.2126 * decode(c.r) + 0.7152 * decode(c.g) + 0.0722 * decode(c.b);
}

/**
 * WCAG contrast ratio (1..21) of `fg` text on an opaque `bg`. A translucent `fg` is
 * first composited over the background, as it would be painted.
 */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const text = fg.a < 1 ? composite(fg, bg) : fg;
  const l1 = relativeLuminance(text);
  const l2 = relativeLuminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** `#rrggbb`, for messages and tests. */
export function toHex(c: Rgba): string {
  const h = (x: number) =>
    Math.round(clamp01(x) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}
