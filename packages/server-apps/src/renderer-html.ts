/**
 * Where the renderer HTML comes from, and the `ui://` URI it is served under.
 *
 * The URI carries a hash of the HTML so hosts that cache `ui://` resources by URI
 * (the spec encourages prefetching) pick up a new renderer build instead of a stale one.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The single-file renderer build of `@prefab-ui/renderer`, relative to this package in the monorepo. */
export const DEFAULT_RENDERER_PATH = fileURLToPath(
  new URL("../../prefab-renderer/dist/renderer.html", import.meta.url),
);

/** Environment variable that points the server at another renderer file (e.g. a dev build). */
export const RENDERER_PATH_ENV = "PREFAB_RENDERER_HTML";

export interface RendererSource {
  /** The renderer HTML itself; wins over `rendererPath`. */
  rendererHtml?: string;
  /** A file holding the renderer HTML. Default: `$PREFAB_RENDERER_HTML`, else the monorepo build. */
  rendererPath?: string;
}

export interface LoadedRenderer {
  html: string;
  /** `ui://prefab/renderer-<hash12>.html`. */
  uri: string;
  /** True when the renderer build was not found and the placeholder page is served. */
  placeholder: boolean;
  /** Where the HTML came from, for logs and the placeholder text. */
  source: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * Shown when the renderer has not been built: a host still gets valid HTML that says
 * what is missing, instead of an empty frame (a blank iframe is the most reported
 * MCP Apps symptom and the hardest to debug).
 */
export function placeholderHtml(expectedPath: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Prefab renderer not built</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:0;padding:16px;color:#444}code{background:#f3f3f3;padding:1px 4px;border-radius:4px}</style>
</head>
<body>
<p><strong>Prefab renderer not built.</strong> The server could not read <code>${escapeHtml(expectedPath)}</code>.</p>
<p>Build it with <code>npm run build -w @prefab-ui/renderer</code>, or pass <code>rendererHtml</code> / <code>rendererPath</code> to <code>createPrefabServer</code>, or set <code>${RENDERER_PATH_ENV}</code>.</p>
<p>The tool result's text fallback is still delivered to the model.</p>
</body>
</html>
`;
}

export function rendererUri(html: string): string {
  const hash = createHash("sha256").update(html).digest("hex").slice(0, 12);
  return `ui://prefab/renderer-${hash}.html`;
}

function resolvePath(source: RendererSource): string {
  return source.rendererPath ?? process.env[RENDERER_PATH_ENV] ?? DEFAULT_RENDERER_PATH;
}

/**
 * Reads the renderer, caching by file mtime: every MCP server instance (stateless HTTP
 * builds one per request) reuses the text, yet a rebuilt renderer is picked up
 * without restarting the server.
 */
export function createRendererLoader(source: RendererSource): () => LoadedRenderer {
  if (source.rendererHtml !== undefined) {
    const fixed: LoadedRenderer = {
      html: source.rendererHtml,
      uri: rendererUri(source.rendererHtml),
      placeholder: false,
      source: "inline",
    };
    return () => fixed;
  }
  let cached: { mtimeMs: number; loaded: LoadedRenderer } | undefined;
  return () => {
    const path = resolvePath(source);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      const html = placeholderHtml(path);
      return { html, uri: rendererUri(html), placeholder: true, source: path };
    }
    if (cached && cached.mtimeMs === mtimeMs && cached.loaded.source === path) return cached.loaded;
    const html = readFileSync(path, "utf8");
    cached = { mtimeMs, loaded: { html, uri: rendererUri(html), placeholder: false, source: path } };
    return cached.loaded;
  };
}
