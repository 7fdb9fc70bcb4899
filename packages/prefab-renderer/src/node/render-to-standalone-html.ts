/**
 * `renderToStandaloneHtml(envelope)`: the offline export format (prefab-protocol §1.2). The built MCP App
 * (`dist/renderer.html`) with the envelope embedded as `<script type="application/json" id="prefab:initial-data">`,
 * which the renderer reads when no host is around. Node only.
 *
 * Pre-rendered by default: the view's static HTML is inside `#root` (prerender.ts) and the start-up scripts are
 * inert text booted after the first frame, so the browser paints the card before it compiles ~360 KB of
 * JavaScript; the client then swaps in the live view in one commit (src/app/mcp-app.tsx).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { type Envelope, formatIssue, parseEnvelope, themeToCss, upgradeEnvelope } from "@prefab-ui/dsl";
import { criticalCss, markupClasses } from "./critical-css.js";
import { PRERENDERED_ATTR, prerenderView } from "./prerender.js";

export interface StandaloneHtmlOptions {
  /** Replaces the document `<title>`. */
  title?: string;
  /** The renderer HTML to inject into (default: this package's `dist/renderer.html`). */
  rendererHtml?: string;
  /**
   * Put the view's server-rendered HTML in the file, painted before the renderer's JavaScript runs (default
   * true). When the view cannot be rendered in Node, the file is written without it (the client renders as before).
   */
  prerender?: boolean;
}

export class InvalidEnvelopeError extends Error {
  override readonly name = "InvalidEnvelopeError";
  constructor(readonly issues: string[]) {
    super(`Invalid Prefab envelope:\n${issues.map((i) => `  ${i}`).join("\n")}`);
  }
}

let cached: { path: string; html: string } | undefined;

/** Where `dist/renderer.html` is, from the sources (src/node) or the build (dist/node). */
export function rendererHtmlPath(): string {
  try {
    return createRequire(import.meta.url).resolve("@prefab-ui/renderer/renderer.html");
  } catch {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [join(here, "..", "renderer.html"), join(here, "..", "..", "dist", "renderer.html")];
    const found = candidates.find((p) => existsSync(p));
    if (found) return found;
    throw new Error("dist/renderer.html not found: run `npm run build -w @prefab-ui/renderer` first");
  }
}

function loadRendererHtml(): string {
  const path = rendererHtmlPath();
  if (cached?.path !== path) cached = { path, html: readFileSync(path, "utf8") };
  return cached.html;
}

/**
 * JSON that is safe inside `<script>`: no `</` (ends the element), and ASCII only (`\uXXXX`; this also covers
 * U+2028/2029, old JS line breaks). One non-Latin-1 character anywhere makes Chromium decode the whole ~1.5 MB
 * document as UTF-16 (20–70 ms of `TextResourceDecoder::Decode` in a trace; scripts/vite-plugin-lazy-chunks.ts
 * keeps the build ASCII for that reason).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/<\//g, "<\\/")
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** HTML text or attribute value with non-ASCII characters as character references (see scriptSafeJson). */
function asciiHtml(html: string): string {
  return html.replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}

