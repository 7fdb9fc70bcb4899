/**
 * Fine-grained reactivity for views (the interpreter's nodes track their own templates, see tracking.ts):
 * `compute` evaluates templates through a lookup that records which state keys it read, and the component
 * subscribes to exactly those keys. A keystroke in `name` re-renders only components whose templates
 * mention `name`.
 */
import { useContext, useLayoutEffect, useReducer, useState } from "react";
import type { ScopeLookup } from "../engine/expression/index.js";
import { type RenderRuntime, ScopeContext, useRuntime } from "./runtime.js";
import {
  beginTracking,
  endTracking,
  Subscription,
  subscribe,
  trackedLookup,
  unsubscribe,
} from "./tracking.js";

export interface Tracker {
  lookup: ScopeLookup;
  runtime: RenderRuntime;
}

const bump = (n: number) => n + 1;

export function useTracked<T>(compute: (tracker: Tracker) => T): T {
  const runtime = useRuntime();
  const scope = useContext(ScopeContext);
  const [, force] = useReducer(bump, 0);
  const [subscription] = useState(() => new Subscription(force as () => void));
  const frame = beginTracking(scope, runtime.store);
  let value: T;
  try {
    value = compute({ lookup: trackedLookup, runtime });
  } finally {
    endTracking(frame);
  }
  const { reads, value: readValue } = frame;
  // After every commit: subscribe to what this render read (cheap when the keys did not change).
  useLayoutEffect(() => subscribe(subscription, runtime.store, reads, readValue));
  useLayoutEffect(() => () => unsubscribe(subscription), [subscription]);
  return value;
}
