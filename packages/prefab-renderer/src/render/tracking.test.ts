import { describe, expect, it, vi } from "vitest";
import { createStore } from "../engine/state/index.js";
import {
  beginTracking,
  endTracking,
  Subscription,
  subscribe,
  trackedLookup,
  unsubscribe,
} from "./tracking.js";

function track(store: ReturnType<typeof createStore>, names: string[]) {
  const frame = beginTracking(undefined, store);
  try {
    for (const name of names) trackedLookup(name);
  } finally {
    endTracking(frame);
  }
  return frame;
}

describe("read tracking", () => {
  it("keeps one key as itself with its value, several as [key, value] pairs, each key once", () => {
    const store = createStore({ a: "b", b: 2, c: 3 });
    const one = track(store, ["a", "a"]);
    expect([one.reads, one.value]).toEqual(["a", "b"]);
    // "b" is also a's value: a key is matched against keys only.
    const several = track(store, ["a", "b", "a", "c", "b"]);
    expect(several.reads).toEqual(["a", "b", "b", 2, "c", 3]);
    expect(track(store, []).reads).toBeNull();
  });

  it("subscribes to what was read, notices a write before subscribing, resubscribes when the keys change", () => {
    const store = createStore({ a: 1, b: 1 });
    const changed = vi.fn();
    const sub = new Subscription(changed);
    let frame = track(store, ["a"]);
    store.set("a", 2);
    subscribe(sub, store, frame.reads, frame.value);
    expect(changed).toHaveBeenCalledTimes(1);
    store.set("a", 3);
    expect(changed).toHaveBeenCalledTimes(2);
    frame = track(store, ["b", "a"]);
    subscribe(sub, store, frame.reads, frame.value);
    expect(changed).toHaveBeenCalledTimes(2);
    store.set("b", 2);
    expect(changed).toHaveBeenCalledTimes(3);
    frame = track(store, ["b"]);
    subscribe(sub, store, frame.reads, frame.value);
    store.set("a", 4);
    expect(changed).toHaveBeenCalledTimes(3);
    unsubscribe(sub);
    store.set("b", 3);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});
