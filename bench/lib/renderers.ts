/**
 * The three renderers under test and how each one is fed and served.
 *
 * - ours: `packages/prefab-renderer/dist/renderer.html` (single file, lazy chunks embedded as text/plain). Gets the
 *   envelope verbatim (0.2 or 0.3). Standalone pages are what users export: `renderToStandaloneHtml` of the built
 *   `@prefab-ui/renderer/node` (dist/node + dist/lib, rebuilt here when older than the sources), pre-rendered view
 *   included.
 * - original: `@prefecthq/prefab-ui@0.20.2` `dist/app/` (index.html + renderer.js/css + code-split chunks). Only
 *   reads protocol 0.3, so it gets `upgradeEnvelope(envelope)` (reference-host.ts `envelopeFor`).
 * - port: `@maxhealth.tech/prefab@0.3.13`, its documented MCP App page (`<div id="root">` + `renderer.auto.min.js`,
 *   plus the package's `prefab.css`, inlined into one HTML document served where ours is served). Its auto-mount
 *   only accepts the `"$prefab": {"version": "0.3"}` header form, so it also gets `upgradeEnvelope(envelope)`.
 *   Standalone (no host) it uses its documented `window.__PREFAB_DATA__` + `#prefab-root` + `renderer.min.js`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Envelope, upgradeEnvelope } from "@prefab-ui/dsl";
import { ensureRendererBuilt, PACKAGE_DIR } from "../../packages/prefab-renderer/test/browser/harness.js";
import { ORIGINAL_DIR } from "../../packages/prefab-renderer/test/browser/reference-host.js";

export type Kind = "ours" | "original" | "port";
export const KINDS: Kind[] = ["ours", "original", "port"];

export const LABEL: Record<Kind, string> = {
  ours: "ours (@prefab-ui/renderer)",
  original: "@prefecthq/prefab-ui 0.20.2",
  port: "@maxhealth.tech/prefab 0.3.13",
};
export const SHORT: Record<Kind, string> = { ours: "ours", original: "original", port: "port" };

/** The package main (`dist/index.js`) resolved as an import: its `exports` map hides package.json from require. */
export const PORT_DIR = dirname(fileURLToPath(import.meta.resolve("@maxhealth.tech/prefab")));
export { ORIGINAL_DIR };

/** The envelope as `kind` receives it. */
export function wire(kind: Kind, envelope: unknown): unknown {
  return kind === "ours" ? envelope : upgradeEnvelope(envelope as Envelope);
}

/** JSON safe inside <script> (same rule as renderToStandaloneHtml's scriptSafeJson). */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/<\//g, "<\\/")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

let oursHtml: string | undefined;
export function oursRendererHtml(): string {
  oursHtml ??= ensureRendererBuilt();
  return oursHtml;
}

const portFile = (name: string) => readFileSync(join(PORT_DIR, name), "utf8");
const inlineJs = (js: string) => js.replace(/<\/script/gi, "<\\/script");

/** The port's documented auto-mount MCP App page, CSS and JS inlined (served like ours: one document). */
export function portHostedHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${portFile("prefab.css")}</style></head>
<body><div id="root"></div><script>${inlineJs(portFile("renderer.auto.min.js"))}</script></body></html>`;
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

type NodeEntry = typeof import("@prefab-ui/renderer/node");
let nodeEntry: Promise<NodeEntry> | undefined;

/**
 * `@prefab-ui/renderer/node` as users get it (dist/node, which server-renders with dist/lib): built first when
 * missing or older than the sources, like ensureRendererBuilt does for renderer.html.
 */
function rendererNode(): Promise<NodeEntry> {
  nodeEntry ??= (async () => {
    const built = (file: string) => {
      const path = join(PACKAGE_DIR, "dist", file);
      return existsSync(path) ? statSync(path).mtimeMs : 0;
    };
    const sources = newestMtime(join(PACKAGE_DIR, "src"));
    if (built("node/index.js") < sources) {
      const tsc = join(PACKAGE_DIR, "..", "..", "node_modules", "typescript", "bin", "tsc");
      execFileSync(process.execPath, [tsc, "-p", "tsconfig.node.json"], {
        cwd: PACKAGE_DIR,
        stdio: "inherit",
      });
    }
    if (built("lib/index.js") < sources) {
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      execFileSync(npm, ["run", "build:lib"], { cwd: PACKAGE_DIR, stdio: "inherit" });
    }
    return import("@prefab-ui/renderer/node");
  })();
  return nodeEntry;
}

/** Standalone pages (no host): the envelope embedded the way each renderer documents it. */
export async function standaloneHtml(kind: Kind, envelope: unknown): Promise<string> {
  if (kind === "ours") {
    const { renderToStandaloneHtml } = await rendererNode();
    return renderToStandaloneHtml(envelope, { rendererHtml: oursRendererHtml() });
  }
  const data = scriptSafeJson(wire(kind, envelope));
  const tag = `<script type="application/json" id="prefab:initial-data">${data}</script>`;
  if (kind === "original") {
    return readFileSync(join(ORIGINAL_DIR, "index.html"), "utf8").replace(/<\/body>/i, `${tag}</body>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>${portFile("prefab.css")}</style></head>
<body><div id="prefab-root"></div><script>window.__PREFAB_DATA__=${data}</script><script>${inlineJs(portFile("renderer.min.js"))}</script></body></html>`;
}

/** Files that make up each shipped renderer (for the bytes table). */
export function shippedFiles(kind: Kind): { name: string; body: Buffer }[] {
  if (kind === "ours") return [{ name: "renderer.html", body: Buffer.from(oursRendererHtml(), "utf8") }];
  if (kind === "original") {
    return readdirSync(ORIGINAL_DIR).map((name) => ({ name, body: readFileSync(join(ORIGINAL_DIR, name)) }));
  }
  return ["renderer.auto.min.js", "prefab.css"].map((name) => ({
    name,
    body: readFileSync(join(PORT_DIR, name)),
  }));
}
