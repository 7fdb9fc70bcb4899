/**
 * Without a host: the offline export format (`renderToStandaloneHtml` → `prefab:initial-data`) and the bare file
 * ("Waiting for data"). And the lazy-chunk mechanism itself, on a small fixture app built with the same plugins:
 * nothing is evaluated before it is needed, live bindings, shared dependencies, errors, `</script>` in chunk text.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStandaloneHtml } from "../../src/node/index.js";
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
    const html = renderToStandaloneHtml(
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
      { rendererHtml, title: "Export" },
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
