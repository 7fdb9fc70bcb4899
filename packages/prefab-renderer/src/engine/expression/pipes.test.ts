import { parseExpression } from "@prefab-ui/dsl/expression";
import { afterEach, describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";
import { lookupFrom } from "./lookup.js";
import { applyPipe, BUILTIN_PIPE_NAMES } from "./pipes.js";
import type { ExpressionOptions, FormatContext } from "./types.js";

const EN: FormatContext = { locale: "en-US", timeZone: "UTC" };

const data = {
  amount: 1234.5,
  big: 1234567,
  frac: 0.256,
  neg: -4.7,
  text: "Hello World",
  long: "The quick brown fox",
  tags: ["a", "b", "c"],
  none: [],
  users: [
    { name: "Ann", active: true, admin: false },
    { name: "Bob", active: false },
    { name: "Cy", active: 1, admin: true },
    null,
    "str",
  ],
  iso: "2025-01-15T14:30:00Z",
  day: "2025-01-15",
  clock: "14:30",
  clockSeconds: "09:05:30",
  epoch: Date.UTC(2025, 0, 15, 14, 30),
  one: 1,
  two: 2,
  zero: 0,
};

/** ICU may put a narrow no-break space before AM/PM; compare with plain spaces. */
const plain = (v: unknown): unknown => (typeof v === "string" ? v.replace(/[\u202f\u00a0]/g, " ") : v);

function ev(source: string, options: ExpressionOptions = { format: EN }): unknown {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return plain(evaluate(parsed.ast, lookupFrom(data), options));
}

describe("built-in pipes (en-US, UTC)", () => {
  it.each<[string, unknown]>([
    // currency
    ["amount | currency", "$1,234.50"],
    ["amount | currency:EUR", "€1,234.50"],
    ["amount | currency:'JPY'", "¥1,235"],
    ["'12' | currency", "$12.00"],
    ["text | currency", "Hello World"],
    ["amount | currency:notacode", "1234.5"],
    // percent
    ["frac | percent", "26%"],
    ["frac | percent:1", "25.6%"],
    ["0.5 | percent", "50%"],
    ["text | percent", "Hello World"],
    // number
    ["big | number", "1,234,567"],
    ["amount | number:2", "1,234.50"],
    ["amount | number:0", "1,235"],
    ["1.23456 | number", "1.235"],
    ["text | number", "Hello World"],
    ["amount | number:abc", "1,234.5"],
    // compact (0.3)
    ["big | compact", "1.2M"],
    ["big | compact:2", "1.23M"],
    ["999 | compact", "999"],
    ["1500 | compact", "1.5K"],
    ["text | compact", "Hello World"],
    // round / abs
    ["3.7 | round", 4],
    ["3.14159 | round:2", 3.14],
    ["neg | round", -5],
    ["text | round", "Hello World"],
    ["neg | abs", 4.7],
    ["'-3' | abs", 3],
    ["text | abs", "Hello World"],
    // date / time / datetime
    ["iso | date", "Jan 15, 2025"],
    ["iso | date:short", "1/15/2025"],
    ["iso | date:medium", "Jan 15, 2025"],
    ["iso | date:long", "January 15, 2025"],
    ["day | date:long", "January 15, 2025"],
    ["epoch | date", "Jan 15, 2025"],
    ["'not a date' | date", "not a date"],
    ["iso | time", "2:30 PM"],
    ["clock | time", "2:30 PM"],
    ["clockSeconds | time", "9:05 AM"],
    ["'25:00' | time", "25:00"],
    ["'nope' | time", "nope"],
    ["iso | datetime", "Jan 15, 2025, 2:30 PM"],
    ["'garbage' | datetime", "garbage"],
    // case
    ["text | upper", "HELLO WORLD"],
    ["text | lower", "hello world"],
    ["42 | upper", "42"],
    // truncate
    ["long | truncate:9", "The quick..."],
    ["long | truncate:100", "The quick brown fox"],
    ["long | truncate", "The quick brown fox"],
    ["long | truncate:0", "The quick brown fox"],
    ["long | truncate:x", "The quick brown fox"],
    // pluralize (the word only, without the number)
    ["one | pluralize", "item"],
    ["two | pluralize", "items"],
    ["zero | pluralize", "items"],
    ["'1' | pluralize", "item"],
    ["one | pluralize:file", "file"],
    ["two | pluralize:'file'", "files"],
    ["tags.length + ' ' + (tags.length | pluralize:tag)", "3 tags"],
    // length / join / first / last
    ["tags | length", 3],
    ["text | length", 11],
    ["42 | length", 0],
    ["missing | length", 0],
    ["tags | join", "a, b, c"],
    ["tags | join:'-'", "a-b-c"],
    ["tags | join:' / '", "a / b / c"],
    ["text | join", "Hello World"],
    ["tags | first", "a"],
    ["tags | last", "c"],
    ["none | first", undefined],
    ["text | first", "Hello World"],
    // default
    ["missing | default", ""],
    ["missing | default:'n/a'", "n/a"],
    ["missing | default:0", 0],
    ["text | default:'n/a'", "Hello World"],
  ])("%s", (source, expected) => {
    expect(ev(source)).toEqual(expected);
  });

  it("selectattr keeps objects whose attribute is truthy", () => {
    expect(ev("users | selectattr:active")).toEqual([data.users[0], data.users[2]]);
    expect(ev("(users | selectattr:admin | length)")).toBe(1);
    expect(ev("users | selectattr")).toBe(data.users);
    expect(ev("text | selectattr:active")).toBe("Hello World");
  });

  it("rejectattr keeps objects whose attribute is falsy", () => {
    expect(ev("users | rejectattr:active")).toEqual([data.users[1]]);
    expect(ev("users | rejectattr:admin | length")).toBe(2);
  });

  it("has the 20 documented pipes", () => {
    expect([...BUILTIN_PIPE_NAMES].sort()).toEqual(
      [
        "abs",
        "compact",
        "currency",
        "date",
        "datetime",
        "default",
        "first",
        "join",
        "last",
        "length",
        "lower",
        "number",
        "percent",
        "pluralize",
        "rejectattr",
        "round",
        "selectattr",
        "time",
        "truncate",
        "upper",
      ].sort(),
    );
  });
});

describe("locale and time zone", () => {
  it("de-DE changes number grouping and decimal separators", () => {
    const de: ExpressionOptions = { format: { locale: "de-DE", timeZone: "UTC" } };
    expect(ev("big | number", de)).toBe("1.234.567");
    expect(ev("amount | number:2", de)).toBe("1.234,50");
    expect(ev("amount | currency:EUR", de)).toBe("1.234,50 €");
    expect(ev("iso | date:long", de)).toBe("15. Januar 2025");
  });

  it("the pipe argument overrides the default currency, not the locale", () => {
    expect(ev("amount | currency:GBP", { format: { locale: "en-GB" } })).toBe("£1,234.50");
  });

  it("formats in the context time zone", () => {
    expect(ev("iso | time", { format: { locale: "en-US", timeZone: "America/New_York" } })).toBe("9:30 AM");
    expect(ev("'2025-01-15T02:00:00Z' | date", { format: { locale: "en-US", timeZone: "Asia/Tokyo" } })).toBe(
      "Jan 15, 2025",
    );
    expect(
      ev("'2025-01-15T02:00:00Z' | date", { format: { locale: "en-US", timeZone: "America/Los_Angeles" } }),
    ).toBe("Jan 14, 2025");
  });

  it("keeps bare HH:MM as a wall-clock time in any time zone", () => {
    expect(ev("clock | time", { format: { locale: "en-US", timeZone: "Asia/Kolkata" } })).toBe("2:30 PM");
  });

  it("defaults to the runtime's Intl locale", () => {
    const expected = new Intl.NumberFormat().format(1234567);
    expect(ev("big | number", {})).toBe(expected);
    expect(ev("big | number", { format: {} })).toBe(expected);
  });

  it("falls back to the runtime locale for an invalid locale tag", () => {
    expect(ev("big | number", { format: { locale: "not a locale!" } })).toBe(
      new Intl.NumberFormat().format(1234567),
    );
  });

  it("ignores an invalid time zone rather than failing", () => {
    expect(ev("iso | date", { format: { locale: "en-US", timeZone: "Mars/Olympus" } })).toMatch(
      /Jan 1[45], 2025/,
    );
  });
});

describe("custom pipes", () => {
  afterEach(() => {
    delete (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers;
  });

  it("calls a registered pipe with the value and typed argument", () => {
    const pipes = {
      double: (v: unknown) => Number(v) * 2,
      times: (v: unknown, n?: unknown) => Number(v) * Number(n),
    };
    expect(ev("3 | double", { pipes })).toBe(6);
    expect(ev("3 | times:4", { pipes })).toBe(12);
    expect(ev("3 | double | double", { pipes })).toBe(12);
  });

  it("falls back to globalThis.__prefab_handlers.pipes", () => {
    (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers = {
      pipes: { double: (v: unknown) => Number(v) * 2, upper: () => "hijacked" },
    };
    expect(ev("3 | double")).toBe(6);
    expect(ev("3 | double", { pipes: { double: () => "local" } })).toBe("local");
  });

  it("lets built-ins win", () => {
    (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers = {
      pipes: { upper: () => "hijacked" },
    };
    expect(ev("'a' | upper", { pipes: { upper: () => "local" } })).toBe("A");
  });

  it("passes unknown names and non-function entries through", () => {
    (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers = { pipes: { notfn: 42 } };
    expect(ev("3 | notfn")).toBe(3);
    expect(ev("3 | hasOwnProperty")).toBe(3);
    expect(applyPipe("__proto__", 3, undefined)).toBe(3);
  });
});
