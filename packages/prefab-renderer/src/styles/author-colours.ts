/**
 * Accessible author colours. An author who paints a node with a palette background
 * (`cssClass: "bg-emerald-500 text-white"`, or just `bg-emerald-500` on a Button whose own text is
 * the theme's primary-foreground) gets text that is readable on it: when the resulting text colour
 * is below WCAG AA (4.5:1) against that background, the renderer substitutes one that passes.
 *
 * - Explicit palette text (`text-{hue}-{shade}`, `text-white`, `text-black`, `text-[#hex]`) that passes is
 *   kept. If it fails, the nearest shade of the same hue that passes on the same side (lighter or darker than
 *   the background) replaces it, else the better of near-white / near-black (the default theme's
 *   `neutral-50` / `neutral-950`), else pure white / black (one of them always reaches 4.58:1).
 * - No text colour on a node with its own background: the better of near-white / near-black is appended, so
 *   the text is readable in both themes (the background does not change with the theme, the inherited
 *   foreground does) and whatever colour the component would have used (primary-foreground…) is replaced.
 * - Descendants: the background is passed down through transparent nodes (layout and text views), so a
 *   `Text` with `text-white` inside a `Div` with `bg-emerald-500` is checked against emerald. A view that
 *   paints its own surface (Card, Badge, Alert, inputs, overlays…) or an unknown background (theme tokens,
 *   `/opacity`, gradients) ends that: below it nothing is changed. A node with a fill marks that static
 *   subtree when it renders (before its children), keyed by the envelope's node objects: no context and no
 *   prop threading through the interpreter.
 * - An author who styles both themes (`dark:bg-…` / `dark:text-…`) is left alone.
 *
 * Everything is static: a compact table holds, per palette shade, its relative luminance on a log scale
 * (no DOM measurement, no palette parsing), and nodes without author colour classes pay a `typeof` check.
 * The substitutes `text-neutral-50` / `text-neutral-950` / `text-white` / `text-black` are precompiled
 * (safelist.css); a same-hue shade is compiled lazily like any palette class. `prefab lint` (the contrast
 * rule) still warns the author about the original pair.
 */
const SHADES = ["50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"];

/**
 * Per hue, 11 shades × 2 base-36 digits: `round(1295 · log21((Y + 0.05) / 0.05))`, Y = relative luminance
 * of the Tailwind v4 shade (jit/palette.ts, gamut-clipped to sRGB). On that scale the WCAG contrast ratio of
 * two colours is `21 ^ (|a − b| / 1295)`. author-colours.test.ts recomputes it from the palette.
 */
const LUMA: Record<string, string> = {
  red: "yxxmvls9nfk5hje0av8p34",
  orange: "zaydwdtopqnfkvgfce9h3h",
  amber: "zkypxdvmtlqym9gucr9w3z",
  yellow: "zkz5y6wouosbnah5d7af4c",
  lime: "zlz0y5wuuxs2mrh2cwae4a",
  green: "zgyvxqw0t7qjm6h3cu9x42",
  emerald: "zdyhx2v2s7pbkng4c1953v",
  teal: "ziylx9vfsmpjkng2c49f4e",
  cyan: "ziynxevnszptkugbck9v5c",
  sky: "z8ycwmtyqro6jkf3c59f4v",
  blue: "yyxnvtsyojkcgddaa88b47",
  indigo: "yoxiv9rqmji0dzbb8o7537",
  violet: "ywxxw3snnlihf1ci9t7m3r",
  purple: "z5y0wbt5nvj9frcva67p3y",
  fuchsia: "z5y6w9t7orl2hteaax8o43",
  pink: "yxy2w4swnzkwi3f0bk953x",
  rose: "yvxtvws9nkkci6epbj983h",
  slate: "zgywxivbokhjc28d491x0h",
  gray: "zhyuxhvfoohdc38f48200i",
  zinc: "zhyux6vdokhdbt8842200n",
  neutral: "zhyyx9vcoqhmbp8b3w1w0p",
  stone: "zhyyxavaoqhfby8g3u260q",
  mauve: "zhylx8v3orgqbc7u3l200p",
  olive: "zlytxkvqq0ivd59i4k2j0u",
  mist: "zjyqxdvfpfhxcc8q45290r",
  taupe: "ziylx8v8oxh3bl823t230q",
};

/** Scale units per 1× of contrast exponent (see LUMA). */
const UNITS = 1295;
/**
 * The ratio to reach: WCAG AA for normal text (4.5:1) plus a little margin, because browsers and axe map
 * out-of-gamut oklch colours to sRGB in slightly different ways.
 */
