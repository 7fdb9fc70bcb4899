import { afterEach, describe, expect, it, vi } from "vitest";
import { JsonRpcError, JsonRpcErrorCode, JsonRpcPeer } from "./json-rpc.js";
import { createWindowPair, flush } from "./testing/fake-windows.js";

function setup(defaultTimeoutMs?: number) {
  const { host, guest } = createWindowPair();
  // The guest posts to `host` and listens on `guest`; the host peer does the mirror image.
  const guestPeer = new JsonRpcPeer({ target: host, source: guest, defaultTimeoutMs });
  const hostPeer = new JsonRpcPeer({ target: guest, source: host });
  return { host, guest, guestPeer, hostPeer };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("JsonRpcPeer", () => {
  it("round-trips requests, results and notifications", async () => {
    const { guestPeer, hostPeer, host } = setup();
    hostPeer.setRequestHandler("echo", (params) => ({ echoed: params }));
    const seen: unknown[] = [];
    hostPeer.setNotificationHandler("note", (params) => seen.push(params));

    await expect(guestPeer.request("echo", { a: 1 })).resolves.toEqual({ echoed: { a: 1 } });
    guestPeer.notify("note", { b: 2 });
    guestPeer.notify("note");
    await flush();
    expect(seen).toEqual([{ b: 2 }, undefined]);
    // Wire shape: ids are numbers, params omitted rather than undefined.
    expect(host.received[0]).toEqual({ jsonrpc: "2.0", id: 1, method: "echo", params: { a: 1 } });
    expect(host.received[2]).toEqual({ jsonrpc: "2.0", method: "note" });
    expect("params" in (host.received[2] as object)).toBe(false);
  });

  it("answers a handler that returns nothing with an empty object", async () => {
    const { guestPeer, hostPeer } = setup();
    hostPeer.setRequestHandler("void", () => undefined);
    await expect(guestPeer.request("void")).resolves.toEqual({});
  });

  it("maps error responses to JsonRpcError with code, message and data", async () => {
    const { guestPeer, hostPeer } = setup();
    hostPeer.setRequestHandler("deny", () => {
      throw new JsonRpcError(-32000, "denied", { why: "policy" });
    });
    hostPeer.setRequestHandler("crash", () => {
      throw new Error("boom");
    });
    const denied = await guestPeer.request("deny").catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(JsonRpcError);
    expect(denied).toMatchObject({ code: -32000, message: "denied", data: { why: "policy" } });
    await expect(guestPeer.request("crash")).rejects.toMatchObject({
      code: JsonRpcErrorCode.InternalError,
      message: "boom",
    });
    await expect(guestPeer.request("missing")).rejects.toMatchObject({
      code: JsonRpcErrorCode.MethodNotFound,
    });
  });

  it("times out, tells the peer, and ignores the late answer", async () => {
    const { guestPeer, hostPeer, host } = setup(20);
    const cancelled: unknown[] = [];
    hostPeer.setNotificationHandler("notifications/cancelled", (params) => cancelled.push(params));
    let answer: (value: unknown) => void = () => {};
    hostPeer.setRequestHandler("slow", () => new Promise((resolve) => (answer = resolve)));

    await expect(guestPeer.request("slow")).rejects.toMatchObject({ code: JsonRpcErrorCode.RequestTimeout });
    await flush();
    expect(cancelled).toEqual([{ requestId: 1, reason: expect.stringContaining("timed out") }]);
    answer({ late: true });
    await flush();
    // The next request still works and gets its own answer, not the late one.
    hostPeer.setRequestHandler("fast", () => ({ ok: true }));
    await expect(guestPeer.request("fast")).resolves.toEqual({ ok: true });
    expect(host.received.length).toBeGreaterThanOrEqual(3);
  });

  it("rejects on abort and on already-aborted signals", async () => {
    const { guestPeer, hostPeer } = setup();
    hostPeer.setRequestHandler("never", () => new Promise(() => {}));
    const controller = new AbortController();
    const pending = guestPeer.request("never", undefined, { signal: controller.signal });
    controller.abort(new Error("user left"));
    await expect(pending).rejects.toMatchObject({
      code: JsonRpcErrorCode.RequestCancelled,
      message: expect.stringContaining("user left"),
    });
    await expect(
      guestPeer.request("never", undefined, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({
      code: JsonRpcErrorCode.RequestCancelled,
    });
  });

  it("ignores messages whose source is not the target window", async () => {
    const { guest, guestPeer, hostPeer } = setup();
    const stranger = {};
    const seen: unknown[] = [];
    guestPeer.setNotificationHandler("note", (params) => seen.push(params));
    guestPeer.setRequestHandler("ping", () => ({}));
    hostPeer.setRequestHandler("never", () => new Promise(() => {}));

    const pending = guestPeer.request("never", undefined, { timeoutMs: 50 });
    // A spoofed answer with the right id from another frame must not resolve the request.
    guest.inject({ jsonrpc: "2.0", id: 1, result: { spoofed: true } }, stranger);
    guest.inject({ jsonrpc: "2.0", method: "note", params: { spoofed: true } }, stranger);
    guest.inject({ jsonrpc: "2.0", id: 7, method: "ping" }, stranger);
    await expect(pending).rejects.toMatchObject({ code: JsonRpcErrorCode.RequestTimeout });
    expect(seen).toEqual([]);
  });

  it("survives malformed input", async () => {
    const { host, guest, guestPeer } = setup();
    const seen: unknown[] = [];
    guestPeer.setNotificationHandler("note", (params) => seen.push(params));
    const junk: unknown[] = [
      null,
      "string",
      42,
      [1, 2],
      { jsonrpc: "1.0", method: "note" },
      { method: "note" },
      { jsonrpc: "2.0" },
      { jsonrpc: "2.0", id: { nested: 1 }, method: "note" },
      { jsonrpc: "2.0", id: 99, result: {} },
      { jsonrpc: "2.0", id: 1, result: {}, error: { code: 1, message: "both" } },
      { jsonrpc: "2.0", method: "note", params: [1, 2] },
      { jsonrpc: "2.0", method: 5 },
    ];
    for (const data of junk) guest.inject(data, host);
    // A request with positional params gets a proper InvalidParams error instead of silence.
    guest.inject({ jsonrpc: "2.0", id: "x", method: "note", params: [1] }, host);
    guest.inject({ jsonrpc: "2.0", method: "note", params: { fine: true } }, host);
    await flush();
    expect(seen).toEqual([{ fine: true }]);
    expect(host.received).toEqual([
      {
        jsonrpc: "2.0",
        id: "x",
        error: { code: JsonRpcErrorCode.InvalidParams, message: expect.any(String) },
      },
    ]);
  });

  it("rejects malformed error responses with InternalError", async () => {
    const { host, guest, guestPeer } = setup();
    const pending = guestPeer.request("x");
    guest.inject({ jsonrpc: "2.0", id: 1, error: "nope" }, host);
    await expect(pending).rejects.toMatchObject({ code: JsonRpcErrorCode.InternalError });
  });

  it("reports notification handler errors without breaking dispatch", async () => {
    const { guestPeer, hostPeer } = setup();
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const report = vi.fn();
    vi.stubGlobal("reportError", report);
    const seen: unknown[] = [];
    hostPeer.setNotificationHandler("bad", () => {
      throw new Error("listener bug");
    });
    hostPeer.setNotificationHandler("good", () => seen.push(1));
    guestPeer.notify("bad");
    guestPeer.notify("good");
    await flush();
    expect(seen).toEqual([1]);
    expect(report.mock.calls.length + spy.mock.calls.length).toBe(1);
    vi.unstubAllGlobals();
  });

  it("rejects non-cloneable params synchronously-safe", async () => {
    const { guestPeer } = setup();
    await expect(guestPeer.request("x", { fn: () => 1 })).rejects.toMatchObject({
      code: JsonRpcErrorCode.InvalidParams,
    });
  });

  it("close() rejects pending requests, stops listening and is idempotent", async () => {
    const { guest, guestPeer, hostPeer } = setup();
    hostPeer.setRequestHandler("never", () => new Promise(() => {}));
    const pending = guestPeer.request("never");
    expect(guest.listenerCount).toBe(1);
    guestPeer.close();
    guestPeer.close();
    await expect(pending).rejects.toMatchObject({ code: JsonRpcErrorCode.ConnectionClosed });
    expect(guest.listenerCount).toBe(0);
    await expect(guestPeer.request("again")).rejects.toMatchObject({
      code: JsonRpcErrorCode.ConnectionClosed,
    });
  });
});
