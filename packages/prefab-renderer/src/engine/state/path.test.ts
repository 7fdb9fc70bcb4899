import { describe, expect, it } from "vitest";
import type { StateErrorCode } from "./errors.js";
import { getPath, isIndexSegment, parsePath, setPath } from "./path.js";

function segments(path: string): readonly string[] {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new Error(`unexpected parse failure for ${path}`);
  return parsed.segments;
}

describe("parsePath", () => {
  it.each([
    ["name", ["name"]],
    ["user.name", ["user", "name"]],
    ["todos.0.done", ["todos", "0", "done"]],
    ["$host.theme", ["$host", "theme"]],
  ])("%s → %j", (path, expected) => {
    expect(segments(path)).toEqual(expected);
  });

  it.each<[string, StateErrorCode]>([
    ["", "invalid-path"],
    ["a..b", "invalid-path"],
    ["a.", "invalid-path"],
    [".a", "invalid-path"],
    ["__proto__", "forbidden-segment"],
    ["a.__proto__.polluted", "forbidden-segment"],
    ["constructor.prototype", "forbidden-segment"],
    ["a.prototype", "forbidden-segment"],
  ])("refuses %j with %s", (path, code) => {
    const parsed = parsePath(path);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it("caches: the same path yields the same frozen segments", () => {
    const first = segments("cache.me.0");
    expect(segments("cache.me.0")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("isIndexSegment", () => {
  it.each([
    ["0", true],
    ["12", true],
    ["01", false],
    ["-1", false],
    ["1e3", false],
    ["1.5", false],
    ["", false],
    ["99999999999999999999", false],
  ])("%j → %s", (segment, expected) => {
    expect(isIndexSegment(segment)).toBe(expected);
  });
});

describe("getPath", () => {
  const state = {
    user: { name: "Ada", tags: ["x", "y"] },
    todos: [{ done: true }, { done: false }],
    ids: { "42": "answer" },
    nothing: null,
  };
  it.each<[string, unknown]>([
    ["user.name", "Ada"],
    ["user.tags.1", "y"],
    ["user.tags.length", 2],
    ["todos.1.done", false],
    ["todos.2.done", undefined],
    ["todos.x", undefined],
    ["ids.42", "answer"],
    ["nothing.deeper", undefined],
    ["user.name.length", undefined], // strings are not containers
    ["missing.path", undefined],
    ["user.toString", undefined], // inherited, not own
    ["user.hasOwnProperty", undefined],
  ])("%s → %j", (path, expected) => {
    expect(getPath(state, segments(path))).toEqual(expected);
  });

  it("never reads hostile segments even when given raw segments", () => {
    expect(getPath({}, ["__proto__"])).toBeUndefined();
    expect(getPath({}, ["constructor"])).toBeUndefined();
    expect(getPath({ a: {} }, ["a", "constructor", "prototype"])).toBeUndefined();
  });
});

describe("setPath", () => {
  type Row = [name: string, before: unknown, path: string, value: unknown, after: unknown];
  it.each<Row>([
    ["top-level key", { a: 1 }, "b", 2, { a: 1, b: 2 }],
    ["nested replace", { a: { b: 1, c: 2 } }, "a.b", 9, { a: { b: 9, c: 2 } }],
    ["array element field", { t: [{ d: false }] }, "t.0.d", true, { t: [{ d: true }] }],
    ["append at length", { t: [1] }, "t.1", 2, { t: [1, 2] }],
    ["missing parent → object", {}, "user.name", "Ada", { user: { name: "Ada" } }],
    ["null parent → object", { user: null }, "user.name", "Ada", { user: { name: "Ada" } }],
    ["missing parent + index → array", {}, "list.0", "x", { list: ["x"] }],
    ["deep creation mixing both", {}, "a.0.b.0", 1, { a: [{ b: [1] }] }],
    ["numeric key on object", { ids: {} }, "ids.42", "v", { ids: { "42": "v" } }],
    ["missing element inside array → created", { t: [] }, "t.0.done", true, { t: [{ done: true }] }],
  ])("%s", (_name, before, path, value, after) => {
    const result = setPath(before, segments(path), value);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toEqual(after);
      expect(result.changed).toBe(true);
    }
  });

  type ErrorRow = [name: string, before: unknown, path: string, code: StateErrorCode];
  it.each<ErrorRow>([
    ["through a number", { a: 1 }, "a.b", "not-a-container"],
    ["through a string", { a: "text" }, "a.length", "not-a-container"],
    ["through a boolean deep", { a: { b: true } }, "a.b.c.d", "not-a-container"],
    ["index beyond length", { t: [1] }, "t.5", "index-out-of-range"],
    ["index beyond length of a created array", {}, "t.3", "index-out-of-range"],
    ["non-index on array", { t: [1] }, "t.x", "not-an-index"],
    ["negative index on array", { t: [1] }, "t.-1", "not-an-index"],
  ])("fails: %s", (_name, before, path, code) => {
    const snapshot = structuredClone(before);
    const result = setPath(before, segments(path), "v");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.path).toBe(path);
      expect(result.error.message).toContain(path);
    }
    expect(before).toEqual(snapshot);
  });

  it.each([["__proto__"], ["constructor"], ["prototype"]])("refuses raw hostile segment %s", (hostile) => {
    const target: Record<string, unknown> = { a: {} };
    const result = setPath(target, ["a", hostile, "polluted"], true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("forbidden-segment");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(target).toEqual({ a: {} });
  });

  it("shares untouched branches and copies only the path", () => {
    const before = { a: { b: { c: 1 } }, other: { big: [1, 2, 3] }, list: [{ x: 1 }, { y: 2 }] };
    const result = setPath(before, segments("list.1.y"), 3);
    if (!result.ok) throw new Error("expected success");
    expect(result.value).not.toBe(before);
    expect(result.value.other).toBe(before.other);
    expect(result.value.a).toBe(before.a);
    expect(result.value.list).not.toBe(before.list);
    expect(result.value.list[0]).toBe(before.list[0]);
    expect(before.list[1]).toEqual({ y: 2 });
  });

  it("returns the same root, unchanged, when the value is already there", () => {
    const before = { a: { b: 1 } };
    const result = setPath(before, segments("a.b"), 1);
    expect(result).toEqual({ ok: true, value: before, changed: false });
    if (result.ok) expect(result.value).toBe(before);
  });

  it("an own __proto__ key from JSON stays inert data when copying", () => {
    const before = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const result = setPath(before, segments("a"), 2);
    if (!result.ok) throw new Error("expected success");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it("handles very long paths without recursion", () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
    const result = setPath({}, long, 1);
    expect(result.ok).toBe(true);
    if (result.ok) expect(getPath(result.value, long)).toBe(1);
  });
});
