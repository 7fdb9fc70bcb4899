/**
 * Iframe page of the conformance test: our guest bridge, exactly as the renderer bundles it (imported from the
 * public index). Connects at load time like the renderer's early bridge, but subscribes only when the test says
 * so, to prove that early host messages are buffered.
 */
import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { connectGuestBridge, type HostBridge } from "../index.js";

export interface GuestRecord {
  toolInput: unknown[];
  toolInputPartial: unknown[];
  toolResult: CallToolResult[];
  toolCancelled: unknown[];
  contextChanges: { context: McpUiHostContext; changes: McpUiHostContext }[];
  teardowns: number;
}

export interface ConformanceGuest {
  ready: Promise<HostBridge>;
  record: GuestRecord;
  subscribe(): void;
}

export type ConformanceGuestWindow = Window & { __guest: ConformanceGuest };

const record: GuestRecord = {
  toolInput: [],
  toolInputPartial: [],
  toolResult: [],
  toolCancelled: [],
  contextChanges: [],
  teardowns: 0,
};

const ready = connectGuestBridge({
  appInfo: { name: "prefab-conformance-guest", version: "0.0.1" },
  appCapabilities: { availableDisplayModes: ["inline", "fullscreen"] },
  onTeardown: async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    record.teardowns++;
  },
});

(window as unknown as ConformanceGuestWindow).__guest = {
  ready,
  record,
  subscribe() {
    void ready.then((bridge) => {
      bridge.onToolInput((params) => record.toolInput.push(params));
      bridge.onToolInputPartial((params) => record.toolInputPartial.push(params));
      bridge.onToolResult((result) => record.toolResult.push(result));
      bridge.onToolCancelled((params) => record.toolCancelled.push(params));
      bridge.onHostContextChanged((context, changes) => record.contextChanges.push({ context, changes }));
    });
  },
};
