/**
 * Read tracking for fine-grained reactivity. While a node evaluates its templates, `trackedLookup` resolves
 * names against the node's scope chain and then the store, recording every state key it read (with the value
 * seen). After commit the node subscribes to exactly those keys (`subscribe`), so a write re-renders only
 * the nodes whose templates read the written key.
 *
 * Rendering is synchronous and a template evaluation never renders another component, so one module-level
 * "current frame" suffices (saved and restored, so nesting would still be correct): no lookup closure is
 * allocated per node or per render.
 */
import type { ScopeLookup } from "../engine/expression/index.js";
import type { Store } from "../engine/state/index.js";
import type { ScopeFrame } from "./scope.js";

/**
 * Keys read: the key itself when one was read (most nodes; its value is kept beside it, so a node keeps no array),
 * flattened `[key0, value0, key1, value1, …]` pairs for two or more; `null` when nothing was read.
 */
export type Reads = string | unknown[] | null;

export interface TrackingFrame {
  /** Variables visible to the templates being evaluated (`$item`, `let`…), searched before state. */
  scope: ScopeFrame | undefined;
  store: Store;
  reads: Reads;
  /** The value seen for the one key while `reads` is a string. */
  value: unknown;
  readonly prev: TrackingFrame | null;
}

let current: TrackingFrame | null = null;

/** Start recording reads; pair with `endTracking` (in a `finally`). The reads are then `frame.reads`/`frame.value`. */
export function beginTracking(scope: ScopeFrame | undefined, store: Store): TrackingFrame {
  const frame: TrackingFrame = { scope, store, reads: null, value: undefined, prev: current };
  current = frame;
  return frame;
}

/** Stop recording `frame`'s reads. */
export function endTracking(frame: TrackingFrame): void {
  current = frame.prev;
}

/** Evaluate the next templates in another scope (ForEach's per-item `let`); returns the previous one. */
export function swapTrackingScope(scope: ScopeFrame | undefined): ScopeFrame | undefined {
  const frame = current;
  if (frame === null) return undefined;
  const previous = frame.scope;
  frame.scope = scope;
  return previous;
}

/** The lookup handed to the expression engine while a frame is active. */
export const trackedLookup: ScopeLookup = (name) => {
  const frame = current;
  if (frame === null) return undefined;
  for (let f = frame.scope; f; f = f.parent) {
    if (Object.hasOwn(f.vars, name)) return f.vars[name];
  }
  const value = frame.store.get(name);
  const reads = frame.reads;
  if (reads === null) {
    frame.reads = name;
    frame.value = value;
  } else if (typeof reads === "string") {
    if (reads !== name) frame.reads = [reads, frame.value, name, value];
  } else {
    // Keys only (`includes` would also match a value equal to the name).
    for (let i = 0; i < reads.length; i += 2) if (reads[i] === name) return value;
    reads.push(name, value);
  }
  return value;
};

/**
 * What holds store subscriptions: the keys it is subscribed to (a `Reads`; only its keys count) and their store. It
 * is its own store listener (`stateChanged`), so a node keeps no subscription object and no closure.
 */
export interface Subscriber {
  keys: Reads;
  keysStore: Store | undefined;
  stateChanged(): void;
}

/**
 * After each commit: subscribe `sub` to the keys its last render read (`reads`, `value` from its frame), unsubscribing
 * from the previous ones only when they differ, and call `stateChanged` when a read value changed between render and
 * subscription (that write would otherwise be missed).
 */
export function subscribe(sub: Subscriber, store: Store, reads: Reads, value: unknown): void {
  if (store !== sub.keysStore || !sameKeys(reads, sub.keys)) {
    unsubscribe(sub);
    sub.keysStore = store;
    listen(store, "addListener", reads, sub);
  }
  sub.keys = reads;
  if (typeof reads === "string") {
    if (!Object.is(store.get(reads), value)) sub.stateChanged();
  } else if (reads !== null) {
    for (let i = 0; i < reads.length; i += 2) {
      if (!Object.is(store.get(reads[i] as string), reads[i + 1])) {
        sub.stateChanged();
        return;
      }
    }
  }
}

export function unsubscribe(sub: Subscriber): void {
  if (sub.keysStore !== undefined) listen(sub.keysStore, "removeListener", sub.keys, sub);
  sub.keys = null;
}

function listen(store: Store, method: "addListener" | "removeListener", keys: Reads, sub: Subscriber): void {
  if (typeof keys === "string") store[method](keys, sub);
  else if (keys !== null) for (let i = 0; i < keys.length; i += 2) store[method](keys[i] as string, sub);
}

/** A `Subscriber` for hooks (`useTracked`), calling `onChange`. */
export class Subscription implements Subscriber {
  keys: Reads = null;
  keysStore: Store | undefined;
  constructor(readonly stateChanged: () => void) {}
}

/** Whether two `Reads` have the same keys, in any order (a string is one key; an array has two or more). */
function sameKeys(a: Reads, b: Reads): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 2) {
    let j = 0;
    while (j < b.length && b[j] !== a[i]) j += 2;
    if (j === b.length) return false;
  }
  return true;
}
