/**
 * A cheap "could tailwind-merge change this class list?" test, so `cn` calls tailwind-merge only when it could.
 *
 * tailwind-merge builds its class map (~0.5 MiB of heap, ~15 ms) on its first call, and `cn` runs for every Badge,
 * heading, card… of a view with author classes, nearly always on lists where nothing conflicts (`flex flex-row` +
 * the author's `gap-2 items-center`). Here every token gets a conflict group from a small table of common
 * utilities; tailwind-merge runs only when a token is not in the table, or two tokens may conflict. The groups are
 * coarser than tailwind-merge's (all of `rounded-*` is one group, all variant-prefixed tokens share one modifier
 * set…): that can only send a list to tailwind-merge that it leaves as is, never skip one it would change.
 * class-conflicts.test.ts checks that against tailwind-merge itself.
 */

/** Classes tailwind-merge does not know and keeps as they are (ours, the theme switch). */
const INERT = /^(?:pf-|prefab-|dark$)/;

/** Tokens that are a whole utility: their group. */
const KEYWORDS: Record<string, string> = {
  block: "display",
  "inline-block": "display",
  inline: "display",
  flex: "display",
  "inline-flex": "display",
  grid: "display",
  "inline-grid": "display",
  contents: "display",
  hidden: "display",
  table: "display",
  "inline-table": "display",
  "flow-root": "display",
  "list-item": "display",
  static: "position",
  fixed: "position",
  absolute: "position",
  relative: "position",
  sticky: "position",
  visible: "visibility",
  invisible: "visibility",
  italic: "font-style",
  "not-italic": "font-style",
  uppercase: "text-transform",
  lowercase: "text-transform",
  capitalize: "text-transform",
  "normal-case": "text-transform",
  underline: "text-decoration",
  overline: "text-decoration",
  "line-through": "text-decoration",
  "no-underline": "text-decoration",
  truncate: "text-overflow",
  antialiased: "font-smoothing",
  "subpixel-antialiased": "font-smoothing",
  "sr-only": "sr",
  "not-sr-only": "sr",
  grow: "grow",
  shrink: "shrink",
  border: "border-w",
  rounded: "rounded",
  shadow: "shadow",
  ring: "ring-w",
  transition: "transition",
};

/** Utilities whose group is their first segment (whatever the value, arbitrary values included). */
const BY_ROOT = new Set([
  "p",
  "px",
  "py",
  "pt",
  "pr",
  "pb",
  "pl",
  "ps",
  "pe",
  "m",
  "mx",
  "my",
  "mt",
  "mr",
  "mb",
  "ml",
  "ms",
  "me",
  "w",
  "h",
  "size",
  "items",
  "self",
  "justify",
  "content",
  "place",
  "overflow",
  "whitespace",
  "tracking",
  "leading",
  "shrink",
  "grow",
  "basis",
  "order",
  "z",
  "opacity",
  "cursor",
  "select",
  "scroll",
  "col",
  "row",
  "aspect",
  "object",
  "duration",
  "ease",
  "delay",
  "animate",
  "rounded",
  "shadow",
  "space",
  "inset",
  "top",
  "right",
  "bottom",
  "left",
  "start",
  "end",
  "pointer",
  "transition",
]);

/** Groups an earlier token loses to, besides its own (tailwind-merge's conflictingClassGroups, coarsened). */
const KILLS: Record<string, readonly string[]> = {
  p: ["px", "py", "pt", "pr", "pb", "pl", "ps", "pe"],
  px: ["pr", "pl", "ps", "pe"],
  py: ["pt", "pb"],
  m: ["mx", "my", "mt", "mr", "mb", "ml", "ms", "me"],
  mx: ["mr", "ml", "ms", "me"],
  my: ["mt", "mb"],
  size: ["w", "h"],
  gap: ["gap-x", "gap-y"],
  "font-size": ["leading"],
  flex: ["basis", "grow", "shrink"],
  inset: ["top", "right", "bottom", "left", "start", "end"],
};

/** tailwind-merge's font sizes: `base` and t-shirt sizes (`2xs`, `md`, `3xl`…). */
const SIZES = /^(?:base|(?:\d+(?:\.\d+)?)?(?:xs|sm|md|lg|xl))$/;
const WEIGHTS = /^(?:thin|extralight|light|normal|medium|semibold|bold|extrabold|black)$/;
const BG_NOT_COLOUR =
  /^(?:fixed|local|scroll|clip|origin|repeat|no-repeat|auto|cover|contain|bottom|center|left|right|top|none|linear|radial|conic|gradient|blend|size|position|img|image)/;

