/** What an action sees while it runs: the runtime, the node's scope and the event values. */
import type { ScopeLookup } from "../engine/expression/index.js";
import type { RenderRuntime } from "../render/runtime.js";
import { findInScope, type ScopeFrame } from "../render/scope.js";

export interface ActionContext {
  runtime: RenderRuntime;
  scope: ScopeFrame | undefined;
  /** Path of the node whose event fired (for issues). */
  path: string;
  $event?: unknown;
  $result?: unknown;
  $error?: unknown;
  /** Closes the nearest Dialog/Popover, if any. */
  closeOverlay?: (() => void) | null;
  /** Nesting of onSuccess/onError chains; refused past MAX_CHAIN_DEPTH. */
  depth: number;
}

export const MAX_CHAIN_DEPTH = 10;

export function actionLookup(ctx: ActionContext): ScopeLookup {
  return (name) => {
    if (name === "$event") return ctx.$event;
    if (name === "$result") return ctx.$result;
    if (name === "$error") return ctx.$error;
    const hit = findInScope(ctx.scope, name);
    if (hit.found) return hit.value;
    return ctx.runtime.store.get(name);
  };
}

/** Outcome of one action: `value` becomes `$result` of onSuccess. */
export type ActionOutcome = { ok: true; value?: unknown; quiet?: boolean } | { ok: false; error: string };

export const ok = (value?: unknown): ActionOutcome => ({ ok: true, value });
export const fail = (error: string): ActionOutcome => ({ ok: false, error });
