import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/ext-apps";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it, vi } from "vitest";
import { connectGuestBridge, type GuestBridgeOptions } from "./guest-bridge.js";
import { JsonRpcError, JsonRpcErrorCode, type JsonRpcParams, JsonRpcPeer } from "./json-rpc.js";
import { PROTOCOL_VERSION } from "./protocol.js";
import { createWindowPair, flush } from "./testing/fake-windows.js";

const appInfo = { name: "prefab-test", version: "0.0.1" };
const initResult = {
  protocolVersion: LATEST_PROTOCOL_VERSION,
  hostInfo: { name: "fake-host", version: "1.0.0" },
  hostCapabilities: { openLinks: {}, serverTools: {} },
  hostContext: { theme: "light", displayMode: "inline" },
};

/** A host made of our own JSON-RPC peer (the real AppBridge is exercised in conformance.test.ts). */
function setup(overrides: Partial<GuestBridgeOptions> = {}) {
  const { host, guest } = createWindowPair();
  const hostPeer = new JsonRpcPeer({ target: guest, source: host });
  const initialized = vi.fn();
  hostPeer.setNotificationHandler("ui/notifications/initialized", initialized);
  const connect = () => connectGuestBridge({ appInfo, hostWindow: host, selfWindow: guest, ...overrides });
  return { host, guest, hostPeer, initialized, connect };
}

function result(text: string): CallToolResult {
  return { content: [{ type: "text", text }] };
}

describe("connectGuestBridge handshake", () => {
  it("sends ui/initialize like ext-apps' App, then initialized, and exposes the answer", async () => {
    const { host, hostPeer, initialized, connect } = setup({
      appCapabilities: { availableDisplayModes: ["inline"] },
    });
    const initParams: unknown[] = [];
    hostPeer.setRequestHandler("ui/initialize", (params) => {
      initParams.push(params);
      return initResult;
    });
    const bridge = await connect();
    await flush();

    expect(PROTOCOL_VERSION).toBe(LATEST_PROTOCOL_VERSION);
    expect(initParams).toEqual([
      {
        appInfo,
        appCapabilities: { availableDisplayModes: ["inline"] },
        protocolVersion: LATEST_PROTOCOL_VERSION,
      },
    ]);
    expect(initialized).toHaveBeenCalledTimes(1);
    expect(host.received[1]).toEqual({ jsonrpc: "2.0", method: "ui/notifications/initialized" });
    expect(bridge.kind).toBe("host");
    expect(bridge.hostContext).toEqual(initResult.hostContext);
    expect(bridge.hostCapabilities).toEqual(initResult.hostCapabilities);
    expect(bridge.hostInfo).toEqual(initResult.hostInfo);
    expect(bridge.protocolVersion).toBe(LATEST_PROTOCOL_VERSION);
  });

  it("rejects and stops listening when the host never answers", async () => {
    const { guest, hostPeer, connect } = setup({ initializeTimeoutMs: 20 });
    hostPeer.setRequestHandler("ui/initialize", () => new Promise(() => {}));
    await expect(connect()).rejects.toMatchObject({ code: JsonRpcErrorCode.RequestTimeout });
    expect(guest.listenerCount).toBe(0);
  });

  it("rejects when the host refuses ui/initialize", async () => {
    const { hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => {
      throw new JsonRpcError(-32000, "not allowed");
    });
    await expect(connect()).rejects.toMatchObject({ message: "not allowed" });
  });
});

