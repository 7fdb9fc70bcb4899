/**
 * Where a custom HTML app's document comes from: a string, a file, or a Vite build
 * output. Hosts load a `ui://` resource as one document under a CSP that blocks
 * undeclared origins (and `srcdoc` frames have no base URL for relative paths), so a
 * Vite `dist/` is inlined into a single file: its local scripts and stylesheets are
 * read from disk and embedded. Builds made with `vite-plugin-singlefile` pass through
 * unchanged.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

export type HtmlSource =
  /** The document itself. */
  | { html: string }
  /** A file holding the document; re-read when it changes. */
  | { file: string }
  /** A Vite `outDir`; `entry` defaults to `index.html`. Local assets are inlined. */
  | { viteDist: string; entry?: string };

/** Escapes that keep inlined code from closing its own element early. */
const escapeScript = (code: string) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
const escapeStyle = (css: string) => css.replace(/<\/(style)/gi, "<\\/$1");

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** A local asset path inside `root`, or undefined for remote URLs and paths that escape it. */
function localAsset(root: string, htmlDir: string, ref: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) return undefined;
  const clean = ref.split(/[?#]/)[0] ?? ref;
  const path = clean.startsWith("/") ? join(root, clean) : resolve(htmlDir, clean);
  const rel = relative(root, path);
  // A crafted index.html must not pull arbitrary files from disk into the served page.
  if (rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return path;
}

/**
 * Inline `<script src>` and `<link rel="stylesheet" href>` that point into `root`.
 * Module scripts stay modules (Vite emits ES modules); modulepreload links are dropped
 * because the code they name is now inline.
 */
export function inlineViteAssets(html: string, root: string, htmlDir = root): string {
  return html
    .replace(/<link\b[^>]*>/gi, (tag) => {
      const rel = (attr(tag, "rel") ?? "").toLowerCase();
      const href = attr(tag, "href");
      if (!href) return tag;
      const path = localAsset(root, htmlDir, href);
      if (!path) return tag;
      if (rel === "modulepreload") return "";
      if (rel !== "stylesheet") return tag;
      return `<style>${escapeStyle(readFileSync(path, "utf8"))}</style>`;
    })
    .replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag, attrs: string) => {
      const src = attr(tag, "src");
      if (!src) return tag;
      const path = localAsset(root, htmlDir, src);
      if (!path) return tag;
      const rest = attrs
        .replace(/\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, "")
        .replace(/\scrossorigin(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/i, "");
      return `<script${rest}>${escapeScript(readFileSync(path, "utf8"))}</script>`;
    });
}

/**
 * Reads an `HtmlSource`, caching file-based sources by mtime: stateless HTTP builds an
 * MCP server per request, and a rebuilt widget should show up without a restart.
 */
export function createHtmlLoader(source: HtmlSource): () => string {
  if ("html" in source) return () => source.html;
  const path =
    "file" in source ? resolve(source.file) : resolve(source.viteDist, source.entry ?? "index.html");
  const root = "viteDist" in source ? resolve(source.viteDist) : undefined;
  let cached: { mtimeMs: number; html: string } | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      throw new Error(
        root
          ? `custom HTML app: no Vite build at ${path}; run \`vite build\` (outDir ${root}) first`
          : `custom HTML app: cannot read ${path}`,
      );
    }
    if (cached?.mtimeMs === mtimeMs) return cached.html;
    const raw = readFileSync(path, "utf8");
    const html = root ? inlineViteAssets(raw, root, dirname(path)) : raw;
    cached = { mtimeMs, html };
    return html;
  };
}
