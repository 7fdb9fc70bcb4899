/**
 * Shared plumbing of the real-browser suites: build (or reuse) `dist/renderer.html`, launch the system Chromium
 * with playwright-core, and serve pages through request routing (no ports, no network).
 *
 * Origins: the test host page is http://host.test/, the renderer http://guest.test/renderer.html (cross-origin,
 * like a web host's sandbox). Any other request is recorded; images/media/styles get a tiny placeholder so that
 * content URLs in examples do not turn into console errors, everything else is aborted.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HOST_URL = "http://host.test/";
export const GUEST_URL = "http://guest.test/renderer.html";

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = join(here, "..", "..");
export const RENDERER_HTML = join(PACKAGE_DIR, "dist", "renderer.html");
const REPO_DIR = join(PACKAGE_DIR, "..", "..");

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Rebuild `dist/renderer.html` unless it is newer than every input (renderer + dsl sources, build config). */
export function ensureRendererBuilt(): string {
  const inputs = [
    join(PACKAGE_DIR, "src"),
    join(PACKAGE_DIR, "index.html"),
    join(PACKAGE_DIR, "vite.config.ts"),
    join(PACKAGE_DIR, "scripts", "vite-plugin-lazy-chunks.ts"),
    join(PACKAGE_DIR, "package.json"),
    join(REPO_DIR, "packages", "prefab-dsl", "src"),
  ];
  const stale = () => {
    const built = existsSync(RENDERER_HTML) ? statSync(RENDERER_HTML).mtimeMs : 0;
    return inputs.some((p) => newestMtime(p) > built);
  };
  if (process.env.PREFAB_SKIP_BUILD !== "1" && stale()) {
    // Test files run in parallel workers: one builds, the others wait for it (mkdir is atomic).
    const lock = join(PACKAGE_DIR, "dist", ".build-lock");
    mkdirSync(dirname(lock), { recursive: true });
    const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        // A lock older than 5 minutes belongs to a crashed run.
        if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
          rmSync(lock, { recursive: true });
        sleep(200);
      }
    }
    try {
      if (stale()) {
        execFileSync(process.execPath, [join(REPO_DIR, "node_modules", "vite", "bin", "vite.js"), "build"], {
          cwd: PACKAGE_DIR,
          stdio: ["ignore", "ignore", "inherit"],
          // vitest sets NODE_ENV=test, which would make this a development build of React (not what ships).
          env: { ...process.env, NODE_ENV: "production" },
        });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return readFileSync(RENDERER_HTML, "utf8");
}

/** Fails (never skips) when Chromium is missing: CI installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function bundleHostPage(): Promise<string> {
  const out = await build({
    entryPoints: [join(here, "host-page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

/** Collected in every frame before any page script runs. */
export interface FrameProblems {
  consoleErrors: string[];
  uncaught: string[];
}

/**
 * Installed as an init script (runs in every frame, before the page's scripts): keeps console errors and uncaught
 * exceptions / unhandled rejections on `window.__problems`, so each frame can be asked for its own.
 */
function installProblemCollector(): void {
  const w = window as unknown as { __problems: FrameProblems };
  const problems: FrameProblems = { consoleErrors: [], uncaught: [] };
  w.__problems = problems;
  const text = (v: unknown): string => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === "string") return v;
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  };
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    // React formats its messages printf-style ("In HTML, %s cannot be a child of <%s>.%s").
    let rest = args;
    let head = "";
    if (typeof args[0] === "string" && args[0].includes("%")) {
      rest = args.slice(1);
      head = args[0].replace(/%[sdoOc]/g, (m) => (m === "%c" ? (rest.shift(), "") : text(rest.shift())));
    }
    problems.consoleErrors.push([head, ...rest.map(text)].filter(Boolean).join(" ").slice(0, 500));
    original(...args);
  };
  window.addEventListener("error", (e) => problems.uncaught.push(text(e.error ?? e.message).slice(0, 500)));
  window.addEventListener("unhandledrejection", (e) => problems.uncaught.push(text(e.reason).slice(0, 500)));
}

