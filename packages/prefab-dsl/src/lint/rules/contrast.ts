/**
 * a11y-contrast: custom text colours must stay readable. Checked where an author chose a
 * colour in `cssClass`:
 * - a node with a text colour (`text-white`, `text-gray-400`, `text-muted-foreground`…),
 *   measured against the background it actually sits on: its own `bg-*`, else the
 *   nearest ancestor's `bg-*` or component surface (Card, Button variant…), else the
 *   theme's page background;
 * - a node with a background colour under a text colour set by an ancestor.
 * A background the author left to the theme under default text is the theme's business,
 * not the author's, so it is not checked. Anything not knowable statically (templates in
 * `cssClass`, inline `style` colours, gradients, `var()` values, tokens the envelope
 * overrides with CSS) makes the check skip rather than guess.
 * Thresholds are WCAG 2.x AA: 4.5:1, or 3:1 for large text (24px+, or 18px+ bold).
 */

import { isObject } from "../../protocol/json.js";
import { type ColourClass, flatten, isTemplatedClass, readClasses } from "../classes.js";
import { contrastRatio, oklchToRgb, type Rgba } from "../colour.js";
import { PALETTE, PALETTE_SHADES } from "../palette.js";
import type { TokenMap } from "../theme.js";
import type { LintContext, LintRule, ThemeName } from "../types.js";
import { isTemplated, type LintNode, str } from "../walk.js";

/** `undefined`: nothing painted here; `null`: painted with something we can't know. */
type Paint = ColourClass | undefined | null;

const BUTTON_BG: Record<string, string | undefined> = {
  default: "primary",
  destructive: "destructive",
  secondary: "secondary",
  success: "success",
  warning: "warning",
  info: "info",
  outline: "background",
  ghost: undefined,
  link: undefined,
};
/** Components that paint a themed surface (renderer classes: bg-card, bg-popover, bg-muted). */
const SURFACES: Record<string, string> = {
  Card: "card",
  Alert: "card",
  Dialog: "popover",
  Popover: "popover",
  HoverCard: "popover",
  Code: "muted",
  Kbd: "muted",
};
/** Components that set their own text colour, so an ancestor's `text-*` does not reach inside. */
const OWN_TEXT_COLOUR = new Set([
  "Card",
  "Alert",
  "Button",
  "Badge",
  "Muted",
  "CardDescription",
  "FieldDescription",
  "Kbd",
  "Dialog",
  "Popover",
  "HoverCard",
  "Code",
]);

const token = (tokens: TokenMap, name: string, label: string): Paint => {
  const colour = tokens.get(name);
  return colour ? { name: label, colour } : null;
};

function surface(node: LintNode, theme: ThemeName, tokens: TokenMap): Paint {
  if (node.type === "Button") {
    const variant = str(node, "variant") ?? "default";
    if (isTemplated(node, "variant") || !(variant in BUTTON_BG)) return null;
    // Dark outline buttons are a translucent input tint: not worth modelling.
    if (variant === "outline" && theme === "dark") return null;
    const bg = BUTTON_BG[variant];
    return bg === undefined ? undefined : token(tokens, bg, `the ${variant} Button background`);
  }
  // Badge variants and code spans are small tinted chips; we don't model them.
  if (node.type === "Badge") return null;
  if (node.type === "Span" && node.props.code === true) return token(tokens, "muted", "the code background");
  const name = SURFACES[node.type];
  return name ? token(tokens, name, `the ${node.type} background`) : undefined;
}

/** An inline `style` that sets a background or colour hides what we'd measure. */
function styleSets(node: LintNode, what: "background" | "color"): boolean {
  const style = node.props.style;
  if (!isObject(style)) return false;
  return Object.keys(style).some((k) => {
    const key = k.toLowerCase().replace(/-/g, "");
    return what === "background" ? key.startsWith("background") : key === "color";
  });
}

function classesOf(node: LintNode, theme: ThemeName, tokens: TokenMap) {
  const cls = str(node, "cssClass");
  if (cls === undefined) return {};
  if (isTemplatedClass(cls)) return null;
  return readClasses(cls, theme, tokens);
}

/** The opaque colour behind `node`'s text, and how to name it. */
function backgroundOf(
  node: LintNode,
  theme: ThemeName,
  tokens: TokenMap,
): { colour: Rgba; label: string } | undefined {
  const layers: Rgba[] = [];
  let label: string | undefined;
  for (let n: LintNode | undefined = node; n; n = n.parent) {
    if (styleSets(n, "background")) return undefined;
    const style = classesOf(n, theme, tokens);
    if (style === null) return undefined;
    const paint: Paint = style.bg ?? surface(n, theme, tokens);
    if (paint === null || (paint && !paint.colour)) return undefined;
    if (paint?.colour && paint.colour.a > 0) {
      label ??= paint.name;
      layers.push(paint.colour);
      if (paint.colour.a >= 1) return { colour: flatten(layers.slice(0, -1), paint.colour), label };
    }
  }
  const page = tokens.get("background");
  if (!page) return undefined;
  return { colour: flatten(layers, page), label: label ?? `the ${theme} page background` };
}