/** CSS with non-ASCII characters as escapes (the space ends one). */
function asciiCss(css: string): string {
  return css.replace(/[\u0080-\u{10ffff}]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/** Text for a `<style>` element: ASCII, and no `</style` (it would end the element early; `\3C` is `<`). */
function styleSafe(css: string): string {
  return asciiCss(css).replace(/<\/(style)/gi, "\\3C /$1");
}

/** Server-rendered markup, ASCII only: references in text and attributes, CSS escapes in `<style>` elements. */
function asciiMarkup(markup: string): string {
  return markup
    .split(/(<style\b[^>]*>[\s\S]*?<\/style>)/i)
    .map((part, i) => (i % 2 === 1 ? asciiCss(part) : asciiHtml(part)))
    .join("");
}

function escapeHtmlText(text: string): string {
  return asciiHtml(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/**
 * A complete, self-contained HTML document showing `envelope` with no host (opens from disk, no network).
 * The envelope (JSON text or object, 0.2 or 0.3) is validated first; an invalid one throws `InvalidEnvelopeError`.
 * It is embedded as given: user data is not rewritten.
 */
export async function renderToStandaloneHtml(
  envelope: unknown,
  options: StandaloneHtmlOptions = {},
): Promise<string> {
  const result = parseEnvelope(envelope);
  if (!result.ok || !result.envelope) {
    const errors = result.issues.filter((i) => i.severity === "error").map(formatIssue);
    throw new InvalidEnvelopeError(errors.length ? errors : ["not a usable envelope"]);
  }
  const data = typeof envelope === "string" ? (JSON.parse(envelope) as unknown) : envelope;
  let html = options.rendererHtml ?? loadRendererHtml();
  if (options.title !== undefined) {
    const title = `<title>${escapeHtmlText(options.title)}</title>`;
    html = /<title>[\s\S]*?<\/title>/i.test(html)
      ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title)
      : html.replace(/<\/head>/i, (m) => `${title}${m}`);
  }
  const script = `<script type="application/json" id="prefab:initial-data">${scriptSafeJson(data)}</script>`;
  // Before the start-up scripts (they run as soon as the parser reaches them and read it at once); older builds
  // had a deferred module entry, for which before the first lazy chunk was enough.
  const at = insertionPoint(html);
  html =
    at >= 0
      ? `${html.slice(0, at)}${script}\n${html.slice(at)}`
      : html.replace(/<\/body>/i, (m) => `${script}\n${m}`);
  if (options.prerender === false || !isRecord(data)) return html;
  try {
    const upgraded = upgradeEnvelope(result.envelope);
    const markup = await prerenderView(data, { upgraded });
    if (markup !== undefined) return withPrerenderedView(html, markup, data, upgraded);
  } catch {
    // Pre-rendering is an optimisation: without it the client renders the view as before.
  }
  return html;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `html` with `markup` inside `#root` and the start-up scripts deferred past the first paint. Returns `html`
 * unchanged when the build does not have the expected shape (an older or hand-made renderer HTML): markup without
 * the deferral would only be replaced by the "Waiting…" panel before the view.
 */
export function withPrerenderedView(
  html: string,
  markup: string,
  raw: Record<string, unknown>,
  upgraded: Envelope,
): string {
  const root = /<div id="root"><\/div>/.exec(html);
  const dark = raw.mode === "dark";
  // Only the utilities the markup uses are in the stylesheet before the first paint; the full sheet is a start-up
  // chunk swapped in before the live view mounts (critical-css.ts). Needs the compressed-chunk loader.
  const sheet = /<style rel="stylesheet" crossorigin>([\s\S]*?)<\/style>/.exec(html);
  let fullCss: string | undefined;
  if (sheet && canCompress(html)) {
    const used = markupClasses(markup);
    if (dark) used.add("dark");
    const critical = criticalCss(sheet[1]!, used);
    if (critical.length < sheet[1]!.length) {
      fullCss = sheet[1]!;
      html = html.replace(sheet[0], () => `<style ${CRITICAL_ATTR}>${critical}</style>`);
    }
  }
  const deferred = deferStartup(html, fullCss);
  if (!root || deferred === undefined) return html;
  // The envelope's theme and css, as PrefabView puts them in <head> (theme.ts applyEnvelopeStyles), but inside the
  // pre-rendered wrapper: React's first commit removes them with the markup, as PrefabView adds its own. Stylesheet
  // links are left to the client: a render-blocking fetch would delay the very paint this is for.
  const css = [...(upgraded.theme ? [themeToCss(upgraded.theme)] : []), ...(upgraded.css ?? [])].filter((c) =>
    c.trim(),
  );
  const styles = css.map((c) => `<style>${styleSafe(c)}</style>`).join("");
  html = deferred.replace(
    root[0],
    () =>
      `<div id="root"><div ${PRERENDERED_ATTR} style="display:contents">${styles}${asciiMarkup(markup)}</div></div>`,
  );
  // The document context mcp-app.tsx applies (applyDocumentContext): an envelope `mode` decides the theme, no
  // host context here means light otherwise.
  html = html.replace(/<html\b([^>]*)>/i, (tag, attrs: string) =>
    /\s(class|style)=/i.test(attrs)
      ? tag
      : `<html${attrs}${dark ? ' class="dark"' : ""} style="color-scheme: ${dark ? "dark" : "light"}">`,
  );
  return html;
}

/**
 * The start-up scripts as inert text (like lazy chunks, scripts/vite-plugin-lazy-chunks.ts) and a tiny boot
 * script at the end that requires the entry after the first frame: a parser-blocking inline script would keep the
 * browser from painting the pre-rendered markup until ~360 KB of JavaScript is compiled and run. The entry keeps
 * `data-eager`, so the loader does not list it among the lazy chunks it `loaded`. `undefined` when the build has
 * no entry in the expected form.
 *
 * With a loader that can inflate (builds whose chunks carry `data-deps`), the start-up text is stored compressed
 * like the lazy chunks (~365 KB → ~135 KB of base64 to transfer and tokenize before the parser reaches the end);
 * after the first frame the boot script inflates it and requires the entry.
 */
export function deferStartup(html: string, fullCss?: string): string | undefined {
  const entry = /<script data-prefab-entry>__prefabChunks\.main\(("[^"]+"),/.exec(html);
  if (!entry) return undefined;
  const name = entry[1]!;
  const end = html.search(/<\/body>/i);
  if (end < 0) return undefined;
  const compress = canCompress(html);
  const before = html
    .slice(0, end)
    .replace(
      /<script data-chunk="([^"]+)" data-eager([\s>])/g,
      '<script type="text/plain" data-chunk="$1" data-eager$2',
    )
    .replace(
      entry[0],
      () =>
        `<script type="text/plain" data-chunk=${name} data-eager data-prefab-entry>__prefabChunks.def(${name},`,
    );
  const after = html.slice(end);
  // Before the boot script: every chunk's text is in the DOM by then (the parser has reached the end).
  if (!compress) return before + bootScript(`__prefabChunks.require(${name})`) + after;
  const eagerNames: string[] = [];
  const compressed = before.replace(
    /(<script type="text\/plain" data-chunk=("?)([^"\s>]+)\2 data-eager)([^>]*)>([\s\S]*?)<\/script>/g,
    (_m, open: string, _q: string, chunk: string, rest: string, text: string) => {
      const isEntry = /\bdata-prefab-entry\b/.test(rest);
      if (!isEntry) eagerNames.push(chunk);
      // The entry requires the start-up chunks: all of them are its dependencies for `load`.
      const deps = isEntry ? ` data-deps="${EAGER_PLACEHOLDER}"` : "";
      return `${open}${rest}${deps} data-z>${deflated(text)}</script>`;
    },
  );
  // The full stylesheet (when the head has only the critical part): a start-up chunk whose module is the CSS text,
  // put in place of the critical sheet before the entry runs, so the live view never lacks a rule.
  const css =
    fullCss === undefined
      ? ""
      : `<script type="text/plain" data-chunk="${CSS_CHUNK}" data-eager data-deps="" data-z>${deflated(
          `__prefabChunks.def("${CSS_CHUNK}",function(r,m){m.exports=${JSON.stringify(fullCss)}})`,
        )}</script>\n`;
  const start =
    fullCss === undefined
      ? `c.load(${name})`
      : `c.load("${CSS_CHUNK}").then(s=>{document.querySelector("style[${CRITICAL_ATTR}]").textContent=s;return c.load(${name})})`;
  // Inflating starts after the first frame too: decoding ~135 KB of base64 before it delayed the paint (trace:
  // ~90 ms in the boot script on a loaded machine). `load` resolves by requiring the entry.
  const boot = bootScript(start);
  return compressed.replace(EAGER_PLACEHOLDER, () => eagerNames.join(" ")) + css + boot + after;
}

/** Runs `start` (code reading the loader as `c`) once, after the first frame has painted. */
function bootScript(start: string): string {
  return (
    `<script data-prefab-boot>(()=>{let b=0;const c=__prefabChunks,go=()=>{if(!b){b=1;${start}}};` +
    // The timeout boots documents that get no frames (hidden, throttled).
    "requestAnimationFrame(()=>setTimeout(go));setTimeout(go,500)})()</script>\n"
  );
}

/** The chunk holding the full stylesheet, and the attribute of the critical one it replaces. */
const CSS_CHUNK = "prefab-full-css.js";
const CRITICAL_ATTR = "data-prefab-critical";

/** Builds whose loader inflates compressed chunks (`data-deps` + DecompressionStream). */
function canCompress(html: string): boolean {
  return / data-deps="/.test(html) && /\bDecompressionStream\b/.test(html);
}

const EAGER_PLACEHOLDER = "\u0000eager\u0000";

const deflatedCache = new Map<string, string>();

/** Chunk text compressed as the loader reads it (deflate-raw, base64); the same build gives the same text. */
function deflated(text: string): string {
  let z = deflatedCache.get(text);
  if (z === undefined) {
    if (deflatedCache.size >= 64) deflatedCache.clear();
    z = deflateRawSync(text, { level: 9 }).toString("base64");
    deflatedCache.set(text, z);
  }
  return z;
}

/** Where the embedded envelope goes: before the first start-up chunk, else the entry, else the first lazy chunk. */
export function insertionPoint(html: string): number {
  for (const marker of [
    /<script data-chunk=/,
    /<script data-prefab-entry/,
    /<script type="text\/plain" data-chunk=/,
  ]) {
    const at = html.search(marker);
    if (at >= 0) return at;
  }
  return -1;
}
