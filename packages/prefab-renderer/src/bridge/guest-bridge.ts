/**
 * The View side of MCP Apps, written against the wire protocol instead of ext-apps' `App` class (which costs
 * ~110 KiB gzip). Behaviour follows `App` where the renderer can observe it (same `ui/initialize` params, same
 * merge rule for host context, same size reporting), with two deliberate differences:
 * - events that arrive before anyone subscribes are buffered and replayed (see ReplayChannel), including ones a
 *   host sends before the handshake finishes;
 * - `ui/resource-teardown` is answered (after running `onTeardown` handlers) instead of left to time out.
 */
import type {
  McpUiAppCapabilities,
  McpUiHostCapabilities,
  McpUiHostContext,
  McpUiInitializeRequest,
  McpUiInitializeResult,
  McpUiMessageResult,
  McpUiOpenLinkResult,
  McpUiRequestDisplayModeResult,
  McpUiResourceTeardownResult,
} from "@modelcontextprotocol/ext-apps";
import type { CallToolResult, Implementation } from "@modelcontextprotocol/sdk/types.js";
import { EARLY_INITIALIZE_ID, type EarlyHandshake, takeEarlyHandshake } from "./early-handshake.js";
import type {
  BridgeRequestOptions,
  CallServerToolParams,
  HostBridge,
  HostContextListener,
  SendMessageParams,
  SizeChange,
  TeardownHandler,
  ToolCancelledParams,
  ToolInputParams,
  Unsubscribe,
  UpdateModelContextParams,
} from "./host-bridge.js";
import {
  JsonRpcError,
  JsonRpcErrorCode,
  type JsonRpcParams,
  JsonRpcPeer,
  type MessageSource,
  type MessageTarget,
  reportError,
  responseError,
} from "./json-rpc.js";
import { Method, PROTOCOL_VERSION } from "./protocol.js";
import { ReplayChannel } from "./replay-channel.js";

export interface GuestBridgeOptions {
  /** Sent as `appInfo` in `ui/initialize`. */
  appInfo: Implementation;
  /** Sent as `appCapabilities`; list every display mode the renderer supports in `availableDisplayModes`. */
  appCapabilities?: McpUiAppCapabilities;
  /** Defaults to the version ext-apps' `App` sends. */
  protocolVersion?: string;
  /** Window of the host. Defaults to `window.parent`. */
  hostWindow?: MessageTarget;
  /** Window to receive on. Defaults to `window`. */
  selfWindow?: MessageSource;
  /** `postMessage` target origin; `"*"` by default (see json-rpc.ts). */
  targetOrigin?: string;
  /** Default timeout for View → host requests (ms). Default 60 000. */
  requestTimeoutMs?: number;
  /** How long to wait for the `ui/initialize` answer before rejecting (ms). Default 10 000. */
  initializeTimeoutMs?: number;
  /** Shorthand for `bridge.onTeardown(handler)` registered before the handshake. */
  onTeardown?: TeardownHandler;
  /**
   * A handshake the page's inline script already started (early-handshake.ts). By default the bridge takes the
   * window's own, unless `hostWindow` or `selfWindow` is given (then it is not talking to that window's parent).
   */
  earlyHandshake?: EarlyHandshake;
}

/** How long an adopted early `ui/initialize` may stay unanswered before the bridge sends its own. */
const EARLY_ANSWER_GRACE_MS = 1000;

/** Replay limits: single-shot events keep only the newest; results keep a short queue. */
const TOOL_RESULT_BUFFER = 16;

