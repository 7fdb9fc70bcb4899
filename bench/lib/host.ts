/**
 * Hosting, reused from the renderer's browser suites:
 * - warm workloads use reference-host.ts `openReferenceHost` (the same minimal ext-apps AppBridge host page for every
 *   renderer; the port is served through its `rendererHtml` option at the guest URL, exactly like ours), then
 *   `measure()` sends one tool result and waits in the renderer frame for a content predicate;
 * - cold loads need an init script before the host page navigates, which `openReferenceHost` cannot take (it
 *   navigates itself), so `coldHosted()` assembles the same page from harness.ts (`servePages`, `bundleHostPage`)
 *   with the same routing of the original's files.
 */
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Browser, CDPSession, Frame, Page } from "playwright-core";
import {
  bundleHostPage,
  GUEST_URL,
  HOST_URL,
  type Served,
  servePages,
} from "../../packages/prefab-renderer/test/browser/harness.js";
import type { TestHostWindow } from "../../packages/prefab-renderer/test/browser/host-page.js";
import {
  ORIGINAL_ORIGIN,
  ORIGINAL_URL,
  openReferenceHost,
  type ReferenceHost,
} from "../../packages/prefab-renderer/test/browser/reference-host.js";
import {
  type Kind,
  ORIGINAL_DIR,
  oursRendererHtml,
  portHostedHtml,
  standaloneHtml,
  wire,
} from "./renderers.js";
import { AWAIT_WAIT, type Predicate, startWait, WAITER, type WaitResult } from "./wait.js";

export const FRAME_WIDTH = 800;
export const VIEWPORT = { width: 1000, height: 800 };

export async function openHost(browser: Browser, kind: Kind): Promise<ReferenceHost> {
  const options = { width: FRAME_WIDTH, viewport: VIEWPORT };
  if (kind === "port")
    return openReferenceHost(browser, "ours", { ...options, rendererHtml: portHostedHtml() });
  return openReferenceHost(browser, kind, { ...options, rendererHtml: oursRendererHtml() });
}

/** Send `envelope` (in `kind`'s wire form) as a tool result and wait in the renderer frame until `pred` holds. */
export async function measure(
  host: ReferenceHost,
  kind: Kind,
  envelope: unknown,
  pred: Predicate,
  timeoutMs: number,
  /** Runs after staging, right before the timed part (profile.ts starts its CPU profiles there). */
  beforeSend?: () => Promise<void>,
): Promise<WaitResult> {
  // Stage the envelope in the host page first (untimed): pushing a 100k-row argument through CDP takes seconds,
  // which would otherwise be counted as rendering time.
  await host.page.evaluate(
    (sc) => {
      (window as unknown as { __benchEnvelope: unknown }).__benchEnvelope = sc;
    },
    wire(kind, envelope) as Record<string, unknown>,
  );
  if (beforeSend) await beforeSend();
  await host.frame.evaluate(startWait(pred, timeoutMs));
  await host.page.evaluate(() => {
    const w = window as unknown as TestHostWindow & { __benchEnvelope: Record<string, unknown> };
    void w.__host.sendResult({ content: [], structuredContent: w.__benchEnvelope });
  });
  return host.frame.evaluate<WaitResult>(AWAIT_WAIT);
}

/** CDP session of the renderer frame (its own target when out-of-process, else the page's). */
export async function frameSession(page: Page, frame: Frame): Promise<CDPSession> {
  try {
    return await page.context().newCDPSession(frame);
  } catch {
    return page.context().newCDPSession(page);
  }
}

/** Used JS heap of the session's isolate after two forced full GCs, in bytes. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send("HeapProfiler.enable");
  for (let i = 0; i < 2; i++) await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = await session.send("Runtime.getHeapUsage");
  return usedSize;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** Serve the original's dist/app from disk at ORIGINAL_ORIGIN (as reference-host.ts does); extra paths by URL. */
