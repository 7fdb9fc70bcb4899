/**
 * The handshake's first round trip, started before the start-up JavaScript runs.
 *
 * A hosted View cannot show anything before the host's tool result, and the host sends it only after
 * `ui/initialize` → answer → `ui/notifications/initialized`. Compiling and running the renderer's start-up code
 * takes ~110 ms on a 2-core machine (bench/NOTES.md); sending `ui/initialize` only after it puts two host round
 * trips after that work. `dist/renderer.html` therefore carries a few hundred bytes of classic script in `<head>`
 * (`earlyHandshakeScript`, written into the page by the build) that sends `ui/initialize` at once, answers the
 * host's reply with `initialized` as soon as the main thread is free between start-up tasks, and keeps every other
 * message. `connectGuestBridge` adopts it (`takeEarlyHandshake`): no second `ui/initialize`, the queued messages
 * are delivered in arrival order, and a reply still in flight is awaited like its own request.
 */
import type { McpUiInitializeRequest } from "@modelcontextprotocol/ext-apps";
import { Method } from "./protocol.js";

/** Where the script leaves its state for the bridge. */
export const EARLY_HANDSHAKE_GLOBAL = "__prefabEarlyHandshake";

/** JSON-RPC id of the early `ui/initialize` (a string, so it never meets the bridge's numeric ids). */
export const EARLY_INITIALIZE_ID = "prefab:initialize";

export type InitializeParams = McpUiInitializeRequest["params"];

/** The host's reply to the early `ui/initialize`, as received. */
export type EarlyAnswer = { result: unknown } | { error: unknown };

export interface EarlyHandshake {
  /** The `ui/initialize` params that were sent. */
  readonly params: InitializeParams;
  /** Set when the reply arrived before the bridge took over. */
  answer?: EarlyAnswer;
  /** Whether the script already sent `ui/notifications/initialized` (only after a well-formed result). */
  initialized?: boolean;
  /** Every other message event from the parent, in arrival order. */
  readonly queue: MessageEvent[];
  /** Stop listening: the bridge's own listener takes over. */
  stop(): void;
}

/**
 * The inline script's source: readable here, minified by the build. `params` are baked in at build time from the
 * same constants the bridge would send (src/app/handshake-params.ts).
 */
export function earlyHandshakeScript(params: InitializeParams): string {
  // Only a response carries our id, and only an object can: no further shape checks (the bridge validates the
  // result it adopts and refuses a malformed one; `initialized` then went out for a host that is broken anyway).
  return `(()=>{
const parent=window.parent;if(parent===window)return;
const id=${JSON.stringify(EARLY_INITIALIZE_ID)},queue=[];
const on=e=>{if(e.source!==parent)return;const m=e.data;
if(!h.answer&&m&&m.id===id&&m.jsonrpc==="2.0"){h.answer="error" in m?{error:m.error}:{result:m.result};
if(m.result&&typeof m.result==="object"){h.initialized=true;parent.postMessage({jsonrpc:"2.0",method:${JSON.stringify(Method.initialized)}},"*")}return}
queue.push(e)};
const h=window.${EARLY_HANDSHAKE_GLOBAL}={params:${JSON.stringify(params)},queue,stop(){removeEventListener("message",on)}};
addEventListener("message",on);
parent.postMessage({jsonrpc:"2.0",id,method:${JSON.stringify(Method.initialize)},params:h.params},"*");
})();`;
}

/** The early handshake of this window, if its script ran; taken once (a second bridge starts its own). */
export function takeEarlyHandshake(win: object = window): EarlyHandshake | undefined {
  const slot = win as unknown as Record<string, EarlyHandshake | undefined>;
  const early = slot[EARLY_HANDSHAKE_GLOBAL];
  if (early === undefined) return undefined;
  delete slot[EARLY_HANDSHAKE_GLOBAL];
  return early;
}
