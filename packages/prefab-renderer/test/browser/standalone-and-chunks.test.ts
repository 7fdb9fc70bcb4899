/**
 * Without a host: the offline export format (`renderToStandaloneHtml` → `prefab:initial-data`, with and without
 * the pre-rendered view) and the bare file ("Waiting for data"). And the lazy-chunk mechanism itself, on a small
 * fixture app built with the same plugins: nothing is evaluated before it is needed, live bindings, shared
 * dependencies, errors, `</script>` in chunk text.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStandaloneHtml } from "../../src/node/index.js";
import { SHARED_DIR } from "../shared-dir.js";
import { buildLazyFixture } from "./fixtures/build-lazy-fixture.js";
import { ensureRendererBuilt, launchChromium, type Served, servePages, settle } from "./harness.js";

/** Chunks of the action code, loaded in idle time after the first paint (not view chunks). */
const ACTION_CHUNKS = ["executor.js", "file-picker.js"];

describe("standalone renderer.html and lazy chunks", { timeout: 60_000 }, () => {
  let browser: Browser;
  let rendererHtml: string;

  beforeAll(async () => {
    rendererHtml = ensureRendererBuilt();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string): Promise<Served & { page: Page }> {
    const url = "http://guest.test/page.html";
    const served = await servePages(browser, { [url]: html });
    await served.page.goto(url);
    return served;
  }

  it("renders an embedded envelope with no host and no network", async () => {
    const html = await renderToStandaloneHtml(
      {
        version: "0.2",
        state: { name: "Ada" },
        view: {
          type: "Column",
          children: [
            { type: "Text", content: "Hello {{ name }} </script> \u2028" },
            { type: "Button", label: "Press" },
          ],
        },
      },
      { rendererHtml, title: "Export", prerender: false },
    );
    const served = await open(html);
    await served.page.getByText("Hello Ada").waitFor();
    expect(await served.page.title()).toBe("Export");
    const report = await settle(served.page.mainFrame(), "view");
    expect(report.inlineErrors).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.uncaught).toEqual([]);
    expect(served.extraRequests).toEqual([]);
    // No view chunk for Text and Button; only the action code, prefetched when the view is idle (actions/run.ts).
    const loaded = await served.page.evaluate(
      () => (window as unknown as { __prefabChunks: { loaded: string[] } }).__prefabChunks.loaded,
    );
    expect(loaded.filter((name) => !ACTION_CHUNKS.includes(name))).toEqual([]);
    await served.context.close();
  });

  it("reads an envelope that an exporter placed after the start-up script (before </body>)", async () => {
    const tag = `<script type="application/json" id="prefab:initial-data">${JSON.stringify({
      version: "0.2",
      view: { type: "Text", content: "Placed late" },
    })}</script>`;
    const served = await open(rendererHtml.replace(/<\/body>/i, `${tag}</body>`));
    await served.page.getByText("Placed late").waitFor();
    const report = await settle(served.page.mainFrame(), "view");
    expect(report.uncaught).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await served.context.close();
  });

  it("shows 'Waiting for data' without envelope and host", async () => {
    const served = await open(rendererHtml);
    await served.page.getByText(/Waiting for data/).waitFor();
    expect(served.extraRequests).toEqual([]);
    await served.context.close();
  });

  it("shows invalid embedded data as an error, not a blank page", async () => {
    const html = rendererHtml.replace(
      /<\/body>/i,
      '<script type="application/json" id="prefab:initial-data">{not json</script></body>',
    );
    const served = await open(html);
    await served.page.getByText("Invalid embedded data").waitFor();
    await served.context.close();
  });

  /** Records, from before any page script, what the page looked like when the boot script required the entry. */
  const PROBE = `(() => {
    const p = { atBoot: null, frames: 0, wrapperRemovals: 0, rootRemovalBatches: 0, statusPanels: 0 };
    window.__probe = p;
    const tick = () => { if (++p.frames < 30) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    let chunks;
    Object.defineProperty(window, "__prefabChunks", { configurable: true, get: () => chunks, set(v) {
      const require = v.require;
      v.require = (name) => {
        // The full stylesheet's chunk is required first (it replaces the critical sheet); the entry is what counts.
        if (!p.atBoot && name !== "prefab-full-css.js") {
          const root = document.getElementById("root");
          const sheet = document.querySelector("style[data-prefab-critical]");
          p.atBoot = {
            name,
            sheetLength: sheet ? sheet.textContent.length : -1,
            text: root ? root.textContent : null,
            prerendered: !!(root && root.querySelector("[data-prefab-prerendered]")),
            reactMounted: !!root && Object.keys(root).some((k) => k.startsWith("__reactContainer$")),
            parsed: document.readyState !== "loading",
          };
        }
        return require(name);
      };
      chunks = v;
    } });
    new MutationObserver((records) => {
      let rootRemoval = false;
      for (const r of records) {
        if (r.target.id === "root" && r.removedNodes.length > 0) rootRemoval = true;
        for (const n of r.removedNodes) if (n.nodeType === 1 && n.hasAttribute("data-prefab-prerendered")) p.wrapperRemovals++;
        for (const n of r.addedNodes) if (n.nodeType === 1 && (n.matches(".pf-status") || n.querySelector(".pf-status"))) p.statusPanels++;
      }
      if (rootRemoval) p.rootRemovalBatches++;
    }).observe(document, { childList: true, subtree: true });
  })()`;

  interface Probe {
    atBoot: {
      name: string;
      sheetLength: number;
      text: string | null;
      prerendered: boolean;
      reactMounted: boolean;
      parsed: boolean;
    } | null;
    frames: number;
    wrapperRemovals: number;
    rootRemovalBatches: number;
    statusPanels: number;
  }
  const probe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  const isLive = () =>
    document.querySelector("[data-prefab-prerendered]") === null &&
    document.querySelector("#root > .prefab-root") !== null;

  it("paints a pre-rendered view before any start-up script runs, then replaces it once with the live view", async () => {
    const html = await renderToStandaloneHtml(
      {
        version: "0.2",
        state: { count: 0, name: "Ada" },
        view: {
          type: "Card",
          children: [
            {
              type: "CardHeader",
              children: [{ type: "CardTitle", content: "Pre-rendered card \u2014 caf\u00e9 \ud83d\ude00" }],
            },
            {
              type: "CardContent",
              children: [
                { type: "Text", content: "Count: {{ count }}" },
                { type: "Input", name: "name", placeholder: "Name" },
                { type: "Text", content: "Hello {{ name }} </script> & <b>" },
              ],
            },
            {
              type: "CardFooter",
              children: [
                {
                  type: "Button",
                  label: "Add",
                  onClick: { action: "setState", key: "count", value: "{{ count + 1 }}" },
                },
              ],
            },
          ],
        },
      },
      { rendererHtml },
    );
    expect(html).toContain("data-prefab-prerendered");
    const url = "http://guest.test/page.html";
    const served = await servePages(browser, { [url]: html });
    await served.context.addInitScript(PROBE);
    const page = served.page;
    await page.goto(url);
    await page.waitForFunction(isLive);

    const p = await probe(page);
    // (a) The entry was required by the boot script once the whole document was parsed, with the card already in
    // the DOM and no React root yet: the browser could paint it before compiling any start-up JavaScript.
    expect(p.atBoot).toMatchObject({
      name: "renderer.js",
      prerendered: true,
      reactMounted: false,
      parsed: true,
    });
    // The head had only the utilities the card uses; the full stylesheet was in place before the entry ran.
    const fullSheet = /<style rel="stylesheet" crossorigin>([\s\S]*?)<\/style>/.exec(rendererHtml)![1]!;
    expect(/<style data-prefab-critical>([\s\S]*?)<\/style>/.exec(html)![1]!.length).toBeLessThan(
      fullSheet.length / 2,
    );
    expect(p.atBoot?.sheetLength).toBe(fullSheet.length);
    // Non-ASCII text is written as character references (an ASCII file) and reads back as itself.
    expect(p.atBoot?.text).toContain("Pre-rendered card \u2014 caf\u00e9 \ud83d\ude00");
    expect(p.atBoot?.text).toContain("Count: 0");
    expect(p.atBoot?.text).toContain("Hello Ada </script> & <b>");
    // (b) Replaced in one commit, never through the "Waiting…" panel.
    expect(p.wrapperRemovals).toBe(1);
    expect(p.rootRemovalBatches).toBe(1);
    expect(p.statusPanels).toBe(0);

    // The live view: actions and bound inputs work.
    await page.getByRole("button", { name: "Add" }).click();
    await page.getByText("Count: 1").waitFor();
    await page.getByPlaceholder("Name").fill("Grace");
    await page.getByText("Hello Grace").waitFor();

    // (c) No problems, no network, and the start-up chunks are not listed as lazy loads.
    const report = await settle(page.mainFrame(), "view");
    expect(report.inlineErrors).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.uncaught).toEqual([]);
    expect(served.browserConsoleErrors).toEqual([]);
    expect(served.extraRequests).toEqual([]);
    const loaded = await page.evaluate(
      () => (window as unknown as { __prefabChunks: { loaded: string[] } }).__prefabChunks.loaded,
    );
    const startup = [...html.matchAll(/data-chunk="([^"]+)" data-eager/g)].map((m) => m[1]);
    expect(startup).toContain("renderer.js");
    expect(loaded.filter((name) => startup.includes(name))).toEqual([]);
    expect((await probe(page)).wrapperRemovals).toBe(1);
    await served.context.close();
  });

  /**
   * Examples from shared/prefab-examples: the pre-rendered page (JavaScript disabled) shows what the live page
   * shows. Screenshots of both go to $TMPDIR/prefab-prerender-shots for a look (charts may show their placeholder).
   */
  const EXAMPLES = join(SHARED_DIR, "prefab-examples");
  const SHOTS = join(tmpdir(), "prefab-prerender-shots");
  for (const [name, charts] of [
    ["card-1", false],
    ["form-2", false],
    ["sales-dashboard-1", true],
  ] as const) {
    it(`${name}: the pre-rendered page looks like the live one`, async () => {
      const envelope = readFileSync(join(EXAMPLES, `${name}.json`), "utf8");
      const html = await renderToStandaloneHtml(envelope, { rendererHtml });
      expect(html).toContain("data-prefab-prerendered");
      const url = "http://guest.test/page.html";
      mkdirSync(SHOTS, { recursive: true });

      const still = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1000, height: 800 },
      });
      await still.route("**/*", (route) =>
        route.request().url() === url
          ? route.fulfill({ status: 200, contentType: "text/html", body: html })
          : route.abort(),
      );
      const stillPage = await still.newPage();
      await stillPage.goto(url);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (what a person sees) is compared.
      const stillText = await stillPage.evaluate(() => document.getElementById("root")!.innerText);
      await stillPage.screenshot({ path: join(SHOTS, `${name}-prerendered.png`), fullPage: true });
      await still.close();

      const served = await servePages(browser, { [url]: html });
      await served.page.goto(url);
      await served.page.waitForFunction(isLive);
      const report = await settle(served.page.mainFrame(), "view");
      expect(report.consoleErrors).toEqual([]);
      expect(report.uncaught).toEqual([]);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (what a person sees) is compared.
      const liveText = await served.page.evaluate(() => document.getElementById("root")!.innerText);
      await served.page.screenshot({ path: join(SHOTS, `${name}-live.png`), fullPage: true });
      await served.context.close();

      const lines = (text: string) =>
        text
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
      expect(stillText.length).toBeGreaterThan(0);
      if (charts) {
        // Chart axes and legends appear once the chart has mounted: every pre-rendered line is in the live view.
        const live = new Set(lines(liveText));
        expect(lines(stillText).filter((l) => !live.has(l))).toEqual([]);
      } else {
        expect(lines(stillText)).toEqual(lines(liveText));
      }
    });
  }

  it("lazy chunks: embedded as text, evaluated on first use only, linked with live bindings", async () => {
    const fixture = await buildLazyFixture();
    expect(fixture.lazy.sort()).toEqual(["broken.js", "heavy.js", "other.js", "util.js"]);
    expect(fixture.eager).toEqual([]);
    expect(fixture.html).not.toMatch(/<script[^>]+src=/);
    const served = await open(fixture.html);
    const page = served.page;
    await page.getByText("entry ready").waitFor();
    type W = {
      __evaluated: string[];
      __prefabChunks: { loaded: string[] };
      __fixture: Record<string, () => Promise<unknown> | unknown>;
    };
    const state = () =>
      page.evaluate(() => {
        const w = window as unknown as W;
        return { evaluated: [...w.__evaluated], loaded: [...w.__prefabChunks.loaded] };
      });
    expect(await state()).toEqual({ evaluated: ["entry"], loaded: [] });

    const heavy = await page.evaluate(() => (window as unknown as W).__fixture.heavy!());
    // counter was 1 (entry) → bump makes 2; `seen` reads the entry's live binding after the bump.
    expect(heavy).toEqual({ text: "[heavy:xxx] heavy#2 seen=2", def: "heavy-default" });
    expect(await state()).toEqual({ evaluated: ["entry", "util", "heavy"], loaded: ["heavy.js", "util.js"] });
    // The shared dependency is evaluated once.
    expect(await page.evaluate(() => (window as unknown as W).__fixture.other!())).toBe(
      "[other:xxx] </script> <!-- not a comment -->",
    );
    expect((await state()).evaluated).toEqual(["entry", "util", "heavy", "other"]);
    expect(await page.evaluate(() => (window as unknown as W).__fixture.counter!())).toBe(2);

    expect(await page.evaluate(() => (window as unknown as W).__fixture.broken!())).toBe(
      "rejected: broken chunk failed on purpose",
    );
    expect(served.extraRequests).toEqual([]);
    await served.context.close();
  }, 60_000);
});
