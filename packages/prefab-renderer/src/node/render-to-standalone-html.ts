/**
 * `renderToStandaloneHtml(envelope)`: the offline export format (prefab-protocol §1.2). The built MCP App
 * (`dist/renderer.html`) with the envelope embedded as `<script type="application/json" id="prefab:initial-data">`,
 * which the renderer reads when no host is around. Node only.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue, parseEnvelope } from "@prefab-ui/dsl";

export interface StandaloneHtmlOptions {
  /** Replaces the document `<title>`. */
  title?: string;
  /** The renderer HTML to inject into (default: this package's `dist/renderer.html`). */
  rendererHtml?: string;
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

/** JSON that is safe inside `<script>`: no `</` (ends the element) and no U+2028/2029 (old JS line breaks). */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/<\//g, "<\\/")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A complete, self-contained HTML document showing `envelope` with no host (opens from disk, no network).
 * The envelope (JSON text or object, 0.2 or 0.3) is validated first; an invalid one throws `InvalidEnvelopeError`.
 * It is embedded as given: user data is not rewritten.
 */
export function renderToStandaloneHtml(envelope: unknown, options: StandaloneHtmlOptions = {}): string {
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
  if (at >= 0) return `${html.slice(0, at)}${script}\n${html.slice(at)}`;
  return html.replace(/<\/body>/i, (m) => `${script}\n${m}`);
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
