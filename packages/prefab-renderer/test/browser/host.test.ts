/**
 * The built `renderer.html` driven by a parent page through the REAL ext-apps `AppBridge` (cross-origin iframe):
 * handshake, waiting/preparing states, tool result → DOM, tool errors, a Button's `toolCall` reaching the host's
 * `oncalltool`, host theme and style variables → CSS variables, lazy chunks on demand with zero network requests,
 * the other host actions (message, model context, links, display mode) reaching the host, and
 * `ui/resource-teardown` answered (view unmounted).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureRendererBuilt,
  type HostedRenderer,
  launchChromium,
  openHostedRenderer,
  settle,
} from "./harness.js";
import type { TestHostWindow } from "./host-page.js";

type ChunkWindow = Window & { __prefabChunks: { loaded: string[] } };

describe("renderer.html in a host page (real AppBridge)", { timeout: 60_000 }, () => {
  let browser: Browser;
  let hosted: HostedRenderer;
  const host = <T>(fn: (h: TestHostWindow["__host"]) => T | Promise<T>) =>
    hosted.page.evaluate(`(${fn.toString()})(window.__host)`) as Promise<T>;
  const calls = (kind: string) =>
    hosted.page.evaluate(
      (k) => (window as unknown as TestHostWindow).__host.calls.filter(([c]) => c === k).map(([, p]) => p),
      kind,
    );
  const send = (envelope: unknown) =>
    hosted.page.evaluate((e) => (window as unknown as TestHostWindow).__host.sendEnvelope(e), envelope);
  const rootVar = (name: string) =>
    hosted.guest.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

  beforeAll(async () => {
    const html = ensureRendererBuilt();
    browser = await launchChromium();
    hosted = await openHostedRenderer(browser, html);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("completes the handshake with the renderer's appInfo and display modes", async () => {
    const info = await host((h) => ({
      app: h.bridge.getAppVersion(),
      caps: h.bridge.getAppCapabilities(),
    }));
    expect(info.app?.name).toBe("prefab-renderer");
    expect(info.app?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.caps).toEqual({ availableDisplayModes: ["inline", "fullscreen"] });
    expect(await calls("initialized")).toHaveLength(1);
    // Sent once, by the page's inline script before the start-up code ran (src/bridge/early-handshake.ts).
    expect(await calls("initialize")).toEqual([{ id: "prefab:initialize" }]);
  });

  it("shows a waiting state, then Preparing… once tool input arrives (never a blank page)", async () => {
    await hosted.guest.getByText("Waiting for data…").waitFor();
    await host((h) => h.bridge.sendToolInput({ arguments: { city: "Paris" } }));
    await hosted.guest.getByText("Preparing…").waitFor();
  });

  it("renders the envelope of a tool result (also when FastMCP wrapped it) and reports its size", async () => {
    await send({ version: "0.2", view: { type: "Text", content: "Hello from the host" } });
    await hosted.guest.getByText("Hello from the host").waitFor();
    await host((h) =>
      h.sendResult({
        content: [],
        structuredContent: {
          result: { $prefab: { version: "0.3" }, view: { type: "Text", content: "Wrapped!" } },
        },
        _meta: { fastmcp: { wrap_result: true } },
      }),
    );
    await hosted.guest.getByText("Wrapped!").waitFor();
    await expect.poll(async () => (await calls("sizechange")).length).toBeGreaterThan(0);
    const report = await settle(hosted.guest, "view");
    expect(report.inlineErrors).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.uncaught).toEqual([]);
  });

  it("shows a failed tool result's error text", async () => {
    await host((h) =>
      h.sendResult({ content: [{ type: "text", text: "Weather service unavailable (503)" }], isError: true }),
    );
    await hosted.guest.getByText("The tool reported an error").waitFor();
    await hosted.guest.getByText("Weather service unavailable (503)").waitFor();
  });

  it("a Button's toolCall reaches the host's oncalltool with its arguments and app _meta", async () => {
    await send({
      $prefab: { version: "0.3" },
      _meta: { fastmcp: { app: "weather" } },
      state: { city: "Paris" },
      view: {
        type: "Button",
        label: "Forecast",
        onClick: {
          action: "toolCall",
          tool: "get_forecast",
          arguments: { city: "{{ city }}", days: 3 },
          resultKey: "forecast",
        },
      },
    });
    await hosted.guest.getByRole("button", { name: "Forecast" }).click();
    await expect
      .poll(() => calls("calltool"))
      .toEqual([
        {
          name: "get_forecast",
          arguments: { city: "Paris", days: 3 },
          _meta: { fastmcp: { app: "weather" } },
        },
      ]);
  });

  it("host theme and style variables change the document's CSS variables", async () => {
    await send({ version: "0.2", view: { type: "Text", content: "Themed" } });
    await hosted.guest.getByText("Themed").waitFor();
    const light = await rootVar("--background");
    expect(light).not.toBe("");
    await host((h) => h.updateContext({ theme: "dark" }));
    await expect.poll(() => rootVar("--background")).not.toBe(light);
    expect(await hosted.guest.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    const rootBg = await hosted.guest.evaluate(() => {
      const root = document.querySelector(".prefab-root");
      return root ? getComputedStyle(root).backgroundColor : "";
    });
    await host((h) => h.updateContext({ theme: "light" }));
    await expect.poll(() => rootVar("--background")).toBe(light);
    const rootBgLight = await hosted.guest.evaluate(
      () => getComputedStyle(document.querySelector(".prefab-root")!).backgroundColor,
    );
    expect(rootBgLight).not.toBe(rootBg);

    await host((h) =>
      h.updateContext({
        styles: {
          variables: {
            "--color-background-primary": "rgb(1, 2, 3)",
            "--font-sans": "Georgia, serif",
          } as never,
        },
      }),
    );
    await expect.poll(() => rootVar("--color-background-primary")).toBe("rgb(1, 2, 3)");
    expect(await rootVar("--font-sans")).toBe("Georgia, serif");
    // An envelope `mode` beats the host theme.
    await send({ $prefab: { version: "0.3" }, mode: "dark", view: { type: "Text", content: "Forced dark" } });
    await hosted.guest.getByText("Forced dark").waitFor();
    expect(await hosted.guest.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
  });

  it("lazy chunks are parsed only when a view needs them, with zero network requests", async () => {
    // Everything so far (Text, Button) needed no view chunk; the tool-error panel shown above is one (outcome-panel.js).
    // The other chunks loaded so far are those compiled in idle time after the first paint, never on its path: the
    // action code (actions/run.ts; a Button's toolCall above needed it anyway) and the warm-up after the handshake
    // (app/warm-up.ts: the DataTable, Badge/Metric and author-class chunks and their icons), and the size observer
    // loaded after the handshake (bridge/auto-resize.ts).
    const IDLE_CHUNKS = [
      "auto-resize.js",
      "executor.js",
      "file-picker.js",
      "warm-up.js",
      "data-table.js",
      "display-widgets.js",
      "author-classes.js",
      "compile-utility.js",
      "format.js",
      "outcome-panel.js",
    ];
    const before = await hosted.guest.evaluate(() => [
      ...(window as unknown as ChunkWindow).__prefabChunks.loaded,
    ]);
    expect(
      before.filter(
        (name) =>
          !IDLE_CHUNKS.includes(name) &&
          !/^(createLucideIcon|arrow-up|chevron|chevrons|trending-up)/.test(name),
      ),
    ).toEqual([]);
    expect(before).not.toContain("charts.js");
    // The warm-up has loaded the DataTable chunk without any DataTable view.
    await expect
      .poll(() => hosted.guest.evaluate(() => [...(window as unknown as ChunkWindow).__prefabChunks.loaded]))
      .toContain("data-table.js");
    const embedded = await hosted.guest.evaluate(() =>
      [...document.querySelectorAll("script[data-chunk]")].map((s) => s.getAttribute("data-chunk")),
    );
    expect(embedded).toContain("charts.js");

    await send({
      view: {
        type: "BarChart",
        data: [
          { month: "Jan", sales: 10 },
          { month: "Feb", sales: 20 },
        ],
        series: [{ dataKey: "sales", label: "Sales" }],
        xAxis: "month",
        height: 200,
      },
    });
    // The real chart (recharts draws an <svg>), not just the Suspense placeholder; parsing the chunk can take a
    // while on a loaded CI machine.
    await hosted.guest.locator(".prefab-root svg.recharts-surface").first().waitFor({ timeout: 30_000 });
    const loaded = await hosted.guest.evaluate(() => [
      ...(window as unknown as ChunkWindow).__prefabChunks.loaded,
    ]);
    expect(loaded).toContain("charts.js");
    const report = await settle(hosted.guest, "view");
    expect(report.uncaught).toEqual([]);
    expect(report.inlineErrors).toEqual([]);
    expect(hosted.extraRequests).toEqual([]);
  });

  it("sendMessage, updateContext, openLink and requestDisplayMode reach the host; a hostile link does not", async () => {
    const before = {
      message: (await calls("message")).length,
      openlink: (await calls("openlink")).length,
      updatemodelcontext: (await calls("updatemodelcontext")).length,
      requestdisplaymode: (await calls("requestdisplaymode")).length,
    };
    const report = (key: string) => ({
      onSuccess: { action: "setState", key, value: "ok {{ $result | default:done }}" },
      onError: { action: "setState", key, value: "error {{ $error }}" },
    });
    await send({
      $prefab: { version: "0.3" },
      state: { city: "Paris", mode: "-", link: "-", bad: "-", msg: "-" },
      view: {
        type: "Column",
        children: [
          {
            type: "Button",
            label: "Ask",
            onClick: [
              { action: "sendMessage", content: "Weather in {{ city }}?", ...report("msg") },
              { action: "updateContext", content: "Looking at {{ city }}" },
            ],
          },
          {
            type: "Button",
            label: "Docs",
            onClick: { action: "openLink", url: "https://example.com/{{ city }}", ...report("link") },
          },
          {
            type: "Button",
            label: "Evil",
            onClick: { action: "openLink", url: "javascript:alert(1)", ...report("bad") },
          },
          {
            type: "Button",
            label: "Big",
            onClick: { action: "requestDisplayMode", mode: "fullscreen", ...report("mode") },
          },
          {
            type: "Button",
            label: "Small",
            onClick: { action: "requestDisplayMode", mode: "inline", ...report("mode") },
          },
          {
            type: "Text",
            content: "msg={{ msg }} link={{ link }} mode={{ mode }} host={{ $host.displayMode }}",
          },
          { type: "Text", content: "bad={{ bad }}" },
        ],
      },
    });
    const button = (name: string) => hosted.guest.getByRole("button", { name, exact: true }).click();
    await button("Ask");
    await button("Docs");
    await button("Evil");
    await hosted.guest.getByText(/^bad=error refused to open/).waitFor();
    await button("Big");
    // The host's answer is $result, and its host-context-changed reaches $host.
    await hosted.guest.getByText("msg=ok done link=ok done mode=ok fullscreen host=fullscreen").waitFor();
    await button("Small");
    await hosted.guest.getByText("msg=ok done link=ok done mode=ok inline host=inline").waitFor();
    const since = async (kind: keyof typeof before) => (await calls(kind)).slice(before[kind]);
    expect(await since("message")).toEqual([
      { role: "user", content: [{ type: "text", text: "Weather in Paris?" }] },
    ]);
    expect(await since("updatemodelcontext")).toEqual([
      { content: [{ type: "text", text: "Looking at Paris" }] },
    ]);
    expect(await since("openlink")).toEqual([{ url: "https://example.com/Paris" }]);
    expect(await since("requestdisplaymode")).toEqual([{ mode: "fullscreen" }, { mode: "inline" }]);
  });

  it("answers ui/resource-teardown after unmounting the view", async () => {
    await send({ version: "0.2", view: { type: "Text", content: "Going away" } });
    await hosted.guest.getByText("Going away").waitFor();
    const answer = await host((h) => h.bridge.teardownResource({}, { timeout: 5000 }));
    expect(answer).toEqual({});
    expect(await hosted.guest.evaluate(() => document.getElementById("root")?.childElementCount)).toBe(0);
    expect(hosted.extraRequests).toEqual([]);
  });
});
