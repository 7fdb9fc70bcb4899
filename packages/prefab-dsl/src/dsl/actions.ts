/**
 * Action builders. Each returns the plain wire object, with refs and expressions
 * turned into templates, so a view is JSON the moment it is built.
 */
import type { Action, ActionList, ActionOf } from "../protocol/nodes.js";
import { isExpr, toWire } from "./expr.js";
import { type Ref, refPath } from "./ref.js";

/** What the builders accept where the wire wants an action or a list. */
export type ActionInput = Action | readonly Action[];

/**
 * A state key: a ref (`s.todos`) or a dot-path string. Generic because refs are not
 * covariant (`Ref<"earth">` is not a `Ref<unknown>`: its expression methods differ).
 */
export type StateKey<T = unknown> = Ref<T> | string;

export interface Callbacks {
  onSuccess?: ActionInput;
  onError?: ActionInput;
}

function keyOf<T>(key: StateKey<T>): string {
  const path = refPath(key);
  if (path !== undefined) return path;
  if (isExpr(key))
    throw new Error("a state key must be a ref (s.todos) or a path string, not a computed expression");
  return key as string;
}

function build<A extends Action["action"]>(action: A, fields: Record<string, unknown>): ActionOf<A> {
  return toWire({ action, ...fields }) as ActionOf<A>;
}

export const setState = <T>(key: StateKey<T>, value: unknown, cb: Callbacks = {}) =>
  build("setState", { key: keyOf(key), value, ...cb });
export const toggleState = <T>(key: StateKey<T>, cb: Callbacks = {}) =>
  build("toggleState", { key: keyOf(key), ...cb });
export const appendState = <T>(
  key: StateKey<T>,
  value: unknown,
  opts: Callbacks & { index?: number | string } = {},
) => build("appendState", { key: keyOf(key), value, ...opts });
export const popState = <T>(key: StateKey<T>, index: number | string | Ref<number>, cb: Callbacks = {}) =>
  build("popState", { key: keyOf(key), index, ...cb });

export interface ToolCallOptions extends Callbacks {
  /** Store `$result` at this state key on success. */
  resultKey?: StateKey;
  unwrapResult?: boolean;
}
/** Call a server tool by name. `@prefab-ui/server-apps` adds a typed variant taking the tool object. */
export const toolCall = (tool: string, args: Record<string, unknown> = {}, opts: ToolCallOptions = {}) => {
  const { resultKey, ...rest } = opts;
  return build("toolCall", {
    tool,
    arguments: args,
    ...rest,
    ...(resultKey ? { resultKey: keyOf(resultKey) } : {}),
  });
};
export const sendMessage = (content: string, cb: Callbacks = {}) => build("sendMessage", { content, ...cb });
export const updateContext = (
  ctx: { content?: string; structuredContent?: Record<string, unknown> },
  cb: Callbacks = {},
) => build("updateContext", { ...ctx, ...cb });
export const openLink = (url: string, cb: Callbacks = {}) => build("openLink", { url, ...cb });
export const requestDisplayMode = (mode: "inline" | "fullscreen" | "pip", cb: Callbacks = {}) =>
  build("requestDisplayMode", { mode, ...cb });
export const showToast = (
  message: string,
  opts: {
    description?: string;
    variant?: "default" | "success" | "error" | "warning" | "info";
    duration?: number;
  } = {},
) => build("showToast", { message, ...opts });
export const closeOverlay = () => build("closeOverlay", {});
export const openFilePicker = (
  opts: Callbacks & { accept?: string; multiple?: boolean; maxSize?: number } = {},
) => build("openFilePicker", { ...opts });

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export interface FetchOptions extends Callbacks {
  method?: Method;
  headers?: Record<string, string>;
  body?: Record<string, unknown> | string;
  /** Query parameters appended to the URL (names encoded, values left raw so templates survive). */
  params?: Record<string, unknown>;
  resultKey?: StateKey;
}
/** The `fetch` action (named so it does not shadow the global `fetch`). */
export function httpFetch(url: string, opts: FetchOptions = {}) {
  const { params, resultKey, ...rest } = opts;
  let full = url;
  if (params && Object.keys(params).length > 0) {
    const qs = Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(k)}=${String(toWire(v))}`)
      .join("&");
    full += (url.includes("?") ? "&" : "?") + qs;
  }
  return build("fetch", { url: full, ...rest, ...(resultKey ? { resultKey: keyOf(resultKey) } : {}) });
}
httpFetch.get = (url: string, opts: Omit<FetchOptions, "method"> = {}) =>
  httpFetch(url, { ...opts, method: "GET" });
httpFetch.post = (
  url: string,
  body: FetchOptions["body"],
  opts: Omit<FetchOptions, "method" | "body"> = {},
) => httpFetch(url, { ...opts, method: "POST", body });
httpFetch.put = (url: string, body: FetchOptions["body"], opts: Omit<FetchOptions, "method" | "body"> = {}) =>
  httpFetch(url, { ...opts, method: "PUT", body });
httpFetch.patch = (
  url: string,
  body: FetchOptions["body"],
  opts: Omit<FetchOptions, "method" | "body"> = {},
) => httpFetch(url, { ...opts, method: "PATCH", body });
httpFetch.delete = (url: string, opts: Omit<FetchOptions, "method"> = {}) =>
  httpFetch(url, { ...opts, method: "DELETE" });

/** The `setInterval` action (named so it does not shadow the global). */
export const startInterval = (
  duration: number | string,
  opts: Callbacks & { while?: unknown; count?: number; onTick?: ActionInput; onComplete?: ActionInput } = {},
) => build("setInterval", { duration, ...opts });

export const callHandler = (handler: string, args?: Record<string, unknown>, cb: Callbacks = {}) =>
  build("callHandler", { handler, ...(args ? { arguments: args } : {}), ...cb });

export type { Action, ActionList };
