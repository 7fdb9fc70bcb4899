/**
 * Fine-grained reactivity: a node evaluates its templates through a lookup that
 * records which state keys it read, then subscribes to exactly those keys. A
 * keystroke in `name` re-renders only nodes whose templates mention `name`.
 */
import { useContext, useLayoutEffect, useReducer, useRef } from "react";
import type { ScopeLookup } from "../engine/expression/index.js";
import { type RenderRuntime, ScopeContext, useRuntime } from "./runtime.js";
import { findInScope } from "./scope.js";

export interface Tracker {
  lookup: ScopeLookup;
  runtime: RenderRuntime;
}

export function useTracked<T>(compute: (tracker: Tracker) => T): T {
  const runtime = useRuntime();
  const scope = useContext(ScopeContext);
  const [, force] = useReducer((n: number) => n + 1, 0);
  const read = new Map<string, unknown>();
  const lookup: ScopeLookup = (name) => {
    const hit = findInScope(scope, name);
    if (hit.found) return hit.value;
    const value = runtime.store.get(name);
    read.set(name, value);
    return value;
  };
  const value = compute({ lookup, runtime });
  const readRef = useRef(read);
  readRef.current = read;
  const signature = [...read.keys()].sort().join("\u0000");

  useLayoutEffect(() => {
    const keys = signature ? signature.split("\u0000") : [];
    const unsubs = keys.map((k) => runtime.store.subscribe(k, force));
    // A write between render and subscription would otherwise be missed.
    for (const [k, v] of readRef.current) if (runtime.store.get(k) !== v) force();
    return () => {
      for (const u of unsubs) u();
    };
  }, [signature, runtime.store]);

  return value;
}
