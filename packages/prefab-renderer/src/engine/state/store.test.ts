import { describe, expect, it, vi } from "vitest";
import type { StateErrorCode } from "./errors.js";
import { createStore, type Store } from "./store.js";

/** Subscribes a counter to each path and returns the counts by path. */
function counters(store: Store, paths: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const path of paths) {
    counts[path] = 0;
    store.subscribe(path, () => {
      counts[path] = (counts[path] ?? 0) + 1;
    });
  }
  return counts;
}

describe("reads and writes", () => {
  it("reads see previous writes immediately", () => {
    const store = createStore({ seconds: 0 });
    store.set("seconds", 10);
    expect(store.get("seconds")).toBe(10);
    store.set("user.name", "Ada");
    expect(store.get("user")).toEqual({ name: "Ada" });
  });

  it("does not keep a reference to the initial object", () => {
    const initial = { a: 1 };
    const store = createStore(initial);
    store.set("a", 2);
    expect(initial.a).toBe(1);
  });

  it("invalid paths read undefined and fail to write", () => {
    const store = createStore({ a: 1 });
    expect(store.get("a..b")).toBeUndefined();
    expect(store.get("__proto__")).toBeUndefined();
    const result = store.set("__proto__.polluted", true);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("drops __proto__ keys from the initial state", () => {
    const store = createStore(JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as Record<string, unknown>);
    expect(Object.keys(store.getSnapshot())).toEqual(["a"]);
  });

  it("reports failures instead of losing the write silently", () => {
    const store = createStore({ count: 3 });
    const result = store.set("count.value", 1);
    expect(result).toMatchObject({ ok: false, error: { code: "not-a-container", path: "count.value" } });
    expect(store.get("count")).toBe(3);
  });

  it("update passes the current value", () => {
    const store = createStore({ n: 2 });
    expect(store.update("n", (n) => (n as number) * 5)).toEqual({ ok: true, changed: true });
    expect(store.get("n")).toBe(10);
  });

  it.each<[unknown, boolean]>([
    [undefined, true],
    [false, true],
    [true, false],
    [0, true],
    ["x", false],
  ])("toggle %j → %s", (before, after) => {
    const store = createStore({ flag: before });
    store.toggle("flag");
    expect(store.get("flag")).toBe(after);
  });
});

describe("reserved keys", () => {
  it("author writes cannot touch $ keys; setReserved can", () => {
    const store = createStore();
    for (const result of [
      store.set("$host", {}),
      store.set("$host.theme", "dark"),
      store.toggle("$flag"),
      store.append("$list", 1),
      store.update("$x", () => 1),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: "reserved-key" } });
    }
    expect(store.getSnapshot()).toEqual({});
    expect(store.setReserved("$host", { theme: "dark" })).toEqual({ ok: true, changed: true });
    expect(store.get("$host.theme")).toBe("dark");
    expect(store.set("$host.theme", "light", { reserved: true }).ok).toBe(true);
  });

  it("merge skips reserved and hostile keys unless allowed", () => {
    const store = createStore();
    const values = JSON.parse('{"a": 1, "$host": {}, "__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(store.merge(values)).toEqual({ changed: true, skipped: ["$host", "__proto__"] });
    expect(store.getSnapshot()).toEqual({ a: 1 });
    expect(store.merge({ $host: { t: 1 } }, { reserved: true })).toEqual({ changed: true, skipped: [] });
    expect(store.get("$host.t")).toBe(1);
  });
});

describe("fine-grained notifications", () => {
  const paths = ["a", "a.b", "a.b.c", "a.x", "name", "email", "list", "list.0", "list.1.done"];

  it.each<[string, unknown, readonly string[]]>([
    ["a.b", { c: 2 }, ["a", "a.b", "a.b.c"]],
    ["a.b.c", 5, ["a", "a.b", "a.b.c"]],
    ["a.x", 1, ["a", "a.x"]],
    ["name", "Bob", ["name"]],
    ["list.1.done", true, ["list", "list.1.done"]],
    ["list.0", "first", ["list", "list.0"]],
    ["new.key", 1, []],
  ])("set(%s) notifies exactly %j", (path, value, expected) => {
    const store = createStore({
      a: { b: { c: 1 }, x: 0 },
      name: "Ann",
      email: "e",
      list: [0, { done: false }],
    });
    const counts = counters(store, paths);
    expect(store.set(path, value).ok).toBe(true);
    for (const p of paths) expect([p, counts[p]]).toEqual([p, expected.includes(p) ? 1 : 0]);
  });

  it("a write that changes nothing notifies nobody", () => {
    const store = createStore({ a: { b: 1 }, name: "x" });
    const counts = counters(store, ["a", "a.b", "name"]);
    expect(store.set("a.b", 1)).toEqual({ ok: true, changed: false });
    expect(store.set("name", "x")).toEqual({ ok: true, changed: false });
    expect(counts).toEqual({ a: 0, "a.b": 0, name: 0 });
  });

  it("descendants whose value keeps its reference are not notified", () => {
    const shared = { deep: 1 };
    const store = createStore({ a: { keep: shared, drop: 1 } });
    const counts = counters(store, ["a.keep", "a.keep.deep", "a.drop"]);
    store.set("a", { keep: shared, drop: 2 });
    expect(counts).toEqual({ "a.keep": 0, "a.keep.deep": 0, "a.drop": 1 });
  });

  it("failed writes notify nobody", () => {
    const store = createStore({ n: 1 });
    const counts = counters(store, ["n", "n.x"]);
    store.set("n.x", 1);
    expect(counts).toEqual({ n: 0, "n.x": 0 });
  });

  it("unsubscribe stops delivery (and is idempotent); the empty path subscribes to nothing", () => {
    const store = createStore();
    const path = vi.fn();
    const empty = vi.fn();
    store.subscribe("", empty);
    const stopPath = store.subscribe("a", path);
    store.set("a", 1);
    store.set("b", 1);
    expect(path).toHaveBeenCalledTimes(1);
    stopPath();
    stopPath(); // idempotent
    store.set("a", 2);
    store.reset({ c: 1 });
    expect(path).toHaveBeenCalledTimes(1);
    expect(empty).not.toHaveBeenCalled();
  });

  it("the same function subscribed twice is removed independently", () => {
    const store = createStore();
    const listener = vi.fn();
    const first = store.subscribe("a", listener);
    store.subscribe("a", listener);
    first();
    store.set("a", 1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("array length subscriptions fire on length changes only", () => {
    const store = createStore({ list: [1, 2] });
    const counts = counters(store, ["list.length"]);
    store.set("list.0", 9);
    expect(counts["list.length"]).toBe(0);
    store.append("list", 3);
    expect(counts["list.length"]).toBe(1);
  });

  it("listeners see the new value and may write again", () => {
    const store = createStore({ a: 0, b: 0 });
    store.subscribe("a", () => {
      store.set("b", (store.get("a") as number) * 2);
    });
    const b = vi.fn();
    store.subscribe("b", b);
    store.set("a", 4);
    expect(store.get("b")).toBe(8);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it("a throwing listener does not stop the others", async () => {
    const store = createStore();
    const errors: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (task) => {
      try {
        task();
      } catch (error) {
        errors.push(error);
      }
    };
    try {
      const other = vi.fn();
      store.subscribe("a", () => {
        throw new Error("boom");
      });
      store.subscribe("a", other);
      expect(store.set("a", 1).ok).toBe(true);
      expect(other).toHaveBeenCalledTimes(1);
      expect(errors).toHaveLength(1);
    } finally {
      globalThis.queueMicrotask = original;
    }
  });
});

describe("batch", () => {
  it("coalesces notifications and keeps reads synchronous", () => {
    const store = createStore({ a: 0, b: 0, c: 0 });
    const counts = counters(store, ["a", "b", "c"]);
    // One function on every key: called once per batch, however many of its keys changed.
    const all = vi.fn();
    for (const key of ["a", "b", "c"]) store.subscribe(key, all);
    const seen = store.batch(() => {
      store.set("a", 1);
      store.set("a", 2);
      store.set("b", 1);
      expect(counts).toEqual({ a: 0, b: 0, c: 0 });
      return store.get("a");
    });
    expect(seen).toBe(2);
    expect(counts).toEqual({ a: 1, b: 1, c: 0 });
    expect(all).toHaveBeenCalledTimes(1);
  });

  it("nested batches flush once, at the outermost end", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe("x", listener);
    store.batch(() => {
      store.batch(() => store.set("x", 1));
      expect(listener).not.toHaveBeenCalled();
      store.set("x", 2);
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("a batch that ends where it started notifies nobody", () => {
    const store = createStore({ x: 1 });
    const listener = vi.fn();
    store.subscribe("x", listener);
    store.batch(() => {
      store.set("x", 2);
      store.set("x", 1);
    });
    expect(listener).not.toHaveBeenCalled();
  });

  it("still flushes when the callback throws (the writes stay applied)", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe("x", listener);
    expect(() =>
      store.batch(() => {
        store.set("x", 1);
        throw new Error("fail");
      }),
    ).toThrow("fail");
    expect(store.get("x")).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reset and merge inside a batch are coalesced with the other writes", () => {
    const store = createStore({ a: 1, b: 1 });
    const counts = counters(store, ["a", "b", "c"]);
    store.batch(() => {
      store.set("a", 2);
      store.reset({ a: 2, b: 1, c: 5 });
      store.merge({ b: 3 });
    });
    expect(counts).toEqual({ a: 1, b: 1, c: 1 });
  });
});

describe("reset", () => {
  it("replaces state and preserves $host by default", () => {
    const store = createStore({ old: 1 });
    store.setReserved("$host", { theme: "dark" });
    store.reset({ fresh: 2 });
    expect(store.getSnapshot()).toEqual({ fresh: 2, $host: { theme: "dark" } });
  });

  it("preserves the listed keys, taking them from current state, not the new values", () => {
    const store = createStore({ keep: "mine", $host: { theme: "dark" } });
    store.reset({ keep: "theirs", $host: { theme: "spoofed" }, other: 1 }, { preserve: ["keep", "$host"] });
    expect(store.getSnapshot()).toEqual({ keep: "mine", $host: { theme: "dark" }, other: 1 });
    store.reset({ $host: { theme: "spoofed" } }, { preserve: [] });
    expect(store.getSnapshot()).toEqual({ $host: { theme: "spoofed" } });
    const empty = createStore();
    empty.reset({ $host: { theme: "spoofed" } });
    expect(empty.getSnapshot()).toEqual({});
  });

  it("notifies exactly the subscribed paths whose value changed", () => {
    const shared = { x: 1 };
    const store = createStore({ same: 1, changed: 1, obj: shared, gone: 1, nested: { a: 1, b: 2 } });
    store.setReserved("$host", { theme: "dark" });
    const paths = ["same", "changed", "obj", "obj.x", "gone", "added", "nested.a", "nested.b", "$host.theme"];
    const counts = counters(store, paths);
    store.reset({ same: 1, changed: 2, obj: shared, added: 1, nested: { a: 1, b: 3 } });
    expect(counts).toEqual({
      same: 0,
      changed: 1,
      obj: 0,
      "obj.x": 0,
      gone: 1,
      added: 1,
      "nested.a": 0,
      "nested.b": 1,
      "$host.theme": 0,
    });
  });

  it("treats null or non-object values as empty", () => {
    const store = createStore({ a: 1 });
    store.reset(null);
    expect(store.getSnapshot()).toEqual({});
  });
});

describe("merge", () => {
  it("is shallow, with literal keys, and notifies only changed keys", () => {
    const store = createStore({ a: { deep: 1 }, b: 1 });
    const counts = counters(store, ["a", "a.deep", "b", "c"]);
    expect(store.merge({ a: { other: 2 }, b: 1, c: 3 })).toEqual({ changed: true, skipped: [] });
    expect(store.getSnapshot()).toEqual({ a: { other: 2 }, b: 1, c: 3 });
    expect(counts).toEqual({ a: 1, "a.deep": 1, b: 0, c: 1 });
  });

  it("ignores non-object input", () => {
    const store = createStore({ a: 1 });
    expect(store.merge(null as unknown as Record<string, unknown>)).toEqual({ changed: false, skipped: [] });
    expect(store.merge([1, 2] as unknown as Record<string, unknown>)).toEqual({
      changed: false,
      skipped: [],
    });
    expect(store.getSnapshot()).toEqual({ a: 1 });
  });

  it("reports no change when every value is already present", () => {
    const store = createStore({ a: 1 });
    const before = store.getSnapshot();
    expect(store.merge({ a: 1 })).toEqual({ changed: false, skipped: [] });
    expect(store.getSnapshot()).toBe(before);
  });
});

describe("append", () => {
  type Row = [
    name: string,
    before: unknown,
    value: unknown,
    index: number | string | undefined,
    after: unknown,
  ];
  it.each<Row>([
    ["push", [1, 2], 3, undefined, [1, 2, 3]],
    ["insert at 0", [1, 2], 0, 0, [0, 1, 2]],
    ["insert in the middle", [1, 3], 2, 1, [1, 2, 3]],
    ["-1 inserts before the last", [1, 3], 2, -1, [1, 2, 3]],
    ["large negative clamps at 0", [1, 2], 0, -10, [0, 1, 2]],
    ["past the end appends", [1], 2, 99, [1, 2]],
    ["string index", [1, 3], 2, "1", [1, 2, 3]],
    ["negative string index", [1, 3], 2, "-1", [1, 2, 3]],
    ["missing → new array", undefined, "x", undefined, ["x"]],
    ["null → new array", null, "x", undefined, ["x"]],
    ["missing with index", undefined, "x", -3, ["x"]],
  ])("%s", (_name, before, value, index, after) => {
    const store = createStore(before === undefined ? {} : { list: before });
    const original = store.get("list");
    expect(store.append("list", value, index)).toEqual({ ok: true, changed: true });
    expect(store.get("list")).toEqual(after);
    if (Array.isArray(before)) expect(original).toEqual(before);
  });

  it("creates missing parents", () => {
    const store = createStore();
    expect(store.append("groups.0.todos", "a").ok).toBe(true);
    expect(store.getSnapshot()).toEqual({ groups: [{ todos: ["a"] }] });
  });

  it.each<[string, unknown, number | string | undefined, StateErrorCode]>([
    ["string target", "text", undefined, "not-an-array"],
    ["object target", { a: 1 }, undefined, "not-an-array"],
    ["number target", 4, undefined, "not-an-array"],
    ["fractional index", [], 1.5, "invalid-index"],
    ["word index", [], "first", "invalid-index"],
    ["NaN index", [], Number.NaN, "invalid-index"],
  ])("fails visibly on %s", (_name, before, index, code) => {
    const store = createStore({ list: before });
    const result = store.append("list", 1, index);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(store.get("list")).toEqual(before);
  });
});

describe("pop", () => {
  type Row = [name: string, before: unknown[], index: number | string, removed: unknown, after: unknown[]];
  it.each<Row>([
    ["first", [1, 2, 3], 0, 1, [2, 3]],
    ["middle", [1, 2, 3], 1, 2, [1, 3]],
    ["last by -1", [1, 2, 3], -1, 3, [1, 2]],
    ["first by -length", [1, 2, 3], -3, 1, [2, 3]],
    ["string index", [1, 2, 3], "2", 3, [1, 2]],
  ])("%s", (_name, before, index, removed, after) => {
    const store = createStore({ list: before });
    expect(store.pop("list", index)).toEqual({ ok: true, changed: true, removed });
    expect(store.get("list")).toEqual(after);
    expect(before).toHaveLength(3);
  });

  it.each<[string, unknown, number | string, StateErrorCode]>([
    ["index = length", [1, 2], 2, "index-out-of-range"],
    ["too negative", [1, 2], -3, "index-out-of-range"],
    ["empty list", [], 0, "index-out-of-range"],
    ["missing", undefined, 0, "not-an-array"],
    ["null", null, 0, "not-an-array"],
    ["object", { 0: "a" }, 0, "not-an-array"],
    ["bad index", [1], "x", "invalid-index"],
  ])("fails visibly on %s", (_name, before, index, code) => {
    const store = createStore(before === undefined ? {} : { list: before });
    const listener = vi.fn();
    store.subscribe("list", listener);
    expect(store.pop("list", index)).toMatchObject({ ok: false, error: { code } });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("addListener / removeListener", () => {
  it("subscribe without a closure; each removeListener undoes one addListener; empty branches are pruned", () => {
    const store = createStore({ a: { b: 1 } });
    const listener = vi.fn();
    store.addListener("a.b", listener);
    store.addListener("a.b", listener);
    store.set("a.b", 2);
    // One call per write even when the same function is subscribed twice.
    expect(listener).toHaveBeenCalledTimes(1);
    store.removeListener("a.b", listener);
    store.set("a.b", 3);
    expect(listener).toHaveBeenCalledTimes(2);
    store.removeListener("a.b", listener);
    store.set("a.b", 4);
    expect(listener).toHaveBeenCalledTimes(2);
    // Removing what is not there (or an invalid path) is a no-op.
    store.removeListener("a.b", listener);
    store.removeListener("a..b", listener);
  });

  it("one path, several listeners: each removal drops only its own (one listener is stored without an array)", () => {
    const store = createStore({ a: 1 });
    const first = vi.fn();
    const second = vi.fn();
    store.addListener("a", first);
    // Not subscribed: nothing happens to the single listener.
    store.removeListener("a", second);
    store.set("a", 2);
    expect(first).toHaveBeenCalledTimes(1);
    store.addListener("a", second);
    store.set("a", 3);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([2, 1]);
    store.removeListener("a", first);
    store.set("a", 4);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([2, 2]);
    store.removeListener("a", second);
    store.addListener("a", first);
    store.set("a", 5);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([3, 2]);
  });

  it("top-level keys (read and subscribed without parsing) behave as parsed paths do", () => {
    const store = createStore({ a: 1, "": 2, list: [1, 2] });
    expect(store.get("a")).toBe(1);
    expect(store.get("")).toBeUndefined();
    expect(store.get("__proto__")).toBeUndefined();
    expect(store.get("constructor")).toBeUndefined();
    expect(store.get("missing")).toBeUndefined();
    expect(store.get("list")).toEqual([1, 2]);
    const listener = vi.fn();
    store.addListener("a", listener);
    store.addListener("", listener);
    store.addListener("__proto__", listener);
    store.set("a", 2);
    expect(listener).toHaveBeenCalledTimes(1);
    // A write below a subscribed key changes it too.
    store.set("list.0", 5);
    store.addListener("list", listener);
    store.set("list.1", 6);
    expect(listener).toHaveBeenCalledTimes(2);
    store.removeListener("a", listener);
    store.removeListener("list", listener);
    store.removeListener("", listener);
    store.set("a", 3);
    store.set("list.0", 7);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("a key subscribed alone, then with paths under it, then alone again; object listeners get stateChanged", () => {
    const store = createStore({ a: { b: 1, c: 1 } });
    const top = { stateChanged: vi.fn() };
    const below = vi.fn();
    const calls = () => [top.stateChanged.mock.calls.length, below.mock.calls.length];
    // "a" is only a listener in its parent's map, until "a.b" needs a trie node under it.
    store.addListener("a", top);
    store.set("a.c", 2);
    expect(calls()).toEqual([1, 0]);
    store.addListener("a.b", below);
    store.set("a.c", 3);
    expect(calls()).toEqual([2, 0]);
    store.set("a.b", 2);
    expect(calls()).toEqual([3, 1]);
    store.removeListener("a", top);
    store.set("a.b", 3);
    expect(calls()).toEqual([3, 2]);
    store.reset({ a: { b: 4 } });
    expect(calls()).toEqual([3, 3]);
    store.removeListener("a.b", below);
    store.reset({ a: { b: 5 } });
    expect(calls()).toEqual([3, 3]);
    // Alone again: a write below it, and a reset, reach it.
    store.addListener("a", top);
    store.set("a.b", 6);
    store.reset({ a: { b: 7 } });
    expect(calls()).toEqual([5, 3]);
    store.removeListener("a", top);
    store.set("a.b", 8);
    expect(calls()).toEqual([5, 3]);
  });

  it("quietly keeps writes nobody observes and rolls back observed ones", () => {
    const store = createStore({ a: 1 });
    expect(store.quietly(() => store.set("b", 2))).toBe(true);
    expect(store.get("b")).toBe(2);
    const listener = vi.fn();
    store.subscribe("a", listener);
    expect(store.quietly(() => store.reset({ a: 1, c: 3 }))).toBe(true);
    expect(store.get("c")).toBe(3);
    expect(store.quietly(() => store.reset({ a: 5 }))).toBe(false);
    expect(store.get("a")).toBe(1);
    expect(store.get("c")).toBe(3);
    expect(listener).not.toHaveBeenCalled();
  });
});