async function routeOriginal(served: Served, extra: Record<string, string> = {}): Promise<void> {
  await served.context.route(`${ORIGINAL_ORIGIN}**`, (route) => {
    const url = route.request().url();
    if (extra[url] !== undefined)
      return route.fulfill({ status: 200, contentType: "text/html", body: extra[url] });
    const path = new URL(url).pathname.replace(/^\/+/, "") || "index.html";
    if (path.includes("..")) return route.abort();
    try {
      return route.fulfill({
        status: 200,
        contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
        body: readFileSync(join(ORIGINAL_DIR, path)),
      });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
}

export interface ColdResult extends WaitResult {
  /** Navigation start (of the top-level page) → painted, in ms. */
  navToPaint: number;
  /** With `timing`: the renderer frame's navigation milestones, in ms since the host page's navigation start. */
  timing?: { frameStart: number; responseEnd: number; domInteractive: number };
}

export interface ColdHostedOptions {
  /** Serve this as the guest page instead of `kind`'s renderer (hosted-breakdown.ts: the handshake floor). */
  guestHtml?: string;
  /** Read the frame's navigation timing (after the paint; not part of the measured time). */
  timing?: boolean;
}

/**
 * Navigation of the host page → the renderer iframe loads → handshake → the host sends the tool result as soon as
 * the View is initialized (init script on the host page) → content painted in the iframe.
 */
export async function coldHosted(
  browser: Browser,
  kind: Kind,
  envelope: unknown,
  pred: Predicate,
  timeoutMs: number,
  options: ColdHostedOptions = {},
): Promise<ColdResult> {
  const guestUrl = kind === "original" ? ORIGINAL_URL : GUEST_URL;
  const hostHtml = `<!doctype html><html><head><meta charset="utf-8"></head>
<body data-guest-url="${guestUrl}" data-frame-width="${FRAME_WIDTH}" data-theme="light" style="margin:0"><script src="/host.js"></script></body></html>`;
  const files: Record<string, string> = {
    [HOST_URL]: hostHtml,
    [`${HOST_URL}host.js`]: await bundleHostPage(),
  };
  if (kind === "ours") files[GUEST_URL] = oursRendererHtml();
  if (kind === "port") files[GUEST_URL] = portHostedHtml();
  if (options.guestHtml !== undefined) files[GUEST_URL] = options.guestHtml;
  const served = await servePages(browser, files);
  try {
    if (kind === "original") await routeOriginal(served);
    const { page, context } = served;
    await page.setViewportSize(VIEWPORT);
    const structuredContent = JSON.stringify(wire(kind, envelope));
    // Host page: send the result the moment the View reports initialized (setter trap on window.__host).
    // Guest frame: start the per-frame readiness poll before any renderer script runs.
    await context.addInitScript(`(() => {
      if (location.origin === ${JSON.stringify(new URL(HOST_URL).origin)}) {
        let h;
        Object.defineProperty(window, "__host", { configurable: true, get: () => h, set: (v) => {
          h = v; v.initialized.then(() => v.sendResult({ content: [], structuredContent: ${structuredContent} }));
        } });
        return;
      }
      if (location.href === ${JSON.stringify(guestUrl)}) window.__benchWait = ${WAITER}(${pred}, ${timeoutMs});
    })()`);
    const navigated = page.waitForEvent("framenavigated", {
      predicate: (f) => f.url() === guestUrl,
      timeout: timeoutMs,
    });
    await page.goto(HOST_URL, { waitUntil: "commit" });
    const hostOrigin = await page.evaluate(() => performance.timeOrigin);
    const frame = await navigated;
    const r = await frame.evaluate<WaitResult>(AWAIT_WAIT);
    if (!options.timing) return { ...r, navToPaint: r.epoch - hostOrigin };
    const nav = await frame.evaluate(() => {
      const e = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        origin: performance.timeOrigin,
        start: e.startTime,
        end: e.responseEnd,
        dom: e.domInteractive,
      };
    });
    const at = (ms: number) => nav.origin + ms - hostOrigin;
    const timing = { frameStart: at(nav.start), responseEnd: at(nav.end), domInteractive: at(nav.dom) };
    return { ...r, navToPaint: r.epoch - hostOrigin, timing };
  } finally {
    await served.context.close().catch(() => {});
  }
}

/** Standalone page (no host) at the renderer's own URL: navigation → painted (and, with `live`, → interactive). */
export async function coldStandalone(
  browser: Browser,
  kind: Kind,
  envelope: unknown,
  pred: Predicate,
  timeoutMs: number,
  beforeGoto?: (page: Page) => Promise<void>,
  /** A second readiness, e.g. the live view after a pre-rendered one: `navToLive` (same navigation). */
  live?: Predicate,
): Promise<ColdResult & { page: Page; navToLive?: number; liveFailed?: string }> {
  const url = kind === "original" ? ORIGINAL_URL : GUEST_URL;
  const html = await standaloneHtml(kind, envelope);
  const served = await servePages(browser, kind === "original" ? {} : { [url]: html });
  if (kind === "original") await routeOriginal(served, { [url]: html });
  const { page, context } = served;
  await page.setViewportSize(VIEWPORT);
  const liveWait = live === undefined ? "" : `window.__benchLive = ${WAITER}(${live}, ${timeoutMs});`;
  await context.addInitScript(
    `(() => { if (location.href === ${JSON.stringify(url)}) { window.__benchWait = ${WAITER}(${pred}, ${timeoutMs}); ${liveWait} } })()`,
  );
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url, { waitUntil: "commit" });
  // The init script has run by the time the document's main world accepts evaluations.
  const r = await page.evaluate<WaitResult>(AWAIT_WAIT);
  if (live === undefined) return { ...r, navToPaint: r.sinceOrigin, page };
  const l = await page.evaluate<WaitResult>("window.__benchLive");
  return {
    ...r,
    navToPaint: r.sinceOrigin,
    page,
    ...(l.ok ? { navToLive: l.sinceOrigin } : { liveFailed: l.reason ?? "not live" }),
  };
}
