import { parseExpression } from "@prefab-ui/dsl/expression";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";
import { lookupFrom } from "./lookup.js";
import type { ExpressionOptions } from "./types.js";

const state = {
  a: 6,
  b: 3,
  s: "5",
  name: "Ada",
  empty: "",
  zero: 0,
  nil: null,
  yes: true,
  no: false,
  price: 19.5,
  qty: 2,
  items: [{ n: "x", done: true }, { n: "y", done: false }, { n: "z" }],
  user: { name: "Grace", address: { city: "Arlington" }, tags: ["a", "b"] },
  matrix: [
    [1, 2],
    [3, 4],
  ],
  list: [],
};
const scope = { $item: { id: 7, label: "seven" }, $index: 2, a: 100 };

function ev(source: string, options?: ExpressionOptions, lookup = lookupFrom(state)): unknown {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return evaluate(parsed.ast, lookup, options);
}

describe("evaluate", () => {
  it.each<[string, unknown]>([
    // literals
    ["42", 42],
    ["3.5", 3.5],
    [".5", 0.5],
    ["'hi'", "hi"],
    ["true", true],
    ["false", false],
    ["null", null],
    // paths
    ["name", "Ada"],
    ["user.name", "Grace"],
    ["user.address.city", "Arlington"],
    ["user.tags.1", "b"],
    ["items.0.n", "x"],
    ["matrix.1.0", 3],
    ["items.length", 3],
    ["name.length", 3],
    ["user.tags.length", 2],
    ["list.length", 0],
    ["missing", undefined],
    ["missing.deep.path", undefined],
    ["user.missing", undefined],
    ["items.9.n", undefined],
    ["items.01", undefined],
    ["name.0", undefined],
    ["nil.x", undefined],
    ["a.b", undefined],
    // arithmetic
    ["a + b", 9],
    ["a - b", 3],
    ["a * b", 18],
    ["a / b", 2],
    ["1 / 0", Number.POSITIVE_INFINITY],
    ["2 + 3 * 4", 14],
    ["(2 + 3) * 4", 20],
    ["10 - 4 - 3", 3],
    ["a % 4", 2],
    ["1 + 7 % 4 * 2", 7],
    ["-7 % 3", -1],
    ["7 % -3", 1],
    ["price * qty", 39],
    ["yes + 1", 2],
    ["nil + 1", 1],
    ["missing + 1", Number.NaN],
    ["s * 2", 10],
    ["s - 1", 4],
    // concatenation
    ["'a' + 'b'", "ab"],
    ["s + 1", "51"],
    ["1 + s", "15"],
    ["'n=' + a", "n=6"],
    ["name + ' ' + user.name", "Ada Grace"],
    ["'x' + missing", "xundefined"],
    ["'x' + nil", "xnull"],
    ["1 + 2 + 'a'", "3a"],
    // unary
    ["-a", -6],
    ["-s", -5],
    ["+s", 5],
    ["- -a", 6],
    ["-missing", Number.NaN],
    ["!yes", false],
    ["!missing", true],
    ["!!name", true],
    ["!empty", true],
    ["not yes", false],
    ["not not name", true],
    // comparisons
    ["a == 6", true],
    ["s == 5", true],
    ["1 == '1'", true],
    ["nil == missing", true],
    ["nil == 0", false],
    ["zero == false", true],
    ["a != 6", false],
    ["s != 5", false],
    ["a > b", true],
    ["a >= 6", true],
    ["a < b", false],
    ["b <= 3", true],
    ["'b' > 'a'", true],
    ["'10' < '9'", true],
    ["items.length > 2", true],
    ["name == 'Ada'", true],
    ["!a == 6", false],
    ["not a == 7", true],
    // logical
    ["yes && name", "Ada"],
    ["no && name", false],
    ["empty || 'fallback'", "fallback"],
    ["name || 'fallback'", "Ada"],
    ["missing || nil", null],
    ["zero || empty", ""],
    ["yes and no", false],
    ["no or yes", true],
    ["a > 1 and b > 1", true],
    ["a > 100 or b > 100", false],
    ["no || yes && zero", 0],
    ["not no and yes", true],
    // ternary
    ["yes ? 'on' : 'off'", "on"],
    ["no ? 'on' : 'off'", "off"],
    ["missing ? 1 : 2", 2],
    ["a > 5 ? 'big' : 'small'", "big"],
    ["no ? 1 : zero ? 2 : 3", 3],
    ["yes ? no ? 1 : 2 : 3", 2],
    ["yes ? name : user.name | upper", "Ada"],
    ["no ? name : user.name | upper", "GRACE"],
    ["(no ? name : user.name) | lower", "grace"],
    ["(yes ? name : user.name) | upper", "ADA"],
    // pipes
    ["price * qty | currency", "$39.00"],
    ["(items | length) == 3", true],
    ["(list | length) == 0", true],
    ["name | upper | lower", "ada"],
    ["missing | 'Anon'", "Anon"],
    ["nil | 'Anon'", "Anon"],
    ["name | 'Anon'", "Ada"],
    ["empty | 'Anon'", ""],
    ["missing | 0", 0],
    ["missing | false", false],
    ["missing | null", null],
    ["(missing | default:5) + 1", 6],
    ["missing | default:true", true],
    ["missing | default:'5'", "5"],
    ["missing | default", ""],
    ["zero | default:5", 0],
    ["missing | upper | 'x'", "UNDEFINED"],
    ["3 | nosuchpipe", 3],
    ["3 | constructor", 3],
    ["3 | toString", 3],
  ])("%s", (source, expected) => {
    expect(ev(source, { format: { locale: "en-US", timeZone: "UTC" } })).toEqual(expected);
  });

  it("returns object and array values by reference", () => {
    expect(ev("user")).toBe(state.user);
    expect(ev("items")).toBe(state.items);
    expect(ev("yes && items")).toBe(state.items);
  });

  it("resolves only the root name through the lookup", () => {
    const seen: string[] = [];
    const lookup = (name: string): unknown => {
      seen.push(name);
      return lookupFrom(scope, state)(name);
    };
    expect(ev("$item.label + ':' + $index + ':' + a", undefined, lookup)).toBe("seven:2:100");
    expect(seen).toEqual(["$item", "$index", "a"]);
  });

  it("short-circuits && || and ?:", () => {
    let calls = 0;
    const pipes = {
      count: (v: unknown) => {
        calls++;
        return v;
      },
    };
    ev("no && (1 | count)", { pipes });
    ev("yes || (1 | count)", { pipes });
    ev("yes ? 1 : (2 | count)", { pipes });
    expect(calls).toBe(0);
  });
});

