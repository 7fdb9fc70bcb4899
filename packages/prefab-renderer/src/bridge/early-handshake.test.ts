import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it, vi } from "vitest";
import { EARLY_HANDSHAKE_GLOBAL, earlyHandshakeScript, takeEarlyHandshake } from "./early-handshake.js";
import { connectGuestBridge } from "./guest-bridge.js";
import { JsonRpcError, JsonRpcPeer } from "./json-rpc.js";
import { PROTOCOL_VERSION } from "./protocol.js";
import { createWindowPair, type FakeWindow, flush } from "./testing/fake-windows.js";

const params = {
  appInfo: { name: "prefab-test", version: "0.0.1" },
  appCapabilities: { availableDisplayModes: ["inline" as const] },
  protocolVersion: PROTOCOL_VERSION,
};
const initResult = { protocolVersion: PROTOCOL_VERSION, hostContext: { theme: "dark" } };

/** Runs the inline script as the page would, with `guest` as the page's window and `host` as its parent. */
function runScript(host: FakeWindow, guest: FakeWindow, framed = true): Record<string, unknown> {
  const win: Record<string, unknown> = {};
  win.parent = framed ? host : win;
  const add = (type: "message", l: (e: MessageEvent) => void) => guest.addEventListener(type, l);
  const remove = (type: "message", l: (e: MessageEvent) => void) => guest.removeEventListener(type, l);
  new Function("window", "addEventListener", "removeEventListener", earlyHandshakeScript(params))(
    win,
    add,
    remove,
  );
  return win;
}

function setup(answer: (p: unknown) => unknown = () => initResult) {
  const { host, guest } = createWindowPair();
  const hostPeer = new JsonRpcPeer({ target: guest, source: host });
  const initialized = vi.fn();
  const initialize = vi.fn(answer);
  hostPeer.setRequestHandler("ui/initialize", initialize);
  hostPeer.setNotificationHandler("ui/notifications/initialized", initialized);
  const win = runScript(host, guest);
  const connect = () =>
    connectGuestBridge({
      appInfo: params.appInfo,
      hostWindow: host,
      selfWindow: guest,
      earlyHandshake: takeEarlyHandshake(win),
    });
  return { host, guest, hostPeer, initialize, initialized, connect, win };
}

const result = (text: string): CallToolResult => ({ content: [{ type: "text", text }] });

describe("early handshake", () => {
  it("sends ui/initialize at once and initialized on the answer; the bridge adopts both and the queued result", async () => {
    const { guest, hostPeer, initialize, initialized, connect } = setup();
    expect(initialize).not.toHaveBeenCalled(); // posted, delivered asynchronously like postMessage
    await flush();
    expect(initialize).toHaveBeenCalledWith(params);
    expect(initialized).toHaveBeenCalledTimes(1); // before any bridge exists
    hostPeer.notify("ui/notifications/tool-result", { ...result("early") });
    await flush();

    const bridge = await connect();
    const seen: CallToolResult[] = [];
    bridge.onToolResult((r) => seen.push(r));
    await flush();
    expect(seen.map((r) => r.content[0])).toEqual([{ type: "text", text: "early" }]);
    expect(initialize).toHaveBeenCalledTimes(1);
    expect(initialized).toHaveBeenCalledTimes(1);
    expect(bridge.hostContext).toEqual({ theme: "dark" });
    expect(guest.listenerCount).toBe(1); // the script's listener is gone, the bridge's remains
  });

  it("awaits an answer still in flight when the bridge takes over, then sends initialized itself", async () => {
    let answer!: (value: unknown) => void;
    const { initialized, connect } = setup(() => new Promise((resolve) => (answer = resolve)));
    await flush();
    const connecting = connect();
    answer(initResult);
    const bridge = await connecting;
    await flush();
    expect(bridge.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(initialized).toHaveBeenCalledTimes(1);
  });

  it("rejects like the bridge's own request when the host refuses, without sending initialized", async () => {
    const { initialized, connect } = setup(() => {
      throw new JsonRpcError(-32000, "not allowed");
    });
    await flush();
    await expect(connect()).rejects.toMatchObject({ code: -32000, message: "not allowed" });
    expect(initialized).not.toHaveBeenCalled();
  });

  it("does nothing when the page is not framed, and is taken only once", () => {
    const { host, guest } = createWindowPair();
    const win = runScript(host, guest, false);
    expect(win[EARLY_HANDSHAKE_GLOBAL]).toBeUndefined();
    expect(host.received).toEqual([]);
    const framed = runScript(host, guest);
    expect(takeEarlyHandshake(framed)).toBeDefined();
    expect(takeEarlyHandshake(framed)).toBeUndefined();
  });
});

describe("early handshake, host not listening yet", () => {
  it("asks again through the bridge when the first ui/initialize was lost", async () => {
    const { host, guest } = createWindowPair();
    const win = runScript(host, guest); // nobody listens on the host yet: the message is lost
    await flush();
    const hostPeer = new JsonRpcPeer({ target: guest, source: host });
    const initialize = vi.fn(() => initResult);
    const initialized = vi.fn();
    hostPeer.setRequestHandler("ui/initialize", initialize);
    hostPeer.setNotificationHandler("ui/notifications/initialized", initialized);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const connecting = connectGuestBridge({
        appInfo: params.appInfo,
        hostWindow: host,
        selfWindow: guest,
        earlyHandshake: takeEarlyHandshake(win),
      });
      await vi.advanceTimersByTimeAsync(999);
      expect(initialize).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(10);
      const bridge = await connecting;
      await vi.advanceTimersByTimeAsync(10);
      expect(initialize).toHaveBeenCalledTimes(1);
      expect(initialize).toHaveBeenCalledWith(params);
      expect(initialized).toHaveBeenCalledTimes(1);
      expect(bridge.hostContext).toEqual({ theme: "dark" });
    } finally {
      vi.useRealTimers();
    }
  });
});