/** The author-chosen text colour in effect at `node`: own, or inherited; null when unknowable. */
function textColourOf(node: LintNode, theme: ThemeName, tokens: TokenMap): ColourClass | undefined | null {
  for (let n: LintNode | undefined = node; n; n = n.parent) {
    if (styleSets(n, "color")) return null;
    const style = classesOf(n, theme, tokens);
    if (style === null) return null;
    if (style.text) return style.text;
    if (n !== node && OWN_TEXT_COLOUR.has(n.type)) return undefined;
  }
  return undefined;
}

const HEADING_FONT: Record<number, [px: number, weight: number]> = {
  1: [36, 800],
  2: [30, 600],
  3: [24, 600],
  4: [20, 600],
};
function defaultFont(node: LintNode): [px: number | undefined, weight: number | undefined] {
  const m = /^H([1-4])$/.exec(node.type);
  if (m) return HEADING_FONT[Number(m[1])]!;
  if (node.type === "Heading") {
    const level = typeof node.props.level === "number" ? node.props.level : 1;
    return HEADING_FONT[level] ?? [undefined, undefined];
  }
  if (node.type === "Lead") return [20, undefined];
  if (node.type === "Large") return [18, 600];
  return [undefined, undefined];
}

/** WCAG "large text": 18pt (24px), or 14pt (≈18.7px) bold; `text-lg` (18px) bold is accepted as large. */
function isLarge(node: LintNode, theme: ThemeName, tokens: TokenMap): boolean {
  let px: number | undefined;
  let weight: number | undefined;
  for (let n: LintNode | undefined = node; n && (px === undefined || weight === undefined); n = n.parent) {
    const style = classesOf(n, theme, tokens) ?? {};
    const [dpx, dweight] = defaultFont(n);
    px ??= style.fontPx ?? dpx;
    weight ??= style.weight ?? (n.props.bold === true ? 700 : dweight);
  }
  return (px ?? 16) >= 24 || ((px ?? 16) >= 18 && (weight ?? 400) >= 700);
}

interface Measure {
  theme: ThemeName;
  fg: ColourClass & { colour: Rgba };
  bg: { colour: Rgba; label: string };
  ratio: number;
}

const fixed = (r: number) => (Math.floor(r * 100) / 100).toFixed(2);

/** For a plain palette background (`bg-emerald-500`), the nearest shade that passes. */
function suggestShade(m: Measure, min: number): string | undefined {
  const match = /^bg-([a-z]+)-(\d+)$/.exec(m.bg.label);
  if (!match) return undefined;
  const shades = PALETTE[match[1]!];
  const at = PALETTE_SHADES.indexOf(Number(match[2]) as (typeof PALETTE_SHADES)[number]);
  if (!shades || at < 0) return undefined;
  let best: { i: number; ratio: number } | undefined;
  for (let i = 0; i < shades.length; i++) {
    const [l, c, h] = shades[i]!;
    const ratio = contrastRatio(m.fg.colour, oklchToRgb(l / 100, c, h));
    if (ratio >= min && (!best || Math.abs(i - at) < Math.abs(best.i - at))) best = { i, ratio };
  }
  return best ? `bg-${match[1]}-${PALETTE_SHADES[best.i]} gives ${fixed(best.ratio)}:1` : undefined;
}

function check(node: LintNode, ctx: LintContext): void {
  const measures: Measure[] = [];
  let min = 4.5;
  for (const theme of ctx.themes) {
    const tokens = ctx.tokens[theme];
    const own = classesOf(node, theme, tokens);
    if (!own || (!own.text && !own.bg)) continue;
    const fg = textColourOf(node, theme, tokens);
    if (!fg?.colour) continue;
    const bg = backgroundOf(node, theme, tokens);
    if (!bg) continue;
    min = isLarge(node, theme, tokens) ? 3 : 4.5;
    const ratio = contrastRatio(fg.colour, bg.colour);
    if (ratio < min) measures.push({ theme, fg: { name: fg.name, colour: fg.colour }, bg, ratio });
  }
  if (measures.length === 0) return;

  const size = min === 3 ? "large text" : "normal text";
  const first = measures[0]!;
  const same =
    measures.length === ctx.themes.length &&
    measures.every(
      (m) =>
        m.fg.name === first.fg.name && m.bg.label === first.bg.label && fixed(m.ratio) === fixed(first.ratio),
    );
  const what = same
    ? `${first.fg.name} on ${first.bg.label} is ${fixed(first.ratio)}:1`
    : measures
        .map((m) => `${m.fg.name} on ${m.bg.label} is ${fixed(m.ratio)}:1 in the ${m.theme} theme`)
        .join("; ");
  const suggestion = suggestShade(first, min);
  ctx.report(
    "a11y-contrast",
    node,
    `low contrast: ${what}, below the ${min}:1 WCAG AA minimum for ${size}${suggestion ? ` (${suggestion})` : ""}`,
  );
}

export const contrast: LintRule = { code: "a11y-contrast", check };
