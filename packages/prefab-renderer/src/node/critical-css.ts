/**
 * Critical CSS for a pre-rendered standalone view: the built stylesheet (Tailwind 4, minified) with the utility
 * rules that cannot match the markup left out. In a cold-load trace the full ~125 KiB stylesheet cost ~35 ms
 * before the first paint (parse + selector matching), most of it for utilities the view does not use; the full
 * sheet is swapped in after the first frame, before the live view mounts (render-to-standalone-html.ts).
 *
 * Only the `@layer utilities { … }` block is pruned; theme variables, base styles, `@property`, `@keyframes` and
 * everything outside that layer are kept as they are. A utility rule is kept when one of its comma-separated
 * selectors names only classes the markup uses (a selector naming no class is kept). At-rules inside the layer
 * (`@media`, `@supports`, …) are pruned recursively and dropped when empty. Anything this scanner cannot read
 * (unbalanced braces) returns the stylesheet unchanged: an unpruned sheet is slower, never wrong.
 */

/** Class tokens of every `class="…"` attribute in server-rendered markup (HTML entities decoded). */
export function markupClasses(markup: string): Set<string> {
  const used = new Set<string>();
  for (const m of markup.matchAll(/\sclass="([^"]*)"/g)) {
    for (const token of decodeEntities(m[1]!).split(/\s+/)) if (token) used.add(token);
  }
  return used;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi, (_m, hex, dec, name) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" }[(name as string).toLowerCase()]!;
  });
}

/** `css` with the utilities that cannot match `used` removed (see the module comment). */
export function criticalCss(css: string, used: ReadonlySet<string>): string {
  const layer = /@layer utilities\{/.exec(css);
  if (!layer) return css;
  const open = layer.index + layer[0].length - 1;
  const close = matchingBrace(css, open);
  if (close < 0) return css;
  const body = pruneRules(css.slice(open + 1, close), used);
  if (body === undefined) return css;
  return `${css.slice(0, open + 1)}${body}${css.slice(close)}`;
}

/** Index of the `}` closing the `{` at `open`, skipping strings and escapes; -1 if unbalanced. */
function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === "\\") i++;
    else if (c === '"' || c === "'") i = stringEnd(css, i);
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

function stringEnd(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === "\\") i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

/** A list of rules with the unusable ones dropped; `undefined` when it cannot be read. */
function pruneRules(list: string, used: ReadonlySet<string>): string | undefined {
  let out = "";
  let i = 0;
  while (i < list.length) {
    const brace = indexOutside(list, i, "{");
    if (brace < 0) return list.slice(i).trim() === "" ? out : undefined;
    const close = matchingBrace(list, brace);
    if (close < 0) return undefined;
    const prelude = list.slice(i, brace);
    const block = list.slice(brace, close + 1);
    const head = prelude.trim();
    if (head.startsWith("@")) {
      // @media / @supports / @container: keep the usable rules inside. Other at-rules are kept whole.
      if (/^@(media|supports|container|layer)\b/.test(head)) {
        const inner = pruneRules(block.slice(1, -1), used);
        if (inner === undefined) return undefined;
        if (inner.trim()) out += `${prelude}{${inner}}`;
      } else out += prelude + block;
    } else if (selectorMayMatch(head, used)) out += prelude + block;
    i = close + 1;
  }
  return out;
}

/** Index of the first `target` at or after `from` outside strings and escapes; -1 if there is none. */
function indexOutside(text: string, from: number, target: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"' || c === "'") i = stringEnd(text, i);
    else if (c === target) return i;
  }
  return -1;
}

/** True when one of the comma-separated selectors names only used classes. */
export function selectorMayMatch(selectorList: string, used: ReadonlySet<string>): boolean {
  return splitTopLevel(selectorList).some((selector) => classesOf(selector).every((c) => used.has(c)));
}

/** Commas outside parentheses, brackets and strings separate selectors. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "\\") i++;
    else if (c === '"' || c === "'") i = stringEnd(list, i);
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** The class names a selector requires (`.name`, CSS escapes decoded), outside attribute values and strings. */
export function classesOf(selector: string): string[] {
  const classes: string[] = [];
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '"' || c === "'") i = stringEnd(selector, i);
    else if (c === "\\") i++;
    else if (c === "[") {
      // An attribute selector: its value may hold dots.
      const end = indexOutside(selector, i + 1, "]");
      i = end < 0 ? selector.length : end;
    } else if (c === ".") {
      let name = "";
      let j = i + 1;
      while (j < selector.length) {
        const ch = selector[j]!;
        if (ch === "\\") {
          const hex = /^[0-9a-fA-F]{1,6} ?/.exec(selector.slice(j + 1, j + 8));
          if (hex) {
            name += String.fromCodePoint(Number.parseInt(hex[0].trim(), 16));
            j += 1 + hex[0].length;
          } else {
            name += selector[j + 1] ?? "";
            j += 2;
          }
        } else if (/[\w-]/.test(ch) || ch.charCodeAt(0) >= 0x80) {
          name += ch;
          j++;
        } else break;
      }
      if (name) classes.push(name);
      i = j - 1;
    }
  }
  return classes;
}
