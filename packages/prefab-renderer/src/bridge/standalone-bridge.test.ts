import { describe, expect, it, vi } from "vitest";
import { createStandaloneBridge, isOpenableUrl, NoHostError } from "./standalone-bridge.js";

describe("createStandaloneBridge", () => {
  it("fails host-bound calls with a clear error", async () => {
    const bridge = createStandaloneBridge();
    expect(bridge.kind).toBe("standalone");
    const error = await bridge.callServerTool({ name: "get_weather" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoHostError);
    expect((error as Error).message).toBe('No MCP Apps host connected: cannot call tool "get_weather"');
    await expect(bridge.sendMessage({ role: "user", content: [] })).rejects.toThrow(
      /No MCP Apps host connected/,
    );
    await expect(bridge.updateModelContext({})).rejects.toBeInstanceOf(NoHostError);
    await expect(bridge.ping()).rejects.toBeInstanceOf(NoHostError);
  });

  it("opens only http(s), mailto and tel links itself", async () => {
    const openWindow = vi.fn();
    const bridge = createStandaloneBridge({ openWindow });
    await expect(bridge.openLink({ url: "https://example.com/a" })).resolves.toEqual({});
    await expect(bridge.openLink({ url: "mailto:a@example.com" })).resolves.toEqual({});
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,hi",
      "file:///etc/passwd",
      "not a url",
      "/relative",
    ]) {
      await expect(bridge.openLink({ url })).resolves.toEqual({ isError: true });
    }
    expect(openWindow.mock.calls).toEqual([["https://example.com/a"], ["mailto:a@example.com"]]);
    expect(isOpenableUrl("tel:+123")).toBe(true);
    expect(isOpenableUrl("HTTP://EXAMPLE.COM")).toBe(true);
  });

  it("defaults to window.open with noopener", async () => {
    const open = vi.fn();
    vi.stubGlobal("window", { open });
    await createStandaloneBridge().openLink({ url: "http://example.com" });
    expect(open).toHaveBeenCalledWith("http://example.com", "_blank", "noopener,noreferrer");
    vi.unstubAllGlobals();
  });

  it("is inert for events, sizing and teardown; display mode stays as given", async () => {
    const bridge = createStandaloneBridge({ hostContext: { theme: "dark" } });
    const listener = vi.fn();
    bridge.onToolResult(listener)();
    bridge.onHostContextChanged(listener)();
    bridge.notifySizeChanged({ width: 1, height: 2 });
    bridge.autoResize()();
    bridge.requestTeardown();
    bridge.close();
    expect(listener).not.toHaveBeenCalled();
    expect(bridge.hostContext).toEqual({ theme: "dark" });
    await expect(bridge.requestDisplayMode({ mode: "fullscreen" })).resolves.toEqual({ mode: "inline" });
  });
});