describe("evaluate: hostile paths", () => {
  const hostile = lookupFrom({
    obj: { a: 1 },
    arr: [1, 2],
    str: "abc",
    fn: () => 1,
    proto: Object.create({ inherited: "secret" }) as object,
    own: JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}') as object,
  });

  it.each([
    "obj.__proto__",
    "obj.constructor",
    "obj.constructor.prototype",
    "obj.__proto__.toString",
    "obj.toString",
    "obj.hasOwnProperty",
    "arr.constructor",
    "arr.push",
    "arr.__proto__",
    "str.constructor",
    "str.toUpperCase",
    "fn.name",
    "fn.prototype",
    "proto.inherited",
    "own.__proto__",
    "own.__proto__.x",
    "own.constructor",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
  ])("%s is undefined", (source) => {
    expect(ev(source, undefined, hostile)).toBeUndefined();
  });

  it("does not consult the lookup for hostile roots", () => {
    const lookup = (): unknown => ({ polluted: true });
    expect(ev("__proto__.polluted", undefined, lookup)).toBeUndefined();
    expect(ev("constructor", undefined, lookup)).toBeUndefined();
  });

  it("filters by own attributes only", () => {
    const items = [Object.create({ done: true }) as object, { done: true }];
    expect(ev("items | selectattr:done", undefined, lookupFrom({ items }))).toEqual([{ done: true }]);
    expect(ev("items | selectattr:constructor", undefined, lookupFrom({ items }))).toEqual([]);
  });
});
