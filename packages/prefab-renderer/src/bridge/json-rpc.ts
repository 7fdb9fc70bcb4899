/**
 * A minimal JSON-RPC 2.0 peer over `window.postMessage`.
 *
 * This replaces the MCP SDK `Protocol` + ext-apps `PostMessageTransport` pair on the guest side. Those validate
 * every message with zod, which is what makes the ext-apps `App` bundle ~110 KiB gzip. The host we talk to is a
 * single, known window (the iframe's parent), so cheap structural checks are enough here; the renderer narrows
 * payloads further where it uses them.
 */

export type JsonRpcId = string | number;
export type JsonRpcParams = Record<string, unknown>;

export interface JsonRpcErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

/** Error codes: JSON-RPC 2.0 reserved range plus the two the MCP SDK uses for transport-level failures. */
export const JsonRpcErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  /** MCP SDK `ErrorCode.ConnectionClosed`. */
  ConnectionClosed: -32000,
  /** MCP SDK `ErrorCode.RequestTimeout`. */
  RequestTimeout: -32001,
  /** Only produced locally when an `AbortSignal` fires (same value as LSP's RequestCancelled). */
  RequestCancelled: -32800,
} as const;

/** A failed request: either the peer answered with a JSON-RPC error object, or the request never completed. */
export class JsonRpcError extends Error {
  override readonly name = "JsonRpcError";
  readonly code: number;
  readonly data: unknown;

  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.code = code;
    this.data = data;
  }

  toObject(): JsonRpcErrorObject {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }
}

/** The window we send to. Structural so tests can pass a fake; a real `Window` fits. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The window whose `message` events we receive. A real `Window` fits. */
export interface MessageSource {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

export interface JsonRpcRequestOptions {
  /** Milliseconds before the request is rejected with `RequestTimeout`; `0` disables the timer. */
  timeoutMs?: number;
  /** Aborting rejects the request and tells the peer via `notifications/cancelled`. */
  signal?: AbortSignal;
}

export type RequestHandler = (params: JsonRpcParams | undefined) => unknown;
export type NotificationHandler = (params: JsonRpcParams | undefined) => void;

export interface JsonRpcPeerOptions {
  /** Where messages go; for a guest this is `window.parent`. Incoming messages must come from this window. */
  target: MessageTarget;
  /** Where messages arrive; for a guest this is its own `window`. */
  source: MessageSource;
  /**
   * `postMessage` target origin. Defaults to `"*"` like ext-apps: web hosts put a sandbox proxy on an origin we
   * cannot know in advance. Safe because we only post to the parent and only accept messages from the parent.
   */
  targetOrigin?: string;
  /** Default request timeout in ms (MCP SDK default: 60 s). */
  defaultTimeoutMs?: number;
}

interface PendingRequest {
  method: string;
  resolve(value: unknown): void;
  reject(error: JsonRpcError): void;
  cleanup(): void;
}

const DEFAULT_TIMEOUT_MS = 60_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is JsonRpcId {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

/** `params` must be an object when present (MCP never uses positional params); anything else is malformed. */
function readParams(message: Record<string, unknown>): { ok: boolean; params?: JsonRpcParams } {
  const { params } = message;
  if (params === undefined) return { ok: true };
  return isRecord(params) ? { ok: true, params } : { ok: false };
}

function toErrorObject(error: unknown): JsonRpcErrorObject {
  if (error instanceof JsonRpcError) return error.toObject();
  const message = error instanceof Error ? error.message : String(error);
  return { code: JsonRpcErrorCode.InternalError, message: message || "Internal error" };
}

/** Listener errors must not break message dispatch; surface them the way uncaught errors would be. */
export function reportError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === "function") report(error);
  else console.error(error);
}

export class JsonRpcPeer {
  private readonly target: MessageTarget;
  private readonly source: MessageSource;
  private readonly targetOrigin: string;
  private readonly defaultTimeoutMs: number;
  private readonly pending = new Map<JsonRpcId, PendingRequest>();
  private readonly requestHandlers = new Map<string, RequestHandler>();
  private readonly notificationHandlers = new Map<string, NotificationHandler>();
  private nextId = 1;
  private closed = false;