/** True when this document is framed, i.e. a host could be listening on `window.parent`. */
export function isFramed(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

/**
 * Connect to the host: start listening, send `ui/initialize`, then `ui/notifications/initialized`.
 * Resolves once the handshake is complete; rejects (and stops listening) if the host does not answer.
 * Call it as early as possible (before React mounts): everything the host sends from then on is kept.
 */
export async function connectGuestBridge(options: GuestBridgeOptions): Promise<HostBridge> {
  const early =
    options.earlyHandshake ??
    (options.hostWindow === undefined && options.selfWindow === undefined ? takeEarlyHandshake() : undefined);
  const bridge = new GuestBridge(options);
  try {
    await bridge.handshake(options, early);
  } catch (error) {
    bridge.close();
    throw error;
  }
  return bridge;
}

class GuestBridge implements HostBridge {
  readonly kind = "host";
  hostContext: McpUiHostContext = {};
  hostCapabilities: McpUiHostCapabilities = {};
  hostInfo: Implementation | undefined;
  protocolVersion: string | undefined;

  private readonly peer: JsonRpcPeer;
  private readonly toolInput = new ReplayChannel<ToolInputParams>(1);
  private readonly toolInputPartial = new ReplayChannel<ToolInputParams>(1);
  private readonly toolResult = new ReplayChannel<CallToolResult>(TOOL_RESULT_BUFFER);
  private readonly toolCancelled = new ReplayChannel<ToolCancelledParams>(1);
  private readonly contextChanges = new ReplayChannel<McpUiHostContext>(1, (a, b) => ({ ...a, ...b }));
  private readonly teardownHandlers = new Set<TeardownHandler>();
  private readonly resizeStops = new Set<() => void>();

  constructor(options: GuestBridgeOptions) {
    this.peer = new JsonRpcPeer({
      target: options.hostWindow ?? window.parent,
      source: options.selfWindow ?? window,
      targetOrigin: options.targetOrigin,
      defaultTimeoutMs: options.requestTimeoutMs,
    });
    if (options.onTeardown) this.teardownHandlers.add(options.onTeardown);

    const peer = this.peer;
    peer.setNotificationHandler(Method.toolInput, (params) => this.toolInput.emit(toolInputParams(params)));
    peer.setNotificationHandler(Method.toolInputPartial, (params) =>
      this.toolInputPartial.emit(toolInputParams(params)),
    );
    peer.setNotificationHandler(Method.toolResult, (params) => {
      const result = toCallToolResult(params);
      if (result) this.toolResult.emit(result);
    });
    peer.setNotificationHandler(Method.toolCancelled, (params) =>
      this.toolCancelled.emit(typeof params?.reason === "string" ? { reason: params.reason } : {}),
    );
    peer.setNotificationHandler(Method.hostContextChanged, (params) => {
      if (!params) return;
      // Partial update: merge like ext-apps' App does before its handlers run.
      this.hostContext = { ...this.hostContext, ...params };
      this.contextChanges.emit(params);
    });
    peer.setRequestHandler(Method.ping, () => ({}));
    peer.setRequestHandler(Method.resourceTeardown, () => this.runTeardown());
  }

  async handshake(options: GuestBridgeOptions, early?: EarlyHandshake): Promise<void> {
    const timeout = { timeoutMs: options.initializeTimeoutMs ?? 10_000 };
    const result = early
      ? await this.adopt(early, timeout)
      : await this.peer.request(
          Method.initialize,
          {
            appInfo: options.appInfo,
            appCapabilities: options.appCapabilities ?? {},
            protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
          } satisfies McpUiInitializeRequest["params"],
          timeout,
        );
    if (!isRecord(result)) {
      throw new JsonRpcError(JsonRpcErrorCode.InternalError, "Host sent an invalid ui/initialize result");
    }
    const init = result as Partial<McpUiInitializeResult>;
    this.protocolVersion = typeof init.protocolVersion === "string" ? init.protocolVersion : undefined;
    this.hostInfo = isRecord(init.hostInfo) ? init.hostInfo : undefined;
    this.hostCapabilities = isRecord(init.hostCapabilities) ? init.hostCapabilities : {};
    // A context change that raced ahead of the answer is newer than the snapshot in the answer.
    this.hostContext = { ...(isRecord(init.hostContext) ? init.hostContext : {}), ...this.hostContext };
    // ext-apps' App sends this without params. The early script sent it already if it saw the answer.
    if (!early?.initialized) this.peer.notify(Method.initialized);
  }

  /**
   * Take over from the early script: from now on the peer listens, the messages the script kept are delivered in
   * arrival order, and its `ui/initialize` is answered either already or later, to the peer.
   */
  private adopt(early: EarlyHandshake, timeout: { timeoutMs: number }): Promise<unknown> {
    early.stop();
    const { answer } = early;
    const result = answer
      ? "result" in answer
        ? Promise.resolve(answer.result)
        : Promise.reject(responseError(answer.error, Method.initialize))
      : this.peer
          // A host that started listening only after the page's first message never saw it: ask again, once,
          // after a grace period that any host answering at all needs far less than.
          .awaitAnswer(EARLY_INITIALIZE_ID, Method.initialize, { timeoutMs: EARLY_ANSWER_GRACE_MS })
          .catch((error: unknown) => {
            if (!(error instanceof JsonRpcError) || error.code !== JsonRpcErrorCode.RequestTimeout)
              throw error;
            return this.peer.request(Method.initialize, { ...early.params }, timeout);
          });
    for (const event of early.queue.splice(0)) this.peer.receive(event);
    return result;
  }

  onToolInput(listener: (params: ToolInputParams) => void): Unsubscribe {
    return this.toolInput.subscribe(listener);
  }

  onToolInputPartial(listener: (params: ToolInputParams) => void): Unsubscribe {
    return this.toolInputPartial.subscribe(listener);
  }

  onToolResult(listener: (result: CallToolResult) => void): Unsubscribe {
    return this.toolResult.subscribe(listener);
  }

  onToolCancelled(listener: (params: ToolCancelledParams) => void): Unsubscribe {
    return this.toolCancelled.subscribe(listener);
  }

  onHostContextChanged(listener: HostContextListener): Unsubscribe {
    return this.contextChanges.subscribe((changes) => listener(this.hostContext, changes));
  }

  onTeardown(handler: TeardownHandler): Unsubscribe {
    // Wrap so the same function registered twice runs twice and unsubscribes independently.
    const entry: TeardownHandler = () => handler();
    this.teardownHandlers.add(entry);
    return () => {
      this.teardownHandlers.delete(entry);
    };
  }

  async callServerTool(
    params: CallServerToolParams,
    options?: BridgeRequestOptions,
  ): Promise<CallToolResult> {
    if (typeof params?.name !== "string") {
      // ext-apps' App throws for the string form too; fail fast instead of sending a malformed request.
      throw new TypeError("callServerTool expects {name, arguments?, _meta?}");
    }
    const result = await this.peer.request(Method.callTool, stripUndefined({ ...params }), options);
    const parsed = toCallToolResult(result);
    if (!parsed) {
      throw new JsonRpcError(
        JsonRpcErrorCode.InternalError,
        `Host sent an invalid tools/call result for ${params.name}`,
      );
    }
    return parsed;
  }

  async sendMessage(params: SendMessageParams, options?: BridgeRequestOptions): Promise<McpUiMessageResult> {
    return resultObject(await this.peer.request(Method.message, { ...params }, options));
  }

  async updateModelContext(params: UpdateModelContextParams, options?: BridgeRequestOptions): Promise<void> {
    await this.peer.request(Method.updateModelContext, stripUndefined({ ...params }), options);
  }

  async openLink(params: { url: string }, options?: BridgeRequestOptions): Promise<McpUiOpenLinkResult> {
    return resultObject(await this.peer.request(Method.openLink, { url: params.url }, options));
  }

  async requestDisplayMode(
    params: { mode: McpUiRequestDisplayModeResult["mode"] },
    options?: BridgeRequestOptions,
  ): Promise<McpUiRequestDisplayModeResult> {
    const result = resultObject(
      await this.peer.request(Method.requestDisplayMode, { mode: params.mode }, options),
    );
    // The spec lets the host pick another mode; a host that omits it left the mode unchanged.
    const mode = typeof result.mode === "string" ? result.mode : (this.hostContext.displayMode ?? "inline");
    return { ...result, mode } as McpUiRequestDisplayModeResult;
  }

  notifySizeChanged(size: SizeChange): void {
    const params: JsonRpcParams = {};
    if (Number.isFinite(size.width)) params.width = size.width;
    if (Number.isFinite(size.height)) params.height = size.height;
    this.peer.notify(Method.sizeChanged, params);
  }

  autoResize(element: Element = document.documentElement): () => void {
    // The observer is a lazy chunk: its first report waits for an animation frame anyway, so loading it after
    // start-up costs no paint and keeps ~0.6 KiB gzip off the first-paint path.
    let stopObserving: (() => void) | undefined;
    let stopped = false;
    void import("./auto-resize.js").then(({ observeSize }) => {
      if (!stopped) stopObserving = observeSize(element, (size) => this.notifySizeChanged(size));
    });
    const stop = () => {
      stopped = true;
      this.resizeStops.delete(stop);
      stopObserving?.();
    };
    this.resizeStops.add(stop);
    return stop;
  }

  requestTeardown(): void {
    this.peer.notify(Method.requestTeardown, {});
  }

  async ping(options?: BridgeRequestOptions): Promise<void> {
    await this.peer.request(Method.ping, undefined, options);
  }

  close(): void {
    for (const stop of [...this.resizeStops]) stop();
    this.peer.close();
  }

  private async runTeardown(): Promise<McpUiResourceTeardownResult> {
    const outcomes = await Promise.allSettled([...this.teardownHandlers].map(async (handler) => handler()));
    for (const outcome of outcomes) {
      // The host is about to unmount us either way; a failing cleanup must not block that.
      if (outcome.status === "rejected") reportError(outcome.reason);
    }
    return {};
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toolInputParams(params: JsonRpcParams | undefined): ToolInputParams {
  return isRecord(params?.arguments) ? { arguments: params.arguments } : {};
}

/** Accept any object as a result but guarantee `content` is an array, which every consumer iterates. */
function toCallToolResult(value: unknown): CallToolResult | undefined {
  if (!isRecord(value)) return undefined;
  return (Array.isArray(value.content) ? value : { ...value, content: [] }) as CallToolResult;
}

function resultObject(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** `postMessage` clones `undefined` members; MCP schemas treat "present but undefined" oddly, so drop them. */
function stripUndefined<T extends Record<string, unknown>>(value: T): JsonRpcParams {
  const out: JsonRpcParams = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out;
}