/** The conflict group of a utility (variants, `!` and `-` already removed), or null when it is not in the table. */
function groupOf(u: string): string | null {
  const keyword = KEYWORDS[u];
  if (keyword !== undefined) return keyword;
  const dash = u.indexOf("-");
  if (dash <= 0) return null;
  const root = u.slice(0, dash);
  const value = u.slice(dash + 1);
  if (BY_ROOT.has(root)) return root;
  // Below, the value decides the group: an arbitrary one could be anything.
  const arbitrary = value.includes("[") || value.includes("(");
  switch (root) {
    case "gap":
      return value.startsWith("x-") ? "gap-x" : value.startsWith("y-") ? "gap-y" : "gap";
    case "min":
    case "max":
      return value.startsWith("w-") || value.startsWith("h-") ? `${root}-${value[0]}` : null;
    case "text":
      if (arbitrary) return null;
      if (SIZES.test(value)) return "font-size";
      if (/^(?:left|center|right|justify|start|end)$/.test(value)) return "text-align";
      if (value === "ellipsis" || value === "clip") return "text-overflow";
      if (/^(?:wrap|nowrap|balance|pretty)$/.test(value)) return "text-wrap";
      return value.startsWith("shadow") ? null : "text-color";
    case "font":
      if (arbitrary || value.startsWith("stretch") || value.startsWith("features")) return null;
      return WEIGHTS.test(value) ? "font-weight" : "font-family";
    case "bg":
      return arbitrary || BG_NOT_COLOUR.test(value) ? null : "bg-color";
    case "border":
      if (arbitrary) return null;
      if (/^(?:[xytrblse]-)?\d+$|^[xytrblse]$/.test(value)) return "border-w";
      if (/^(?:solid|dashed|dotted|double|hidden|none)$/.test(value)) return "border-style";
      if (/^(?:collapse|separate|spacing)/.test(value)) return null;
      return "border-color";
    case "ring":
      if (arbitrary) return null;
      if (/^\d+$|^inset$/.test(value)) return "ring-w";
      return value.startsWith("offset") ? "ring-offset" : "ring-color";
    case "flex":
      if (/^(?:row|col)(?:-reverse)?$/.test(value)) return "flex-direction";
      if (/^(?:wrap|nowrap|wrap-reverse)$/.test(value)) return "flex-wrap";
      // `flex-grow`, `flex-shrink-0`, `flex-basis-…` may be tailwind-merge's grow/shrink/basis groups.
      return arbitrary || /^(?:grow|shrink|basis)/.test(value) ? null : "flex";
    case "grid":
      return "grid-template";
    case "underline":
      return value.startsWith("offset") ? "underline-offset" : null;
    default:
      return null;
  }
}

/**
 * Whether tailwind-merge might change `classes` (a `clsx` result); false only when it surely returns them as
 * they are.
 */
export function mayConflict(classes: string): boolean {
  if (classes === "") return false;
  // tailwind-merge also normalises whitespace.
  if (/\s\s|^\s|\s$|[\t\n\r\f]/.test(classes)) return true;
  const seen = new Set<string>();
  for (const token of classes.split(" ")) {
    if (INERT.test(token)) continue;
    const colon = token.lastIndexOf(":");
    // Every variant-prefixed token is taken to have the same modifiers as every other (coarse, never unsafe).
    const bucket = colon < 0 ? "" : "v:";
    let u = colon < 0 ? token : token.slice(colon + 1);
    if (u.startsWith("!")) u = u.slice(1);
    if (u.endsWith("!")) u = u.slice(0, -1);
    if (u.startsWith("-")) u = u.slice(1);
    // A postfix modifier (`bg-muted/50`, `w-1/2`, `text-sm/6`) does not change the group.
    const slash = u.indexOf("/");
    if (slash > 0 && !u.slice(0, slash).includes("[")) u = u.slice(0, slash);
    const group = groupOf(u);
    if (group === null) return true;
    if (seen.has(bucket + group)) return true;
    const kills = KILLS[group];
    if (kills !== undefined) for (const k of kills) if (seen.has(bucket + k)) return true;
    seen.add(bucket + group);
  }
  return false;
}

/**
 * `merge` called only when it could change the list. Results are cached by list (as tailwind-merge caches its
 * own): hundreds of badges or rows then share one class string instead of each keeping the copy `clsx` just built.
 */
export function whenConflicting(merge: (classes: string) => string): (classes: string) => string {
  let cache = new Map<string, string>();
  return (classes) => {
    const hit = cache.get(classes);
    if (hit !== undefined) return hit;
    const out = mayConflict(classes) ? merge(classes) : classes;
    if (cache.size >= 500) cache = new Map();
    cache.set(classes, out);
    return out;
  };
}
