/**
 * State before the first render. The host (PrefabView) resets the store to the envelope's `state` and seeds
 * named controls in a layout effect, i.e. after its tree has rendered: every node reading state would render
 * once with the previous state and again after the reset (for a 2,000-node tree, a second full render and a
 * second set of fibers kept as alternates). So the root node installs that same state while it renders, but
 * only when nobody is subscribed to anything the reset changes (`store.quietly`): then the early write is
 * invisible, and the host's later reset finds nothing to notify. A store that is observed (an envelope
 * replacing another) keeps the host's ordinary reset.
 */
import { seedStore } from "../engine/state/index.js";
import type { RenderRuntime } from "./runtime.js";

const primed = new WeakMap<object, unknown>();

export function primeStore(runtime: RenderRuntime): void {
  const { store, envelope } = runtime;
  if (primed.get(store) === envelope) return;
  primed.set(store, envelope);
  store.quietly(() => {
    store.reset((envelope.state ?? {}) as Record<string, unknown>);
    seedStore(store, envelope.view as never, envelope.defs as never);
  });
}
