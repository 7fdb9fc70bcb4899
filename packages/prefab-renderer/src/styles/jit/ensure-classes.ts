/**
 * Lazy styling for author classes outside the precompiled set. During render,
 * views' `cssClass` tokens are queued; after paint (idle callback) the queue is
 * checked against the class selectors our stylesheet already defines, and the
 * missing ones are compiled by `compileUtility` into one `<style>` element. So the
 * first paint never waits, and a view using only precompiled classes pays one
 * Set lookup per token. The compiler and its colour palette are a lazy chunk: loaded
 * only when a token is not in the stylesheet.
 */

let known: Set<string> | undefined;
const done = new Set<string>();
const queue = new Set<string>();
let scheduled = false;
let styleEl: HTMLStyleElement | undefined;

/** Class names that the loaded stylesheets define (read once, lazily). */
function knownClasses(doc: Document): Set<string> {
  if (known) return known;
  const found = new Set<string>();
  known = found;
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if ("cssRules" in rule && (rule as CSSGroupingRule).cssRules) visit((rule as CSSGroupingRule).cssRules);
      const sel = (rule as CSSStyleRule).selectorText;
      if (!sel) continue;
      for (const m of sel.matchAll(/\.((?:\\.|[a-zA-Z0-9_-])+)/g)) found.add(m[1]!.replace(/\\(.)/g, "$1"));
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // cross-origin sheet (host fonts): not ours
    }
  }
  return known;
}

function flush(): void {
  scheduled = false;
  if (typeof document === "undefined") return;
  const have = knownClasses(document);
  const missing: string[] = [];
  for (const cls of queue) {
    done.add(cls);
    if (!have.has(cls)) missing.push(cls);
  }
  queue.clear();
  if (missing.length > 0)
    import("./compile-utility.js").then(
      ({ compileUtility }) => insert(missing, compileUtility),
      // A chunk that fails to load costs these classes their style, not the page: say so once per batch.
      (err: unknown) =>
        console.warn(`[prefab] could not load the class compiler for ${missing.join(" ")}:`, err),
    );
}

function insert(classes: string[], compile: (cls: string) => string | null): void {
  const rules: string[] = [];
  for (const cls of classes) {
    const rule = compile(cls);
    if (rule) rules.push(rule);
  }
  if (rules.length === 0) return;
  if (!styleEl) {
    styleEl = document.createElement("style");
    styleEl.setAttribute("data-prefab-jit", "");
    document.head.appendChild(styleEl);
  }
  styleEl.textContent += rules.join("\n");
}

/** Queue the tokens of a class string for lazy compilation (cheap; safe to call during render). */
export function ensureClasses(classes: string | undefined): void {
  if (!classes || typeof window === "undefined") return;
  for (const token of classes.split(/\s+/)) {
    if (token && !done.has(token) && (token.includes("[") || /\d/.test(token))) queue.add(token);
  }
  if (queue.size === 0 || scheduled) return;
  scheduled = true;
  const idle = (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  if (idle) idle(flush);
  else setTimeout(flush, 0);
}

/** For tests: forget what was scanned and compiled. */
export function resetClassCache(): void {
  known = undefined;
  done.clear();
  queue.clear();
  styleEl?.remove();
  styleEl = undefined;
}