  constructor(options: JsonRpcPeerOptions) {
    this.target = options.target;
    this.source = options.source;
    this.targetOrigin = options.targetOrigin ?? "*";
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.source.addEventListener("message", this.receive);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Answer requests for `method`. A thrown `JsonRpcError` keeps its code; other throws become `InternalError`. */
  setRequestHandler(method: string, handler: RequestHandler): void {
    this.requestHandlers.set(method, handler);
  }

  setNotificationHandler(method: string, handler: NotificationHandler): void {
    this.notificationHandlers.set(method, handler);
  }

  request<T = unknown>(
    method: string,
    params?: JsonRpcParams,
    options: JsonRpcRequestOptions = {},
  ): Promise<T> {
    if (this.closed) {
      return Promise.reject(new JsonRpcError(JsonRpcErrorCode.ConnectionClosed, "Connection closed"));
    }
    const { signal } = options;
    if (signal?.aborted) {
      return Promise.reject(
        new JsonRpcError(JsonRpcErrorCode.RequestCancelled, abortMessage(method, signal)),
      );
    }
    const id = this.nextId++;
    return this.track<T>(id, method, options, () =>
      this.post(
        params === undefined ? { jsonrpc: "2.0", id, method } : { jsonrpc: "2.0", id, method, params },
      ),
    );
  }

  /**
   * The answer to a request sent before this peer existed (src/bridge/early-handshake.ts sends `ui/initialize`
   * from an inline script), awaited like one of ours: same timeout, same error mapping.
   */
  awaitAnswer<T = unknown>(id: JsonRpcId, method: string, options: JsonRpcRequestOptions = {}): Promise<T> {
    if (this.closed) {
      return Promise.reject(new JsonRpcError(JsonRpcErrorCode.ConnectionClosed, "Connection closed"));
    }
    return this.track<T>(id, method, options, () => {});
  }

  private track<T>(
    id: JsonRpcId,
    method: string,
    options: JsonRpcRequestOptions,
    send: () => void,
  ): Promise<T> {
    const { signal } = options;
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        this.cancel(id, JsonRpcErrorCode.RequestCancelled, signal ? abortMessage(method, signal) : "Aborted");
      };
      const entry: PendingRequest = {
        method,
        resolve: (value) => resolve(value as T),
        reject,
        cleanup: () => {
          if (timer !== undefined) clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        },
      };
      this.pending.set(id, entry);
      if (timeoutMs > 0) {
        timer = setTimeout(
          () =>
            this.cancel(
              id,
              JsonRpcErrorCode.RequestTimeout,
              `Request timed out after ${timeoutMs} ms: ${method}`,
            ),
          timeoutMs,
        );
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        send();
      } catch (error) {
        // postMessage throws synchronously for non-cloneable params (functions, DOM nodes).
        this.settle(id)?.reject(
          new JsonRpcError(JsonRpcErrorCode.InvalidParams, toErrorObject(error).message),
        );
      }
    });
  }

  notify(method: string, params?: JsonRpcParams): void {
    if (this.closed) return;
    this.post(params === undefined ? { jsonrpc: "2.0", method } : { jsonrpc: "2.0", method, params });
  }

  /** Stop listening and reject everything in flight. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.source.removeEventListener("message", this.receive);
    for (const id of [...this.pending.keys()]) {
      this.settle(id)?.reject(new JsonRpcError(JsonRpcErrorCode.ConnectionClosed, "Connection closed"));
    }
  }

  private post(message: Record<string, unknown>): void {
    this.target.postMessage(message, this.targetOrigin);
  }

  private settle(id: JsonRpcId): PendingRequest | undefined {
    const entry = this.pending.get(id);
    if (!entry) return undefined;
    this.pending.delete(id);
    entry.cleanup();
    return entry;
  }

  /** Reject locally and tell the peer (MCP `notifications/cancelled`), so a host can abort e.g. a long tool call. */
  private cancel(id: JsonRpcId, code: number, reason: string): void {
    const entry = this.settle(id);
    if (!entry) return;
    entry.reject(new JsonRpcError(code, reason));
    this.notify("notifications/cancelled", { requestId: id, reason });
  }

  /**
   * Handle one message event. The `message` listener; also called directly for events that arrived before this
   * peer listened (the early handshake's queue). Arrow property so the same function can be removed in close().
   */
  readonly receive = (event: MessageEvent): void => {
    // Security: only the window we talk to may drive us. Other frames (ads, nested iframes, the View's own
    // children) can post to us too.
    if (this.closed || event.source !== (this.target as unknown)) return;
    const message: unknown = event.data;
    if (!isRecord(message) || message.jsonrpc !== "2.0") return;

    if (typeof message.method === "string") {
      const { ok, params } = readParams(message);
      if ("id" in message) {
        if (!isId(message.id)) return;
        if (!ok) {
          this.respondError(message.id, {
            code: JsonRpcErrorCode.InvalidParams,
            message: "params must be an object",
          });
          return;
        }
        void this.handleRequest(message.id, message.method, params);
      } else if (ok) {
        this.handleNotification(message.method, params);
      }
      return;
    }

    if (!isId(message.id)) return;
    const hasResult = "result" in message;
    const error = message.error;
    if (hasResult === (error !== undefined)) return; // exactly one of result / error
    const entry = this.settle(message.id);
    if (!entry) return; // late answer to a timed-out request, or an id we never used
    if (hasResult) entry.resolve(message.result);
    else entry.reject(responseError(error, entry.method));
  };

  private async handleRequest(
    id: JsonRpcId,
    method: string,
    params: JsonRpcParams | undefined,
  ): Promise<void> {
    const handler = this.requestHandlers.get(method);
    if (!handler) {
      this.respondError(id, {
        code: JsonRpcErrorCode.MethodNotFound,
        message: `Method not found: ${method}`,
      });
      return;
    }
    let result: unknown;
    try {
      result = await handler(params);
    } catch (error) {
      this.respondError(id, toErrorObject(error));
      return;
    }
    if (this.closed) return;
    try {
      this.post({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (error) {
      this.respondError(id, toErrorObject(error));
    }
  }

  private handleNotification(method: string, params: JsonRpcParams | undefined): void {
    const handler = this.notificationHandlers.get(method);
    if (!handler) return; // unknown notifications are ignorable by definition
    try {
      handler(params);
    } catch (error) {
      reportError(error);
    }
  }

  private respondError(id: JsonRpcId, error: JsonRpcErrorObject): void {
    if (this.closed) return;
    this.post({ jsonrpc: "2.0", id, error });
  }
}

/** The `error` member of a JSON-RPC response to `method`, as the error its request rejects with. */
export function responseError(error: unknown, method: string): JsonRpcError {
  return isRecord(error) && typeof error.code === "number" && typeof error.message === "string"
    ? new JsonRpcError(error.code, error.message, error.data)
    : new JsonRpcError(JsonRpcErrorCode.InternalError, `Malformed error response to ${method}`);
}

function abortMessage(method: string, signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  const detail = reason instanceof Error ? reason.message : typeof reason === "string" ? reason : "aborted";
  return `Request ${method} cancelled: ${detail}`;
}