describe("event buffering", () => {
  it("replays tool input, results and merged context that arrived before subscribing", async () => {
    const { hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    // A fast host: everything right after initialized, before the renderer subscribed.
    hostPeer.setNotificationHandler("ui/notifications/initialized", () => {
      hostPeer.notify("ui/notifications/tool-input-partial", { arguments: { q: "we" } });
      hostPeer.notify("ui/notifications/tool-input", { arguments: { q: "weather" } });
      hostPeer.notify("ui/notifications/tool-result", result("first") as JsonRpcParams);
      hostPeer.notify("ui/notifications/tool-result", result("second") as JsonRpcParams);
      hostPeer.notify("ui/notifications/host-context-changed", { theme: "dark" });
      hostPeer.notify("ui/notifications/host-context-changed", { displayMode: "fullscreen" });
    });
    const bridge = await connect();
    await flush();

    const inputs: unknown[] = [];
    const partials: unknown[] = [];
    const results: CallToolResult[] = [];
    const contexts: [McpUiHostContext, McpUiHostContext][] = [];
    bridge.onToolInput((params) => inputs.push(params));
    bridge.onToolInputPartial((params) => partials.push(params));
    bridge.onToolResult((r) => results.push(r));
    bridge.onHostContextChanged((context, changes) => contexts.push([context, changes]));

    expect(inputs).toEqual([{ arguments: { q: "weather" } }]);
    expect(partials).toEqual([{ arguments: { q: "we" } }]);
    expect(results.map((r) => r.content[0])).toEqual([
      { type: "text", text: "first" },
      { type: "text", text: "second" },
    ]);
    expect(contexts).toEqual([
      [
        { theme: "dark", displayMode: "fullscreen" },
        { theme: "dark", displayMode: "fullscreen" },
      ],
    ]);

    // Live delivery once subscribed, no duplicate replay.
    hostPeer.notify("ui/notifications/tool-result", result("third") as JsonRpcParams);
    await flush();
    expect(results).toHaveLength(3);
  });

  it("keeps what a host sends before answering ui/initialize", async () => {
    const { hostPeer, connect } = setup();
    // MCPJam-style ordering bug (mcp-apps.md §4 #13): notifications before the handshake completes.
    hostPeer.setRequestHandler("ui/initialize", async () => {
      hostPeer.notify("ui/notifications/tool-result", result("early") as JsonRpcParams);
      await flush();
      return initResult;
    });
    const bridge = await connect();
    const results: CallToolResult[] = [];
    bridge.onToolResult((r) => results.push(r));
    expect(results).toHaveLength(1);
  });

  it("resumes buffering after the last listener leaves (StrictMode remount)", async () => {
    const { hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    const bridge = await connect();
    const first: unknown[] = [];
    const stop = bridge.onToolCancelled((params) => first.push(params));
    stop();
    hostPeer.notify("ui/notifications/tool-cancelled", { reason: "user" });
    await flush();
    const second: unknown[] = [];
    bridge.onToolCancelled((params) => second.push(params));
    expect(first).toEqual([]);
    expect(second).toEqual([{ reason: "user" }]);
  });

  it("normalises results without content and drops non-object results", async () => {
    const { host, guest, hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    const bridge = await connect();
    const results: CallToolResult[] = [];
    bridge.onToolResult((r) => results.push(r));
    hostPeer.notify("ui/notifications/tool-result", { structuredContent: { view: {} } });
    guest.inject({ jsonrpc: "2.0", method: "ui/notifications/tool-result", params: "nope" }, host);
    await flush();
    expect(results).toEqual([{ structuredContent: { view: {} }, content: [] }]);
  });
});

describe("host → View requests", () => {
  it("answers ping and resource-teardown after running every teardown handler", async () => {
    const order: string[] = [];
    const { hostPeer, connect } = setup({ onTeardown: () => void order.push("option") });
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    const bridge = await connect();
    bridge.onTeardown(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push("async");
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubGlobal("reportError", undefined);
    const removed = bridge.onTeardown(() => void order.push("removed"));
    removed();
    bridge.onTeardown(() => {
      throw new Error("cleanup bug");
    });

    await expect(hostPeer.request("ping")).resolves.toEqual({});
    await expect(hostPeer.request("ui/resource-teardown", {})).resolves.toEqual({});
    expect(order.sort()).toEqual(["async", "option"]);
    expect(spy).toHaveBeenCalledTimes(1);
    await expect(hostPeer.request("tools/list", {})).rejects.toMatchObject({
      code: JsonRpcErrorCode.MethodNotFound,
    });
    vi.unstubAllGlobals();
    spy.mockRestore();
  });
});

describe("View → host calls", () => {
  it("sends spec-shaped params and returns results", async () => {
    const { hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    const calls: [string, unknown][] = [];
    const record = (method: string, answer: unknown) =>
      hostPeer.setRequestHandler(method, (params) => {
        calls.push([method, params]);
        return answer;
      });
    record("tools/call", { content: [], structuredContent: { ok: 1 } });
    record("ui/message", {});
    record("ui/update-model-context", {});
    record("ui/open-link", { isError: true });
    record("ui/request-display-mode", {});
    const sizes: unknown[] = [];
    hostPeer.setNotificationHandler("ui/notifications/size-changed", (p) => sizes.push(p));
    const teardownRequests: unknown[] = [];
    hostPeer.setNotificationHandler("ui/notifications/request-teardown", (p) => teardownRequests.push(p));

    const bridge = await connect();
    await expect(
      bridge.callServerTool({ name: "t", arguments: { a: 1 }, _meta: { fastmcp: { app: "x" } } }),
    ).resolves.toEqual({ content: [], structuredContent: { ok: 1 } });
    await bridge.callServerTool({ name: "u", arguments: undefined });
    await bridge.sendMessage({ role: "user", content: [{ type: "text", text: "hi" }] });
    await bridge.updateModelContext({ structuredContent: { s: 1 }, content: undefined });
    await expect(bridge.openLink({ url: "https://example.com" })).resolves.toEqual({ isError: true });
    // Host omitted `mode`: fall back to the current one.
    await expect(bridge.requestDisplayMode({ mode: "fullscreen" })).resolves.toEqual({ mode: "inline" });
    bridge.notifySizeChanged({ width: 300, height: Number.NaN });
    bridge.requestTeardown();
    await flush();

    expect(calls).toEqual([
      ["tools/call", { name: "t", arguments: { a: 1 }, _meta: { fastmcp: { app: "x" } } }],
      ["tools/call", { name: "u" }],
      ["ui/message", { role: "user", content: [{ type: "text", text: "hi" }] }],
      ["ui/update-model-context", { structuredContent: { s: 1 } }],
      ["ui/open-link", { url: "https://example.com" }],
      ["ui/request-display-mode", { mode: "fullscreen" }],
    ]);
    expect(sizes).toEqual([{ width: 300 }]);
    expect(teardownRequests).toEqual([{}]);
  });

  it("rejects host errors and invalid results; rejects the string form of callServerTool", async () => {
    const { hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    hostPeer.setRequestHandler("tools/call", (params) => {
      if (params?.name === "bad-shape") return "not an object";
      throw new JsonRpcError(-32000, "Tool not visible to apps");
    });
    const bridge = await connect();
    await expect(bridge.callServerTool({ name: "hidden" })).rejects.toMatchObject({
      code: -32000,
      message: "Tool not visible to apps",
    });
    await expect(bridge.callServerTool({ name: "bad-shape" })).rejects.toMatchObject({
      code: JsonRpcErrorCode.InternalError,
    });
    // @ts-expect-error the string form is not part of the API (ext-apps throws for it too)
    await expect(bridge.callServerTool("name")).rejects.toBeInstanceOf(TypeError);
  });

  it("close() rejects in-flight calls and stops listening", async () => {
    const { guest, hostPeer, connect } = setup();
    hostPeer.setRequestHandler("ui/initialize", () => initResult);
    hostPeer.setRequestHandler("tools/call", () => new Promise(() => {}));
    const bridge = await connect();
    const pending = bridge.callServerTool({ name: "slow" });
    bridge.close();
    await expect(pending).rejects.toMatchObject({ code: JsonRpcErrorCode.ConnectionClosed });
    expect(guest.listenerCount).toBe(0);
  });
});