export interface Served {
  context: BrowserContext;
  page: Page;
  /** URLs requested by any frame other than the served documents/scripts, in order. */
  extraRequests: string[];
  /** Chromium's own console errors (e.g. "Failed to load resource"), which console.error wrapping cannot see. */
  browserConsoleErrors: string[];
}

const PIXEL_GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function servePages(browser: Browser, files: Record<string, string>): Promise<Served> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: "en-US" });
  await context.addInitScript(installProblemCollector);
  const extraRequests: string[] = [];
  const browserConsoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const request = route.request();
    const url = request.url();
    const body = files[url];
    if (body !== undefined) {
      const contentType = url.endsWith(".js") ? "text/javascript" : "text/html";
      return route.fulfill({ status: 200, contentType, body });
    }
    extraRequests.push(url);
    const kind = request.resourceType();
    if (kind === "image") return route.fulfill({ status: 200, contentType: "image/gif", body: PIXEL_GIF });
    if (kind === "stylesheet") return route.fulfill({ status: 200, contentType: "text/css", body: "" });
    if (kind === "media" || kind === "font") return route.fulfill({ status: 204, body: "" });
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") browserConsoleErrors.push(msg.text());
  });
  return { context, page, extraRequests, browserConsoleErrors };
}

export interface HostedRenderer extends Served {
  guest: Frame;
}

/** Host page + renderer.html in a cross-origin iframe, handshake done. */
export async function openHostedRenderer(browser: Browser, rendererHtml: string): Promise<HostedRenderer> {
  const hostHtml = `<!doctype html><html><head><meta charset="utf-8"></head>
<body data-guest-url="${GUEST_URL}" style="margin:0"><script src="/host.js"></script></body></html>`;
  const served = await servePages(browser, {
    [HOST_URL]: hostHtml,
    [`${HOST_URL}host.js`]: await bundleHostPage(),
    [GUEST_URL]: rendererHtml,
  });
  await served.page.goto(HOST_URL);
  await served.page.waitForFunction(() => "__host" in window);
  await served.page.evaluate(
    () => (window as unknown as { __host: { initialized: Promise<void> } }).__host.initialized,
  );
  const guest = served.page.frames().find((f) => f.url() === GUEST_URL);
  if (!guest) throw new Error("renderer frame not found");
  return { ...served, guest };
}

export interface RenderReport {
  consoleErrors: string[];
  uncaught: string[];
  inlineErrors: string[];
  text: string;
}

/**
 * In the renderer frame: wait until `ready()` holds, then until the DOM has been quiet for `quietMs`
 * and no Suspense placeholder is left (capped at `maxMs`), and report problems collected since the last call.
 */
export async function settle(
  frame: Frame,
  ready: "view" | "status",
  quietMs = 60,
  maxMs = 3000,
): Promise<RenderReport> {
  return frame.evaluate(
    async ({ ready, quietMs, maxMs }) => {
      const start = performance.now();
      const isReady = () =>
        ready === "status"
          ? document.querySelector(".pf-status") !== null
          : document.querySelector(".pf-status") === null && document.querySelector(".prefab-root") !== null;
      while (!isReady() && performance.now() - start < maxMs) {
        await new Promise((r) => setTimeout(r, 10));
      }
      let last = performance.now();
      const observer = new MutationObserver(() => {
        last = performance.now();
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      // Suspense placeholders (lazy chunks being parsed) are aria-busy: wait for them too.
      const busy = () => document.querySelector('.prefab-root [aria-busy="true"]') !== null;
      while ((busy() || performance.now() - last < quietMs) && performance.now() - start < maxMs) {
        await new Promise((r) => setTimeout(r, 15));
      }
      observer.disconnect();
      const problems = (window as unknown as { __problems: { consoleErrors: string[]; uncaught: string[] } })
        .__problems;
      const inline = [...document.querySelectorAll("[data-prefab-error]")].map(
        (el) => `${el.getAttribute("data-prefab-error")}: ${(el.textContent ?? "").slice(0, 200)}`,
      );
      return {
        consoleErrors: problems.consoleErrors.splice(0),
        uncaught: problems.uncaught.splice(0),
        inlineErrors: inline,
        text: (document.body.innerText ?? "").slice(0, 2000),
      };
    },
    { ready, quietMs, maxMs },
  );
}
