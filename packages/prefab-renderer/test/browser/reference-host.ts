/**
 * One minimal MCP Apps host page (the real ext-apps `AppBridge`, see host-page.ts) that can host EITHER renderer:
 *
 * - `"ours"`: the built `dist/renderer.html` (harness.ts builds it when stale), served at http://guest.test/;
 * - `"original"`: `@prefecthq/prefab-ui@0.20.2`'s `dist/app/` (index.html + renderer.js/css + code-split chunks,
 *   loaded with relative URLs), served from disk at http://original.test/.
 *
 * Both are fed the same way, as a host would: handshake, then `sendToolResult({content: [], structuredContent})`.
 * The original only understands protocol 0.3, so `render()` upgrades envelopes for it with `upgradeEnvelope`
 * (protocol doc §14, "How a renderer should accept both"; a no-op for 0.3 envelopes); ours gets them verbatim.
 *
 * Readiness is content in the DOM, never a fixed sleep: before each envelope a marker view is rendered, so
 * "ready" means the marker is gone, `#root` holds visible text or graphics (svg/img/canvas/input…; a view with
 * neither, e.g. coloured boxes, counts once sized elements have stood for 400 ms), no `aria-busy` Suspense
 * placeholder of ours is left, the view's text and node structure have been quiet for `quietMs` (capped by `timeoutMs`; attribute changes, such as
 * recharts' animations, and <style> rewrites are ignored), then two animation frames have passed.
 *
 * Usage (differential test, screenshots, benchmarks #9):
 *   const browser = await launchChromium();
 *   const host = await openReferenceHost(browser, "original", { width: 900, theme: "dark" });
 *   const { frame } = await host.render(envelope);   // Frame of the renderer iframe, content ready
 *   await host.close();                               // closes the browser context, not the browser
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import { type Envelope, upgradeEnvelope } from "@prefab-ui/dsl";
import type { Browser, Frame, Page } from "playwright-core";
import {
  bundleHostPage,
  ensureRendererBuilt,
  GUEST_URL,
  HOST_URL,
  type Served,
  servePages,
} from "./harness.js";
import type { TestHostWindow } from "./host-page.js";

export type RendererKind = "ours" | "original";

/** Where the original renderer's files are served from (requests are answered from `ORIGINAL_DIR`). */
export const ORIGINAL_ORIGIN = "http://original.test/";
export const ORIGINAL_URL = `${ORIGINAL_ORIGIN}index.html`;
/** `node_modules/@prefecthq/prefab-ui/dist/app`, resolved from this package. */
export const ORIGINAL_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@prefecthq/prefab-ui/package.json")),
  "dist",
  "app",
);

export interface ReferenceHostOptions {
  /** Iframe (and host-context container) width in px. Default 800. */
  width?: number;
  /** Host page viewport. Default `{ width: max(1000, width), height: 800 }`. */
  viewport?: { width: number; height: number };
  /** Host context theme at the handshake. Default "light". */
  theme?: "light" | "dark";
  /** `dist/renderer.html` contents for "ours" (default: `ensureRendererBuilt()`). */
  rendererHtml?: string;
}

export interface RenderOptions {
  /** Give up waiting for content after this long (the view is returned anyway, `ready: false`). Default 5000. */
  timeoutMs?: number;
  /**
   * How long the view's text/element count must stay unchanged. Default 80. `elapsedMs` includes it: for timing
   * (benchmarks) pass 0, so ready = first content + two animation frames.
   */
  quietMs?: number;
  /** Send the envelope as given even to the original (no `upgradeEnvelope`). Default false. */
  raw?: boolean;
}

export interface Rendered {
  /** The renderer's iframe. */
  frame: Frame;
  /** The host page. */
  page: Page;
  /** From sending the tool result to ready, in ms (measured in the renderer frame's clock). */
  elapsedMs: number;
  /** False when `timeoutMs` passed without visible content (e.g. an empty view) or without a quiet DOM. */
  ready: boolean;
}

export interface ReferenceHost {
  readonly kind: RendererKind;
  /** The host page (holds `window.__host`, see host-page.ts). */
  readonly page: Page;
  /** The renderer's iframe. */
  readonly frame: Frame;
  /** Request log and browser console errors of the context (harness.ts `Served`). */
  readonly served: Served;
  /** Render one envelope (0.2 or 0.3) as a tool result's structuredContent and wait until its content is ready. */
  render(envelope: unknown, options?: RenderOptions): Promise<Rendered>;
  /** Merge `patch` into the host context and send it (e.g. `{ theme: "dark" }`). */
  setHostContext(patch: McpUiHostContext): Promise<void>;
  /** Close the browser context (the browser stays open for the next host). */
  close(): Promise<void>;
}

/** The envelope as the given renderer must receive it: the original only reads 0.3 forms. */
export function envelopeFor(kind: RendererKind, envelope: unknown): unknown {
  return kind === "original" ? upgradeEnvelope(envelope as Envelope) : envelope;
}

const MARKER = "\u2063prefab-reference-host-blank\u2063";
const BLANK = { $prefab: { version: "0.3" }, view: { type: "Text", content: MARKER } };

/**
 * Runs in the renderer frame. Kept as source text: tsx/esbuild `keepNames` would inject a `__name` helper into a
 * function passed to `evaluate`, which does not exist in the page.
 */
