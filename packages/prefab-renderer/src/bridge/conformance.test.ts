/**
 * Conformance: our guest bridge against the REAL ext-apps `AppBridge` (host side), in real headless Chromium.
 *
 * Why Chromium rather than happy-dom: the properties that matter here are browser properties. `event.source`
 * identity across windows, structured cloning, cross-origin iframes (host on http://host.test, View on
 * http://guest.test, like a sandbox proxy's separate origin), ResizeObserver + requestAnimationFrame timing and
 * real layout for size reports. A happy-dom wiring would have to fake exactly those, i.e. test our fake.
 * Both sides are bundled on the fly with esbuild and served through Playwright request routing (no ports).
 *
 * Every message the guest posts is recorded by the parent page and validated at the end against ext-apps'
 * `schema.json` (JSON Schema 2020-12, via ajv) for `ui/*` methods and against the MCP SDK's zod schemas for
 * the JSON-RPC envelope and the standard methods (`tools/call`, `ping`).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CallToolRequestSchema,
  type CallToolResult,
  CancelledNotificationSchema,
  JSONRPCMessageSchema,
  PingRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import Ajv2020 from "ajv/dist/2020.js";
import { build } from "esbuild";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConformanceGuestWindow } from "./testing/conformance-guest.js";
import type { ConformanceHostWindow } from "./testing/conformance-host.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HOST_URL = "http://host.test/";
const GUEST_URL = "http://guest.test/";
const here = dirname(fileURLToPath(import.meta.url));

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(here, "testing", entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

const hostHtml = `<!doctype html><html><head><meta charset="utf-8"></head>
<body data-guest-url="${GUEST_URL}" style="margin:0"><script src="/host.js"></script></body></html>`;
// `html { height: 100% }` is the classic auto-resize feedback-loop trap; the bridge must not fall into it.
const guestHtml = `<!doctype html><html style="height:100%"><head><meta charset="utf-8"></head>
<body style="margin:0;height:100%"><div id="content" style="height:120px">content</div>
<script src="/guest.js"></script></body></html>`;

// Never skipped: CI installs Chromium (.ci/run), and a missing browser must fail loudly.
describe("guest bridge ⇄ ext-apps AppBridge in Chromium", () => {
  it("has a Chromium to run in", () => {
    expect(
      existsSync(CHROMIUM),
      `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or apt-get install chromium)`,
    ).toBe(true);
  });
  let browser: Browser;
  let page: Page;
  let guest: Frame;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const [hostJs, guestJs] = await Promise.all([
      bundle("conformance-host.ts"),
      bundle("conformance-guest.ts"),
    ]);
    browser = await chromium.launch({
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
    const context = await browser.newContext();
    const files: Record<string, { body: string; contentType: string }> = {
      [HOST_URL]: { body: hostHtml, contentType: "text/html" },
      [`${HOST_URL}host.js`]: { body: hostJs, contentType: "text/javascript" },
      [GUEST_URL]: { body: guestHtml, contentType: "text/html" },
      [`${GUEST_URL}guest.js`]: { body: guestJs, contentType: "text/javascript" },
    };
    await context.route("**/*", (route) => {
      const file = files[route.request().url()];
      return file ? route.fulfill({ status: 200, ...file }) : route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(HOST_URL);
    await page.waitForFunction(() => "__host" in window);
    await page.evaluate(() => (window as unknown as ConformanceHostWindow).__host.initialized);
    // `initialized` means the guest page loaded and ran, so its frame exists now.
    const frame = page.frames().find((f) => f.url() === GUEST_URL);
    if (!frame) throw new Error("guest frame not found");
    guest = frame;
    await guest.evaluate(() =>
      (window as unknown as ConformanceGuestWindow).__guest.ready.then(() => undefined),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const hostCalls = (kind: string) =>
    page.evaluate(
      (k) =>
        (window as unknown as ConformanceHostWindow).__host.record.calls
          .filter(([c]) => c === k)
          .map(([, p]) => p),
      kind,
    );
  const guestRecord = () =>
    guest.evaluate(() => (window as unknown as ConformanceGuestWindow).__guest.record);

  it("completes the handshake in both directions", async () => {
    const host = await page.evaluate(() => {
      const { bridge } = (window as unknown as ConformanceHostWindow).__host;
      return { appInfo: bridge.getAppVersion(), appCapabilities: bridge.getAppCapabilities() };
    });
    expect(host.appInfo).toEqual({ name: "prefab-conformance-guest", version: "0.0.1" });
    expect(host.appCapabilities).toEqual({ availableDisplayModes: ["inline", "fullscreen"] });
    expect(await hostCalls("initialized")).toHaveLength(1);

    const view = await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      return {
        kind: bridge.kind,
        hostInfo: bridge.hostInfo,
        hostCapabilities: bridge.hostCapabilities,
        hostContext: bridge.hostContext,
        protocolVersion: bridge.protocolVersion,
      };
    });
    expect(view).toEqual({
      kind: "host",
      hostInfo: { name: "conformance-host", version: "1.0.0" },
      hostCapabilities: {
        openLinks: {},
        serverTools: {},
        logging: {},
        message: { text: {} },
        updateModelContext: { text: {}, structuredContent: {} },
      },
      hostContext: {
        theme: "light",
        displayMode: "inline",
        availableDisplayModes: ["inline", "fullscreen"],
        containerDimensions: { maxHeight: 800, width: 640 },
        locale: "en-US",
        platform: "web",
      },
      protocolVersion: "2026-01-26",
    });
  });

  it("buffers tool-input(-partial) and tool-result sent before the renderer subscribed, then replays them", async () => {
    // Give the early notifications time to arrive while nobody listens.
    await page.waitForTimeout(50);
    expect((await guestRecord()).toolResult).toEqual([]);
    await guest.evaluate(() => (window as unknown as ConformanceGuestWindow).__guest.subscribe());
    const early = await page.evaluate(() => {
      const host = (window as unknown as ConformanceHostWindow).__host;
      return { input: host.earlyToolInput, result: host.earlyToolResult };
    });
    await expect.poll(async () => (await guestRecord()).toolResult).toEqual([early.result]);
    const record = await guestRecord();
    expect(record.toolInputPartial).toEqual([{ arguments: { query: "weather" } }]);
    expect(record.toolInput).toEqual([{ arguments: early.input }]);
  });

  it("delivers later tool results live, including _meta", async () => {
    const later: CallToolResult = {
      content: [{ type: "text", text: "Rain" }],
      structuredContent: { result: { view: { type: "Text" } } },
      _meta: { fastmcp: { wrap_result: true } },
    };
    await page.evaluate(
      (r) => (window as unknown as ConformanceHostWindow).__host.bridge.sendToolResult(r),
      later,
    );
    await expect.poll(async () => (await guestRecord()).toolResult.at(-1)).toEqual(later);
  });

  it("merges host-context-changed into hostContext and notifies with the changed keys", async () => {
    // AppBridge.setHostContext diffs against the previous context and sends only the changed keys.
    await page.evaluate(() =>
      (window as unknown as ConformanceHostWindow).__host.updateContext({ theme: "dark" }),
    );
    await expect.poll(async () => (await guestRecord()).contextChanges.length).toBe(1);
    const { contextChanges } = await guestRecord();
    expect(contextChanges[0]!.changes).toEqual({ theme: "dark" });
    expect(contextChanges[0]!.context).toMatchObject({
      theme: "dark",
      locale: "en-US",
      displayMode: "inline",
    });
    const theme = await guest.evaluate(
      async () => (await (window as unknown as ConformanceGuestWindow).__guest.ready).hostContext.theme,
    );
    expect(theme).toBe("dark");
  });

  it("tools/call is answered by the host's oncalltool: result, isError and JSON-RPC error", async () => {
    const outcome = await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      const ok = await bridge.callServerTool({
        name: "echo",
        arguments: { city: "Paris", days: 3 },
        _meta: { fastmcp: { app: "weather-app" } },
      });
      const toolError = await bridge.callServerTool({ name: "fails", arguments: {} });
      const hostError = await bridge.callServerTool({ name: "explode" }).then(
        () => "resolved",
        (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      );
      return { ok, toolError, hostError };
    });
    expect(outcome.ok.structuredContent).toEqual({
      name: "echo",
      arguments: { city: "Paris", days: 3 },
      meta: { fastmcp: { app: "weather-app" } },
    });
    expect(outcome.toolError).toMatchObject({
      isError: true,
      content: [{ type: "text", text: "bad input" }],
    });
    expect(outcome.hostError).toContain("tool exploded on the host");
    expect(await hostCalls("calltool")).toEqual([
      { name: "echo", arguments: { city: "Paris", days: 3 }, _meta: { fastmcp: { app: "weather-app" } } },
      { name: "fails", arguments: {} },
      { name: "explode" },
    ]);
  });

  it("ui/message, ui/update-model-context and ui/open-link reach the host handlers", async () => {
    const results = await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      const message = await bridge.sendMessage({
        role: "user",
        content: [{ type: "text", text: "Show me more" }],
      });
      await bridge.updateModelContext({
        content: [{ type: "text", text: "User picked Paris" }],
        structuredContent: { city: "Paris" },
      });
      const link = await bridge.openLink({ url: "https://example.com/forecast" });
      const refused = await bridge.openLink({ url: "http://insecure.example" });
      return { message, link, refused };
    });
    expect(results).toEqual({ message: {}, link: {}, refused: { isError: true } });
    expect(await hostCalls("message")).toEqual([
      { role: "user", content: [{ type: "text", text: "Show me more" }] },
    ]);
    expect(await hostCalls("updatemodelcontext")).toEqual([
      { content: [{ type: "text", text: "User picked Paris" }], structuredContent: { city: "Paris" } },
    ]);
    expect(await hostCalls("openlink")).toEqual([
      { url: "https://example.com/forecast" },
      { url: "http://insecure.example" },
    ]);
  });

  it("ui/request-display-mode returns the host's mode and the follow-up context change arrives", async () => {
    const result = await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      return bridge.requestDisplayMode({ mode: "fullscreen" });
    });
    expect(result).toEqual({ mode: "fullscreen" });
    expect(await hostCalls("requestdisplaymode")).toEqual([{ mode: "fullscreen" }]);
    await expect
      .poll(async () => (await guestRecord()).contextChanges.at(-1)?.context.displayMode)
      .toBe("fullscreen");
  });

  it("autoResize reports content size changes once each, rounded, without a feedback loop", async () => {
    await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      bridge.autoResize();
    });
    await expect.poll(async () => (await hostCalls("sizechange")).length).toBe(1);
    expect(await hostCalls("sizechange")).toEqual([{ width: 640, height: 120 }]);

    // Fractional height → rounded up; the host then resizes the iframe to it (see conformance-host.ts).
    await guest.evaluate(() => {
      document.getElementById("content")!.style.height = "300.4px";
    });
    await expect.poll(async () => (await hostCalls("sizechange")).length).toBe(2);
    // Let several frames and ResizeObserver rounds pass: the iframe resize must not trigger more reports.
    await page.waitForTimeout(300);
    const sizes = await hostCalls("sizechange");
    expect(sizes).toEqual([
      { width: 640, height: 120 },
      { width: 640, height: 301 },
    ]);
    const iframeHeight = await page.evaluate(() => document.querySelector("iframe")!.style.height);
    expect(iframeHeight).toBe("301px");

    // Shrinking is reported too (the max-content measurement ignores html{height:100%}).
    await guest.evaluate(() => {
      document.getElementById("content")!.style.height = "80px";
    });
    await expect.poll(async () => (await hostCalls("sizechange")).at(-1)).toEqual({ width: 640, height: 80 });
    await page.waitForTimeout(200);
    expect(await hostCalls("sizechange")).toHaveLength(3);
  });

  it("ping works in both directions", async () => {
    await guest.evaluate(async () => {
      const bridge = await (window as unknown as ConformanceGuestWindow).__guest.ready;
      await bridge.ping();
    });
    await expect(
      page.evaluate(() => (window as unknown as ConformanceHostWindow).__host.pingGuest()),
    ).resolves.toEqual({});
  });

  it("ignores forged messages from windows other than the parent", async () => {
    const arrived = await guest.evaluate(async () => {
      let seen = 0;
      window.addEventListener(
        "message",
        (event: MessageEvent<{ params?: { content?: { text?: string }[] } }>) => {
          if (event.data?.params?.content?.[0]?.text === "forged") seen++;
        },
      );
      const forged = {
        jsonrpc: "2.0",
        method: "ui/notifications/tool-result",
        params: { content: [{ type: "text", text: "forged" }] },
      };
      // From the View's own window, and from a child frame (e.g. an embedded widget).
      window.postMessage(forged, "*");
      const child = document.createElement("iframe");
      child.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged)}, "*")</script>`;
      document.body.append(child);
      await new Promise((resolve) => child.addEventListener("load", resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      child.remove();
      return seen;
    });
    // Both forgeries really reached the View's window; the bridge dropped them by `source`.
    expect(arrived).toBe(2);
    const texts = (await guestRecord()).toolResult.map((r) => r.content[0]);
    expect(texts).not.toContainEqual({ type: "text", text: "forged" });
  });

  it("tool-cancelled and request-teardown flow; ui/resource-teardown is answered after cleanup", async () => {
    await page.evaluate(() =>
      (window as unknown as ConformanceHostWindow).__host.bridge.sendToolCancelled({
        reason: "user stopped",
      }),
    );
    await expect.poll(async () => (await guestRecord()).toolCancelled).toEqual([{ reason: "user stopped" }]);

    await guest.evaluate(async () =>
      (await (window as unknown as ConformanceGuestWindow).__guest.ready).requestTeardown(),
    );
    await expect.poll(() => hostCalls("requestteardown")).toEqual([{}]);

    const answer = await page.evaluate(() =>
      (window as unknown as ConformanceHostWindow).__host.bridge.teardownResource({}, { timeout: 5000 }),
    );
    expect(answer).toEqual({});
    // The cleanup handler (20 ms async) finished before the answer was sent.
    expect((await guestRecord()).teardowns).toBe(1);
  });

  it("every message the guest sent validates against ext-apps schema.json / MCP SDK schemas", async () => {
    const sent = await page.evaluate(
      () => (window as unknown as ConformanceHostWindow).__host.record.fromGuest,
    );
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve("@modelcontextprotocol/ext-apps/schema.json"), "utf8"),
    ) as {
      $defs: Record<string, object>;
    };
    // Formats (date-time in annotations) are irrelevant to our messages; skip them instead of warning.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const uiSchemas: Record<string, string> = {
      "ui/initialize": "McpUiInitializeRequest",
      "ui/notifications/initialized": "McpUiInitializedNotification",
      "ui/message": "McpUiMessageRequest",
      "ui/update-model-context": "McpUiUpdateModelContextRequest",
      "ui/open-link": "McpUiOpenLinkRequest",
      "ui/request-display-mode": "McpUiRequestDisplayModeRequest",
      "ui/notifications/size-changed": "McpUiSizeChangedNotification",
      "ui/notifications/request-teardown": "McpUiRequestTeardownNotification",
    };
    const validators = Object.fromEntries(
      Object.entries(uiSchemas).map(([method, def]) => [method, ajv.compile(schema.$defs[def]!)]),
    );
    const teardownResult = ajv.compile(schema.$defs.McpUiResourceTeardownResult!);

    const problems: string[] = [];
    const methodsSeen = new Set<string>();
    let responses = 0;
    for (const message of sent) {
      const envelope = JSONRPCMessageSchema.safeParse(message);
      if (!envelope.success) problems.push(`not JSON-RPC: ${JSON.stringify(message)}`);
      const m = message as { method?: string; params?: unknown; result?: unknown; error?: unknown };
      if (m.method === undefined) {
        responses++;
        if (m.error !== undefined) problems.push(`guest answered with an error: ${JSON.stringify(message)}`);
        else if (!teardownResult(m.result)) problems.push(`bad result: ${JSON.stringify(message)}`);
        continue;
      }
      methodsSeen.add(m.method);
      const body = m.params === undefined ? { method: m.method } : { method: m.method, params: m.params };
      const validate = validators[m.method];
      if (validate) {
        if (!validate(body))
          problems.push(`${m.method}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body)}`);
      } else if (m.method === "tools/call") {
        if (!CallToolRequestSchema.safeParse(body).success)
          problems.push(`tools/call: ${JSON.stringify(body)}`);
      } else if (m.method === "ping") {
        if (!PingRequestSchema.safeParse(body).success) problems.push(`ping: ${JSON.stringify(body)}`);
      } else if (m.method === "notifications/cancelled") {
        if (!CancelledNotificationSchema.safeParse(body).success)
          problems.push(`cancelled: ${JSON.stringify(body)}`);
      } else {
        problems.push(`unexpected method ${m.method}`);
      }
    }
    expect(problems).toEqual([]);
    expect([...methodsSeen].sort()).toEqual([...Object.keys(uiSchemas), "ping", "tools/call"].sort());
    // Answers to the host's ping and ui/resource-teardown.
    expect(responses).toBe(2);
    expect(pageErrors).toEqual([]);
  });
});
