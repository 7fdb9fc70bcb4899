/**
 * Read tracking for fine-grained reactivity. While a node evaluates its templates, `trackedLookup` resolves
 * names against the node's scope chain and then the store, recording every state key it read (with the value
 * seen). After commit the node subscribes to exactly those keys (`Subscription`), so a write re-renders only
 * the nodes whose templates read the written key.
 *
 * Rendering is synchronous and a template evaluation never renders another component, so one module-level
 * "current frame" suffices (saved and restored, so nesting would still be correct): no lookup closure is
 * allocated per node or per render.
 */
import type { ScopeLookup } from "../engine/expression/index.js";
import type { Store } from "../engine/state/index.js";
import type { ScopeFrame } from "./scope.js";

/** Keys read and the values seen, flattened: `[key0, value0, key1, value1, …]`; `null` when nothing was read. */
export type Reads = unknown[] | null;

export interface TrackingFrame {
  /** Variables visible to the templates being evaluated (`$item`, `let`…), searched before state. */
  scope: ScopeFrame | undefined;
  store: Store;
  reads: Reads;
  readonly prev: TrackingFrame | null;
}

let current: TrackingFrame | null = null;

/** Start recording reads; pair with `endTracking` (in a `finally`). */
export function beginTracking(scope: ScopeFrame | undefined, store: Store): TrackingFrame {
  const frame: TrackingFrame = { scope, store, reads: null, prev: current };
  current = frame;
  return frame;
}

/** Stop recording; returns what `frame` read. */
export function endTracking(frame: TrackingFrame): Reads {
  current = frame.prev;
  return frame.reads;
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
    // Most nodes read one key, and a node keeps its reads: a literal pair has a 2-slot backing store, while a
    // push onto `[]` would allocate 17 slots.
    frame.reads = [name, value];
    return value;
  }
  for (let i = 0; i < reads.length; i += 2) if (reads[i] === name) return value;
  reads.push(name, value);
  return value;
};

/**
 * The store subscriptions of one node: `update(reads)` after each commit keeps them equal to the keys the
 * last render read, and calls `onChange` when a read value changed between render and subscription. Holds
 * only the keys (no closure per key: `Store.addListener`/`removeListener`).
 */
export class Subscription {
  private keys: Reads = null;
  private store: Store | undefined;

  constructor(private readonly onChange: () => void) {}

  update(store: Store, reads: Reads): void {
    if (store !== this.store || !sameKeys(reads, this.keys)) {
      this.clear();
      this.store = store;
      if (reads !== null)
        for (let i = 0; i < reads.length; i += 2) store.addListener(reads[i] as string, this.onChange);
    }
    this.keys = reads;
    // A write between render and subscription would otherwise be missed.
    if (reads !== null) {
      for (let i = 0; i < reads.length; i += 2) {
        if (!Object.is(store.get(reads[i] as string), reads[i + 1])) {
          this.onChange();
          return;
        }
      }
    }
  }

  clear(): void {
    const { keys, store } = this;
    if (keys !== null && store !== undefined)
      for (let i = 0; i < keys.length; i += 2) store.removeListener(keys[i] as string, this.onChange);
    this.keys = null;
  }
}

function sameKeys(a: Reads, b: Reads): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] === b[i]) continue;
    // Same keys in another order (a branch evaluated first this time) still need no resubscription.
    let found = false;
    for (let j = 0; j < b.length; j += 2) {
      if (b[j] === a[i]) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