const EMPTY_GRACE_MS = 400;
const WAIT_IN_FRAME = `async ({ want, marker, timeoutMs, quietMs }) => {
  const start = performance.now();
  const root = () => document.getElementById("root") || document.body;
  const hasContent = (el) =>
    (el.innerText || "").trim() !== "" ||
    el.querySelector("svg, img, canvas, video, audio, iframe, input, textarea, select, button") !== null;
  // A view without text or graphics (e.g. a grid of coloured boxes) is ready once something with a size has been
  // on screen for EMPTY_GRACE ms after the marker went away (a lazy chunk's fallback is given that long).
  let goneAt = 0;
  const hasBox = (el) => [...el.querySelectorAll("*")].some((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height > 0);
  const isReady = () => {
    const text = root().textContent || "";
    if (want === "blank") return text.includes(marker);
    if (text.includes(marker)) return false;
    if (!goneAt) goneAt = performance.now();
    // Our Suspense placeholders (lazy chunks still loading) are aria-busy.
    if (root().querySelector('[aria-busy="true"]')) return false;
    return hasContent(root()) || (performance.now() - goneAt > ${EMPTY_GRACE_MS} && hasBox(root()));
  };
  const tick = (ms) => new Promise((r) => setTimeout(r, ms));
  // Quiet = the view's text and element count stop changing. Mutations outside the view (charts rewrite <style>
  // elements and measurement spans every frame) and content-preserving re-render loops (the original re-renders
  // Code and Calendar continuously) do not count.
  let dirty = true;
  let signature = "";
  const observer = new MutationObserver((records) => {
    const r = root();
    for (const m of records) {
      const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (el && r.contains(el) && !el.closest("style, script")) {
        dirty = true;
        return;
      }
    }
  });
  const changed = () => {
    if (!dirty) return false;
    dirty = false;
    const r = root();
    const next = r.getElementsByTagName("*").length + ":" + (r.textContent || "");
    if (next === signature) return false;
    signature = next;
    return true;
  };
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  try {
    while (!isReady()) {
      if (performance.now() - start > timeoutMs) return { ready: false, elapsedMs: performance.now() - start };
      await tick(5);
    }
    if (want === "blank") return { ready: true, elapsedMs: performance.now() - start };
    let last = performance.now();
    changed();
    while (performance.now() - last < quietMs) {
      if (changed()) last = performance.now();
      if (performance.now() - start > timeoutMs) return { ready: false, elapsedMs: performance.now() - start };
      await tick(10);
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { ready: isReady(), elapsedMs: performance.now() - start };
  } finally {
    observer.disconnect();
  }
}`;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
};

export async function openReferenceHost(
  browser: Browser,
  kind: RendererKind,
  options: ReferenceHostOptions = {},
): Promise<ReferenceHost> {
  const width = options.width ?? 800;
  const guestUrl = kind === "ours" ? GUEST_URL : ORIGINAL_URL;
  const hostHtml = `<!doctype html><html><head><meta charset="utf-8"></head>
<body data-guest-url="${guestUrl}" data-frame-width="${width}" data-theme="${options.theme ?? "light"}" style="margin:0"><script src="/host.js"></script></body></html>`;
  const files: Record<string, string> = {
    [HOST_URL]: hostHtml,
    [`${HOST_URL}host.js`]: await bundleHostPage(),
  };
  if (kind === "ours") files[GUEST_URL] = options.rendererHtml ?? ensureRendererBuilt();
  const served = await servePages(browser, files);
  if (kind === "original") {
    // Registered after servePages' catch-all, so it takes precedence (Playwright runs routes last-in first).
    const cache = new Map<string, Buffer>();
    await served.context.route(`${ORIGINAL_ORIGIN}**`, (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/+/, "") || "index.html";
      if (path.includes("..")) return route.abort();
      let body = cache.get(path);
      if (!body) {
        try {
          body = readFileSync(join(ORIGINAL_DIR, path));
        } catch {
          served.extraRequests.push(route.request().url());
          return route.fulfill({ status: 404, body: "" });
        }
        cache.set(path, body);
      }
      return route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
        body,
      });
    });
  }
  const { page } = served;
  await page.setViewportSize(options.viewport ?? { width: Math.max(1000, width), height: 800 });
  await page.goto(HOST_URL);
  await page.waitForFunction(() => "__host" in window);
  await page.evaluate(() => (window as unknown as TestHostWindow).__host.initialized);
  const frame = page.frames().find((f) => f.url() === guestUrl);
  if (!frame) throw new Error(`${kind} renderer frame not found`);

  const send = (structuredContent: unknown) =>
    page.evaluate(
      (sc) => (window as unknown as TestHostWindow).__host.sendResult({ content: [], structuredContent: sc }),
      structuredContent as Record<string, unknown>,
    );

  /** In the renderer frame: wait for `want` ("blank": the marker view; "view": anything else with content). */
  const waitFor = (want: "blank" | "view", timeoutMs: number, quietMs: number) =>
    frame.evaluate<{ ready: boolean; elapsedMs: number }>(
      `(${WAIT_IN_FRAME})(${JSON.stringify({ want, marker: MARKER, timeoutMs, quietMs })})`,
    );

  return {
    kind,
    page,
    frame,
    served,
    async render(envelope, renderOptions = {}) {
      const timeoutMs = renderOptions.timeoutMs ?? 5000;
      await send(BLANK);
      const blank = await waitFor("blank", timeoutMs, 0);
      if (!blank.ready) throw new Error(`${kind}: the blank marker view did not render`);
      const wire = renderOptions.raw ? envelope : envelopeFor(kind, envelope);
      // Start waiting in the frame before sending, so elapsedMs covers the whole delivery.
      const waiting = waitFor("view", timeoutMs, renderOptions.quietMs ?? 80);
      await send(wire);
      const { ready, elapsedMs } = await waiting;
      return { frame, page, ready, elapsedMs };
    },
    async setHostContext(patch) {
      await page.evaluate((p) => (window as unknown as TestHostWindow).__host.updateContext(p), patch);
    },
    close: () => served.context.close(),
  };
}