const MIN_RATIO = 4.6;
const NEED = (Math.log(MIN_RATIO) / Math.log(21)) * UNITS;
const WHITE = UNITS;
const BLACK = 0;

/** A background luminance on the LUMA scale. */
export type Surface = number;

const paletteCodes = new Map<string, number[]>();
function shadeCode(hue: string, shade: string): number | undefined {
  if (!Object.hasOwn(LUMA, hue)) return undefined;
  let codes = paletteCodes.get(hue);
  if (!codes) {
    const row = LUMA[hue]!;
    codes = SHADES.map((_, i) => Number.parseInt(row.slice(i * 2, i * 2 + 2), 36));
    paletteCodes.set(hue, codes);
  }
  const i = SHADES.indexOf(shade);
  return i >= 0 ? codes[i] : undefined;
}

const toCode = (y: number) => Math.round((Math.log((y + 0.05) / 0.05) / Math.log(21)) * UNITS);
const fromCode = (c: number) => 0.05 * 21 ** (c / UNITS) - 0.05;
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const encode = (y: number) => (y <= 0.0031308 ? 12.92 * y : 1.055 * y ** (1 / 2.4) - 0.055);

/** `#rgb` / `#rrggbb` → LUMA code. */
function hexCode(hex: string): number | undefined {
  const h = hex.length === 3 ? hex.replace(/./g, "$&$&") : hex;
  if (!/^[0-9a-f]{6}$/i.test(h)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => linear(Number.parseInt(h.slice(i, i + 2), 16) / 255));
  return toCode(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
}

/** Text at `alpha` over `bg`, blended as grey of the same luminance (an estimate; MIN_RATIO has margin). */
function blend(text: number, bg: number, alpha: number): number {
  const mix = alpha * encode(fromCode(text)) + (1 - alpha) * encode(fromCode(bg));
  return toCode(linear(mix));
}

const passes = (a: number, b: number) => Math.abs(a - b) >= NEED;

interface Colour {
  /** LUMA code (opaque colour). */
  code: number;
  /** Palette hue and shade index, for a same-hue substitute. */
  hue?: string;
  shade?: number;
  /** 0–1 from `/50`. */
  alpha: number;
}

const THEME_TOKEN =
  /^(?:primary|secondary|muted|accent|destructive|success|warning|info|card|popover|background|foreground|border|input|ring)(?:-foreground)?(?:\/\d+)?$/;

/**
 * `emerald-500`, `white/80`, `[#0f172a]` → a colour; `"unknown"` for a colour we cannot place statically
 * (theme tokens, other arbitrary values, `current`, `inherit`); undefined for a non-colour utility.
 */
function colourOf(value: string, kind: "bg" | "text"): Colour | "unknown" | undefined {
  const m = /^([a-z]+)(?:-(\d+))?(?:\/(\d+))?$/.exec(value);
  if (m) {
    const [, name, shade, pct] = m;
    const alpha = pct === undefined ? 1 : Math.min(100, Number(pct)) / 100;
    if (shade === undefined) {
      if (name === "white") return { code: WHITE, alpha };
      if (name === "black") return { code: BLACK, alpha };
      if (name === "transparent") return kind === "text" ? "unknown" : undefined;
      if (name === "current" || name === "inherit") return "unknown";
    } else {
      const code = shadeCode(name!, shade);
      if (code !== undefined) return { code, hue: name!, shade: SHADES.indexOf(shade), alpha };
    }
  }
  if (THEME_TOKEN.test(value)) return "unknown";
  const arbitrary = /^\[(?:color:)?(.+)\]$/.exec(value);
  if (arbitrary) {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(arbitrary[1]!);
    if (hex) return { code: hexCode(hex[1]!)!, alpha: 1 };
    // `text-[14px]` is a size, `bg-[url(…)]` an image: only colour-looking values count.
    return /^(?:#|rgb|hsl|oklch|oklab|lab|lch|color|var\()/.test(arbitrary[1]!) ? "unknown" : undefined;
  }
  if (kind === "bg" && /^(?:gradient|linear|radial|conic)-/.test(value)) return "unknown";
  return undefined;
}

/** Lighter first (near-white), as on the theme: `neutral-50` / `neutral-950`, then `white` / `black`. */
const NEAR = [
  { cls: "text-neutral-50", code: 0 },
  { cls: "text-neutral-950", code: 0 },
];
function nearCodes(): typeof NEAR {
  if (NEAR[0]!.code === 0) {
    NEAR[0]!.code = shadeCode("neutral", "50")!;
    NEAR[1]!.code = shadeCode("neutral", "950")!;
  }
  return NEAR;
}

/** The readable neutral foreground for a background: near-white or near-black, else white or black. */
export function readableNeutral(bg: Surface): string {
  const [light, dark] = nearCodes();
  const near = light!.code - bg > bg - dark!.code ? light! : dark!;
  if (passes(near.code, bg)) return near.cls;
  return WHITE - bg > bg - BLACK ? "text-white" : "text-black";
}

/** A text colour that passes on `bg`: the same hue moved away from the background, else a neutral. */
function substitute(text: Colour, bg: Surface): string {
  if (text.hue !== undefined && text.shade !== undefined) {
    const step = text.code > bg ? -1 : 1; // lighter shades have lower indices
    for (let i = text.shade + step; i >= 0 && i < SHADES.length; i += step) {
      const code = shadeCode(text.hue, SHADES[i]!)!;
      if (passes(code, bg)) return `text-${text.hue}-${SHADES[i]}`;
    }
  }
  return readableNeutral(bg);
}

interface Parsed {
  tokens: string[];
  /** Index of the last base (unprefixed) background colour / text colour token. */
  bg: number;
  text: number;
  bgColour: Colour | "unknown" | undefined;
  textColour: Colour | "unknown" | undefined;
  /** The author styles the dark theme themselves. */
  darkVariant: boolean;
}

function parse(classes: string): Parsed {
  const tokens = classes.split(/\s+/).filter(Boolean);
  const p: Parsed = {
    tokens,
    bg: -1,
    text: -1,
    bgColour: undefined,
    textColour: undefined,
    darkVariant: false,
  };
  tokens.forEach((t, i) => {
    if (t.includes(":")) {
      if (/(?:^|:)dark:(?:bg|text)-/.test(t)) p.darkVariant = true;
      return;
    }
    const m = /^!?(bg|text)-(.+?)!?$/.exec(t);
    if (!m) return;
    const colour = colourOf(m[2]!, m[1] as "bg" | "text");
    if (colour === undefined) return;
    if (m[1] === "bg") {
      p.bg = i;
      p.bgColour = colour;
    } else {
      p.text = i;
      p.textColour = colour;
    }
  });
  return p;
}

/** The opaque background a class string paints, `"unknown"` for one we cannot place, else undefined. */
export function authorBackground(classes: string | undefined): Surface | "unknown" | undefined {
  if (!classes?.includes("bg-")) return undefined;
  const p = parse(classes);
  if (p.darkVariant) return "unknown";
  const bg = p.bgColour;
  if (bg === undefined || bg === "unknown") return bg;
  return bg.alpha < 1 ? "unknown" : bg.code;
}

/**
 * The author's class string with a readable text colour for the background it paints, or for `surface`
 * (the background of the nearest ancestor that painted one) when it paints none. `ownForeground`: the
 * component sets its own text colour (Muted, Link…) instead of inheriting it, so on an ancestor's background
 * it needs one too. Returns `classes` itself when nothing changes.
 */
export function readableClasses(
  classes: string | undefined,
  surface?: Surface,
  ownForeground = false,
): string | undefined {
  const str = classes ?? "";
  if (surface === undefined && !str.includes("bg-")) return classes;
  const p = parse(str);
  if (p.darkVariant) return classes;
  let bg: Surface;
  const own = p.bgColour;
  if (own !== undefined) {
    if (own === "unknown" || own.alpha < 1) return classes;
    bg = own.code;
  } else if (surface !== undefined) {
    bg = surface;
  } else {
    return classes;
  }
  const text = p.textColour;
  if (text === undefined) {
    // Nothing to check against on an ancestor's background: the text inherits the colour made readable there.
    if (own === undefined && !ownForeground) return classes;
    return [...p.tokens, readableNeutral(bg)].join(" ");
  }
  if (text === "unknown") return classes;
  const shown = text.alpha < 1 ? blend(text.code, bg, text.alpha) : text.code;
  if (passes(shown, bg)) return classes;
  const fix = substitute(text, bg);
  // Replace the winning text colour token; earlier ones (overridden anyway) go too.
  return p.tokens
    .flatMap((t, i) => {
      if (i === p.text) return [fix];
      if (
        i < p.text &&
        !t.includes(":") &&
        /^!?text-/.test(t) &&
        colourOf(t.replace(/^!?text-|!$/g, ""), "text")
      )
        return [];
      return [t];
    })
    .join(" ");
}

// ---------------------------------------------------------------- in the tree

/**
 * Views whose children sit on the view's own background and inherit its text colour (layout and text).
 * A background painted by anything else (Card's own surface, a Badge, an input, an overlay's portal…)
 * is not known here, so below such a view nothing is checked against an ancestor's background.
 */
const TRANSPARENT = new Set([
  "Column",
  "Row",
  "Container",
  "Grid",
  "GridItem",
  "Dashboard",
  "DashboardItem",
  "Div",
  "Span",
  "CardHeader",
  "CardContent",
  "CardTitle",
  "H1",
  "H2",
  "H3",
  "H4",
  "Heading",
  "P",
  "Large",
  "Small",
  "BlockQuote",
  "Text",
  "Label",
]);
/** Text views with their own (not inherited) text colour and no background of their own. */
const OWN_FOREGROUND = new Set(["Lead", "Muted", "CardDescription", "Link"]);
/** Views that show an author's background behind their children when they paint one. */
const SHOWS_OWN_BG = new Set(["Card", "CardFooter"]);

type WireNode = Record<string, unknown>;

/**
 * The author background each node sits on, by node object: written by the nearest ancestor that paints
 * one (when it renders, before its children do), read when the node renders. Node objects are the
 * envelope's own, so this needs no context and no prop threading through the interpreter.
 */
const surfaces = new WeakMap<object, Surface>();
/** What a node last announced to its subtree (to clear it when a templated background goes away). */
const announced = new WeakMap<object, Surface | undefined>();

/** Interpreter nodes whose children render in their place (ForEach items, the chosen Condition case). */
const IN_PLACE = new Set(["ForEach", "Condition"]);

/** The static subtree that sits on a node's background: transparent nodes, down to the next own fill. */
function announce(children: unknown, surface: Surface | undefined): void {
  if (!Array.isArray(children)) return;
  for (const child of children) {
    if (typeof child !== "object" || child === null) continue;
    const c = child as WireNode;
    if (typeof c.$ref === "string") continue;
    const type = typeof c.type === "string" ? c.type : "";
    const cls = c.cssClass;
    // A fill of its own (or one we cannot read statically): the child announces for its subtree itself.
    if (typeof cls === "string" && (cls.includes("{{") || authorBackground(cls) !== undefined)) continue;
    if (IN_PLACE.has(type)) {
      announce(c.children, surface);
      if (Array.isArray(c.cases))
        for (const k of c.cases) announce((k as WireNode | null)?.children, surface);
      announce(c.else, surface);
      continue;
    }
    if (!TRANSPARENT.has(type) && !OWN_FOREGROUND.has(type)) continue;
    if (surface === undefined) surfaces.delete(c);
    else surfaces.set(c, surface);
    if (TRANSPARENT.has(type)) announce(c.children, surface);
  }
}

const lastProps = new WeakMap<object, { in: unknown; out: unknown }>();

/**
 * A node's interpolated props with readable author colours: the same object when nothing changes, else a
 * copy with another `cssClass` (the same copy again for the same props). Called once per node by the
 * interpreter (render/render-node.tsx, through readable-colours.ts once the `$cssClass` chunk is in), where `cssClass` is read, with the envelope's node object; a node
 * without author colours (and not on one) costs a WeakMap lookup and an `includes` check.
 */
export function withReadableColours<P extends Record<string, unknown>>(
  node: object,
  type: string,
  props: P,
): P {
  const cssClass = typeof props.cssClass === "string" ? props.cssClass : undefined;
  const surface = surfaces.get(node);
  if (surface === undefined && !cssClass?.includes("bg-") && !announced.has(node)) return props;
  const passesThrough = TRANSPARENT.has(type) || OWN_FOREGROUND.has(type);
  const own = authorBackground(cssClass);
  // Children sit on this node's fill, or on the ancestor's one through a transparent node.
  let below: Surface | undefined;
  if (typeof own === "number") below = passesThrough || SHOWS_OWN_BG.has(type) ? own : undefined;
  else if (own === undefined && passesThrough) below = surface;
  if (
    (typeof own === "number" || announced.has(node)) &&
    (!announced.has(node) || announced.get(node) !== below)
  ) {
    announce((node as WireNode).children, below);
    announced.set(node, below);
  }
  const shown =
    own === "unknown"
      ? cssClass
      : readableClasses(cssClass, passesThrough ? surface : undefined, OWN_FOREGROUND.has(type));
  if (shown === cssClass) return props;
  const memo = lastProps.get(node);
  if (memo?.in === props && (memo.out as P).cssClass === shown) return memo.out as P;
  const out = { ...props, cssClass: shown };
  lastProps.set(node, { in: props, out });
  return out;
}
