import { parseExpression } from "@prefab-ui/dsl/expression";
import { describe, expect, it } from "vitest";
import { BoundedCache } from "./cache.js";
import { clearExpressionCache, compileExpression, EXPRESSION_CACHE_LIMIT } from "./compile.js";
import { lookupFrom } from "./lookup.js";

describe("compileExpression", () => {
  it("returns the same compiled object for the same source", () => {
    clearExpressionCache();
    const a = compileExpression("x + 1");
    expect(compileExpression("x + 1")).toBe(a);
    expect(a.ok && a.evaluate(lookupFrom({ x: 1 }))).toBe(2);
    expect(a.ok && a.evaluate(lookupFrom({ x: 41 }))).toBe(42);
  });

  it("caches parse errors too", () => {
    const bad = compileExpression("x +");
    expect(bad).toMatchObject({ ok: false, source: "x +", error: { offset: 3 } });
    expect(compileExpression("x +")).toBe(bad);
  });

  it("stays bounded", () => {
    clearExpressionCache();
    const first = compileExpression("first");
    for (let i = 0; i < EXPRESSION_CACHE_LIMIT; i++) compileExpression(`v${i}`);
    expect(compileExpression("first")).not.toBe(first);
  });
});

describe("BoundedCache", () => {
  it("evicts the least recently used entry", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("compiles a bare path exactly as the parser does (shortcut), and leaves keywords and the rest to it", () => {
    clearExpressionCache();
    for (const source of [
      "label",
      "user.name",
      "$item.tags.0.name",
      "a..b",
      "a.",
      "_x9",
      "true.x",
      "order",
      "nothing",
      "true",
      "false",
      "null",
      "not",
      "and",
      "or",
      "9a",
      "a b",
      "a | upper",
      "-a",
      "",
    ]) {
      const compiled = compileExpression(source);
      const parsed = parseExpression(source);
      if (parsed.ok) expect(compiled.ok && compiled.ast, source).toEqual(parsed.ast);
      else expect(compiled.ok, source).toBe(false);
    }
  });
});
