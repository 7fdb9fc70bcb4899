/**
 * The contract between the renderer and whatever it runs in: an MCP Apps host (`connectGuestBridge`) or nothing
 * at all (`createStandaloneBridge`). The renderer depends on this interface only, never on ext-apps' `App`.
 *
 * Param and result shapes are the ext-apps spec types (type-only imports, erased from the bundle), so a call
 * here puts exactly the object the spec describes on the wire.
 */
import type {
  McpUiDisplayMode,
  McpUiHostCapabilities,
  McpUiHostContext,
  McpUiMessageRequest,
  McpUiMessageResult,
  McpUiOpenLinkResult,
  McpUiRequestDisplayModeResult,
  McpUiToolCancelledNotification,
  McpUiToolInputNotification,
  McpUiUpdateModelContextRequest,
} from "@modelcontextprotocol/ext-apps";
import type { CallToolResult, Implementation } from "@modelcontextprotocol/sdk/types.js";

export type Unsubscribe = () => void;

/** `tools/call` params as ext-apps' `App.callServerTool` takes them (object form only). */
export interface CallServerToolParams {
  name: string;
  arguments?: Record<string, unknown>;
  /** Request metadata, e.g. `{fastmcp: {app}}` (prefab-protocol §14.1). */
  _meta?: Record<string, unknown>;
}

export interface BridgeRequestOptions {
  /** Overrides the bridge's default request timeout (ms); `0` waits forever. */
  timeoutMs?: number;
  /** Aborting rejects the call and sends `notifications/cancelled` to the host. */
  signal?: AbortSignal;
}

export type ToolInputParams = McpUiToolInputNotification["params"];
export type ToolCancelledParams = McpUiToolCancelledNotification["params"];
export type SendMessageParams = McpUiMessageRequest["params"];
export type UpdateModelContextParams = McpUiUpdateModelContextRequest["params"];

export interface SizeChange {
  width?: number;
  height?: number;
}

/**
 * `context` is the full merged host context after the change; `changes` only the keys the host sent
 * (hosts send partial updates, see mcp-apps.md §1.6).
 */
export type HostContextListener = (context: McpUiHostContext, changes: McpUiHostContext) => void;

/** Runs when the host asks the View to tear down; the host waits for the returned promise before unmounting. */
export type TeardownHandler = () => void | Promise<void>;

export interface HostBridge {
  /** `"host"` when connected to an MCP Apps host, `"standalone"` otherwise. */
  readonly kind: "host" | "standalone";
  /** Merged host context (initialize result + every `host-context-changed`); `{}` when standalone. */
  readonly hostContext: McpUiHostContext;
  /** What the host said it supports; `{}` when standalone. */
  readonly hostCapabilities: McpUiHostCapabilities;
  readonly hostInfo: Implementation | undefined;
  /** Protocol version the host answered with. */
  readonly protocolVersion: string | undefined;

  /*
   * Event subscriptions. Events that arrive while nobody listens are buffered and replayed, in order, to the
   * next subscriber, because hosts may send them before React has mounted (prefab-protocol §1.3, "early bridge").
   * Tool input / partial input / cancellation keep only the latest value, tool results a short queue, host
   * context changes are merged into one replay.
   */
  onToolInput(listener: (params: ToolInputParams) => void): Unsubscribe;
  onToolInputPartial(listener: (params: ToolInputParams) => void): Unsubscribe;
  onToolResult(listener: (result: CallToolResult) => void): Unsubscribe;
  onToolCancelled(listener: (params: ToolCancelledParams) => void): Unsubscribe;
  onHostContextChanged(listener: HostContextListener): Unsubscribe;
  /** Register cleanup for `ui/resource-teardown`; all handlers run (errors are reported, not propagated). */
  onTeardown(handler: TeardownHandler): Unsubscribe;

  /** `tools/call` through the host. A tool error is a resolved result with `isError`; host/transport failures reject. */
  callServerTool(params: CallServerToolParams, options?: BridgeRequestOptions): Promise<CallToolResult>;
  /** `ui/message`: adds a user turn to the conversation (host-dependent, see mcp-apps.md §4). */
  sendMessage(params: SendMessageParams, options?: BridgeRequestOptions): Promise<McpUiMessageResult>;
  /** `ui/update-model-context`: replaces this View's context for the model's next turn. */
  updateModelContext(params: UpdateModelContextParams, options?: BridgeRequestOptions): Promise<void>;
  /** `ui/open-link`: the sandbox blocks popups, so the host opens links. Check `isError`. */
  openLink(params: { url: string }, options?: BridgeRequestOptions): Promise<McpUiOpenLinkResult>;
  /** `ui/request-display-mode`: resolves with the mode the host actually chose. */
  requestDisplayMode(
    params: { mode: McpUiDisplayMode },
    options?: BridgeRequestOptions,
  ): Promise<McpUiRequestDisplayModeResult>;
  /** `ui/notifications/size-changed`, sent as given (non-finite values dropped). Prefer `autoResize`. */
  notifySizeChanged(size: SizeChange): void;
  /**
   * Report the size of `element` (default `<html>`) whenever it actually changes. Returns a stop function.
   * See auto-resize.ts for the measuring rules that avoid host/View feedback loops.
   */
  autoResize(element?: Element): () => void;
  /** `ui/notifications/request-teardown`: ask the host to close this View. */
  requestTeardown(): void;
  /** Round-trip `ping` to the host. */
  ping(options?: BridgeRequestOptions): Promise<void>;
  /** Stop listening, reject pending requests, stop auto-resize. Idempotent. */
  close(): void;
}
