import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { components, getComponentSpec } from "./components/index.js";
import { EnvelopeFieldsSchema, EnvelopeShape } from "./envelope.js";
import type { Issue, IssueCode } from "./issues.js";
import { MAX_NODE_DEPTH, MAX_NODES } from "./limits.js";
import { isInvalidNode } from "./nodes.js";
import { parseActions, parseEnvelope, parseNode, passesFast } from "./parse.js";
import { isPlainRows } from "./plain-rows.js";

type Json = Record<string, unknown>;

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
const warnings = (issues: Issue[]) => issues.filter((i) => i.severity === "warning");
const at = (issues: Issue[], path: string) => issues.filter((i) => i.path === path);

/** `depth` Columns nested in each other around `leaf`, built as a value. */
function nested(depth: number, leaf: Json = { type: "P", content: "leaf" }): Json {
  let node = leaf;
  for (let i = 0; i < depth; i++) node = { type: "Column", children: [node] };
  return node;
}

/** Same, built as JSON text (so no deep object is ever created by the test itself). */
function nestedText(depth: number): string {
  return `{"view":${'{"type":"Column","children":['.repeat(depth)}{"type":"P","content":"x"}${"]}".repeat(depth)}}`;
}

function expectNoPollution(): void {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
}

interface Case {
  name: string;
  input: unknown;
  /** Expected issues (a subset): severity, code and exact path; message if given is a substring. */
  expect: { severity: "error" | "warning"; code: IssueCode; path: string; message?: string }[];
  ok: boolean;
}

const cases: Case[] = [
  {
    name: "missing column key deep in a tree has the full path",
    input: {
      view: {
        type: "Column",
        children: [
          { type: "H1", content: "a" },
          { type: "P", content: "b" },
          { type: "Separator" },
          { type: "DataTable", columns: [{ header: "Name" }], rows: [] },
        ],
      },
    },
    expect: [
      {
        severity: "error",
        code: "invalid-props",
        path: "view.children[3].columns[0].key",
        message: "required",
      },
    ],
    ok: false,
  },
  {
    name: "wrong type: number where a string is expected",
    input: { view: { type: "P", content: 5 } },
    expect: [
      {
        severity: "error",
        code: "invalid-props",
        path: "view.content",
        message: "expected string, got number 5",
      },
    ],
    ok: false,
  },
  {
    name: "wrong type: string where a boolean is expected",
    input: { view: { type: "Button", label: "Go", disabled: "true" } },
    expect: [{ severity: "error", code: "invalid-props", path: "view.disabled", message: 'got "true"' }],
    ok: false,
  },
  {
    name: "wrong type: value outside an enum",
    input: { view: { type: "Button", label: "Go", size: "huge" } },
    expect: [{ severity: "error", code: "invalid-props", path: "view.size", message: '"sm"' }],
    ok: false,
  },
  {
    name: "missing required prop",
    input: { view: { type: "Button" } },
    expect: [
      { severity: "error", code: "invalid-props", path: "view.label", message: "required, expected string" },
    ],
    ok: false,
  },
  {
    name: "missing type",
    input: { view: { content: "no type" } },
    expect: [{ severity: "error", code: "invalid-node", path: "view", message: 'missing "type"' }],
    ok: false,
  },
  {
    name: "a child that is not an object",
    input: { view: { type: "Column", children: ["text", null, 3, []] } },
    expect: [
      { severity: "error", code: "invalid-node", path: "view.children[0]", message: "got string" },
      { severity: "error", code: "invalid-node", path: "view.children[1]", message: "got null" },
      { severity: "error", code: "invalid-node", path: "view.children[2]", message: "got number" },
      { severity: "error", code: "invalid-node", path: "view.children[3]", message: "got an array" },
    ],
    ok: false,
  },
  {
    name: "children that are not an array",
    input: { view: { type: "Column", children: { type: "P", content: "x" } } },
    expect: [{ severity: "error", code: "invalid-node", path: "view.children", message: "array" }],
    ok: false,
  },
  {
    name: "unknown component",
    input: { view: { type: "Column", children: [{ type: "Histogram" }] } },
    expect: [
      { severity: "error", code: "unknown-component", path: "view.children[0]", message: '"Histogram"' },
    ],
    ok: false,
  },
  {
    name: "unknown props are warnings",
    input: { view: { type: "Column", gap: 6, children: [{ type: "P", content: "x", colour: "red" }] } },
    expect: [
      { severity: "warning", code: "unknown-prop", path: "view.gap" },
      { severity: "warning", code: "unknown-prop", path: "view.children[0].colour" },
    ],
    ok: true,
  },
  {
    name: "unknown action",
    input: { view: { type: "Button", label: "Go", onClick: { action: "launchRockets" } } },
    expect: [{ severity: "error", code: "unknown-action", path: "view.onClick", message: '"launchRockets"' }],
    ok: false,
  },
  {
    name: "invalid action field in a list",
    input: {
      view: {
        type: "Button",
        label: "Go",
        onClick: [{ action: "setState", key: "a", value: 1 }, { action: "setState" }],
      },
    },
    expect: [{ severity: "error", code: "invalid-action", path: "view.onClick[1].key", message: "required" }],
    ok: false,
  },
  {
    name: "action without a name",
    input: { view: { type: "Button", label: "Go", onClick: [{ key: "a" }, "setState"] } },
    expect: [
      { severity: "error", code: "invalid-action", path: "view.onClick[0]", message: 'missing "action"' },
      { severity: "error", code: "invalid-action", path: "view.onClick[1]", message: "action object" },
    ],
    ok: false,
  },
  {
    name: "invalid action nested in a callback",
    input: {
      view: {
        type: "Button",
        label: "Go",
        onClick: { action: "toolCall", tool: "save", onSuccess: [{ action: "showToast", message: 3 }] },
      },
    },
    expect: [{ severity: "error", code: "invalid-action", path: "view.onClick.onSuccess[0].message" }],
    ok: false,
  },
  {
    name: "unknown action field is a warning",
    input: { view: { type: "Button", label: "Go", onClick: { action: "toggleState", key: "a", extra: 1 } } },
    expect: [{ severity: "warning", code: "unknown-prop", path: "view.onClick.extra" }],
    ok: true,
  },
  {
    name: "onMount on any node is checked",
    input: { view: { type: "P", content: "x", onMount: { action: "openLink" } } },
    expect: [{ severity: "error", code: "invalid-action", path: "view.onMount.url" }],
    ok: false,
  },
  {
    name: "keyBindings are checked as actions",
    input: { view: { type: "P", content: "x" }, keyBindings: { "Ctrl+K": { action: "nope" } } },
    expect: [{ severity: "error", code: "unknown-action", path: 'keyBindings["Ctrl+K"]' }],
    ok: false,
  },
  {
    name: "template in a boolean prop",
    input: { view: { type: "Button", label: "Go", disabled: "{{ busy }}" } },
    expect: [],
    ok: true,
  },
  {
    name: "template in a number prop",
    input: { view: { type: "Progress", value: 3, max: "{{ total }}" } },
    expect: [],
    ok: true,
  },
  {
    name: "plain string in a number prop",
    input: { view: { type: "Progress", value: 3, max: "100" } },
    expect: [{ severity: "error", code: "invalid-props", path: "view.max", message: "template" }],
    ok: false,
  },
  {
    name: "bad node inside a Condition case",
    input: { view: { type: "Condition", cases: [{ when: "{{ a }}", children: [{ type: "P" }] }] } },
    expect: [{ severity: "error", code: "invalid-props", path: "view.cases[0].children[0].content" }],
    ok: false,
  },
  {
    name: "bad node inside Condition else",
    input: { view: { type: "Condition", cases: [{ when: "a" }], else: [{ type: "Nope" }] } },
    expect: [{ severity: "error", code: "unknown-component", path: "view.else[0]" }],
    ok: false,
  },
  {
    name: "Condition without cases",
    input: { view: { type: "Condition", cases: [] } },
    expect: [{ severity: "error", code: "invalid-props", path: "view.cases" }],
    ok: false,
  },
  {
    name: "bad node in a DataTable row detail",
    input: {
      view: {
        type: "DataTable",
        columns: [{ key: "a", header: "A" }],
        rows: [{ a: 1 }, { a: { type: "Badge", label: 3 }, _detail: { type: "P" } }],
      },
    },
    expect: [
      { severity: "error", code: "invalid-props", path: "view.rows[1].a.label" },
      { severity: "error", code: "invalid-props", path: "view.rows[1]._detail.content" },
    ],
    ok: false,
  },
  {
    name: "bad node in defs",
    input: { defs: { card: { type: "Card", children: [{ type: "H1" }] } }, view: { $ref: "card" } },
    expect: [{ severity: "error", code: "invalid-props", path: "defs.card.children[0].content" }],
    ok: false,
  },
  {
    name: "unknown $ref is a warning",
    input: { view: { type: "Column", children: [{ $ref: "missing" }] } },
    expect: [{ severity: "warning", code: "unknown-def", path: "view.children[0]", message: '"missing"' }],
    ok: true,
  },
  {
    name: "$ref with bad let and cssClass",
    input: { defs: { t: { type: "P", content: "x" } }, view: { $ref: "t", let: 3, cssClass: 4, other: 1 } },
    expect: [
      { severity: "error", code: "invalid-props", path: "view.let" },
      { severity: "error", code: "invalid-props", path: "view.cssClass" },
      { severity: "warning", code: "unknown-prop", path: "view.other" },
    ],
    ok: false,
  },
  {
    name: "$ref that is not a string",
    input: { view: { $ref: 3 } },
    expect: [{ severity: "error", code: "invalid-node", path: "view", message: "$ref" }],
    ok: false,
  },
  {
    name: "defs cycle a → b → a",
    input: {
      defs: {
        a: { type: "Column", children: [{ $ref: "b" }] },
        b: { type: "Row", children: [{ $ref: "a" }] },
      },
      view: { $ref: "a" },
    },
    expect: [{ severity: "error", code: "defs-cycle", path: "defs.a", message: "a → b → a" }],
    ok: false,
  },
  {
    name: "defs self-cycle",
    input: { defs: { me: { type: "Column", children: [{ $ref: "me" }] } }, view: { $ref: "me" } },
    expect: [{ severity: "error", code: "defs-cycle", path: "defs.me", message: "me → me" }],
    ok: false,
  },
  {
    name: "envelope fields with wrong types",
    input: { view: { type: "P", content: "x" }, state: [], mode: "sepia", css: "body{}" },
    expect: [
      { severity: "error", code: "invalid-envelope", path: "state" },
      { severity: "error", code: "invalid-envelope", path: "mode" },
      { severity: "error", code: "invalid-envelope", path: "css" },
    ],
    ok: false,
  },
  {
    name: "unknown envelope key",
    input: { view: { type: "P", content: "x" }, extra: true },
    expect: [{ severity: "warning", code: "unknown-prop", path: "extra" }],
    ok: true,
  },
  {
    name: "invalid JSON text",
    input: '{"view": {"type": "P",',
    expect: [{ severity: "error", code: "invalid-json", path: "(root)", message: "not valid JSON" }],
    ok: false,
  },
  {
    name: "JSON that is not an object",
    input: "[1, 2, 3]",
    expect: [{ severity: "error", code: "invalid-envelope", path: "(root)" }],
    ok: false,
  },
  {
    name: "null input",
    input: null,
    expect: [{ severity: "error", code: "invalid-envelope", path: "(root)" }],
    ok: false,
  },
];

describe("parseEnvelope issues", () => {
  it.each(cases)("$name", ({ input, expect: expected, ok }) => {
    const res = parseEnvelope(input);
    for (const e of expected) {
      const found = at(res.issues, e.path).filter((i) => i.code === e.code && i.severity === e.severity);
      expect(found, `${e.severity} ${e.code} at ${e.path} in ${JSON.stringify(res.issues)}`).not.toHaveLength(
        0,
      );
      if (e.message) expect(found.map((i) => i.message).join("\n")).toContain(e.message);
    }
    if (expected.length === 0) expect(res.issues).toEqual([]);
    expect(res.ok).toBe(ok);
    expect(res.ok).toBe(errors(res.issues).length === 0);
    // Messages never repeat the path (it is a separate field).
    for (const i of res.issues) expect(i.message).not.toContain(`${i.path}:`);
  });

  it("reports the DataTable column path exactly", () => {
    const res = parseEnvelope({
      view: {
        type: "Column",
        children: [
          { type: "P", content: "0" },
          { type: "P", content: "1" },
          { type: "P", content: "2" },
          { type: "DataTable", columns: [{ header: "Name" }, { key: "b", header: "B" }] },
        ],
      },
    });
    expect(errors(res.issues)).toEqual([
      {
        severity: "error",
        code: "invalid-props",
        path: "view.children[3].columns[0].key",
        message: "required, expected string",
      },
    ]);
  });

  it("marks DataTable rows that are plain data (scalars, no templates) for later walks to skip", () => {
    const columns = [{ key: "a", header: "A" }];
    const rowsOf = (rows: unknown[]) =>
      (parseEnvelope({ view: { type: "DataTable", columns, rows } }).envelope!.view as unknown as Json).rows;
    const plain = rowsOf([{ a: 1, b: "x", c: null, d: true, _detail: "text" }]);
    expect(isPlainRows(plain)).toBe(true);
    expect(isPlainRows(rowsOf([{ a: "{{ name }}" }]))).toBe(false);
    expect(isPlainRows(rowsOf([{ a: { nested: 1 } }]))).toBe(false);
    expect(isPlainRows(rowsOf([{ a: [1] }]))).toBe(false);
    expect(isPlainRows(rowsOf([{ a: { type: "Badge", label: "x" } }]))).toBe(false);
    expect(isPlainRows(rowsOf([{ a: 1 }, 2]))).toBe(false);
    // arrays the parser did not see are never marked
    expect(isPlainRows([{ a: 1 }])).toBe(false);
    expect(isPlainRows("rows")).toBe(false);
  });

  it("marks any array of plain records it sanitized (chart data too), and nothing that holds more", () => {
    const data = [
      { month: "Jan", sales: 1 },
      { month: "Feb", sales: 2 },
    ];
    const templated = [{ month: "{{ m }}", sales: 1 }];
    const nested = [{ month: "Jan", sales: [1] }];
    const res = parseEnvelope({
      state: { points: [{ x: 1 }] },
      view: {
        type: "Column",
        children: [
          { type: "BarChart", data, series: [{ dataKey: "sales" }], xAxis: "month" },
          { type: "BarChart", data: templated, series: [{ dataKey: "sales" }], xAxis: "month" },
          { type: "BarChart", data: nested, series: [{ dataKey: "sales" }], xAxis: "month" },
        ],
      },
    });
    expect(isPlainRows(data)).toBe(true);
    expect(isPlainRows((res.envelope!.state as Json).points)).toBe(true);
    expect(isPlainRows(templated)).toBe(false);
    expect(isPlainRows(nested)).toBe(false);
  });

  it("DataTable rows: a row that is not an object is still an error; object rows are kept as they are", () => {
    const columns = [{ key: "a", header: "A" }];
    const bad = parseEnvelope({ view: { type: "DataTable", columns, rows: [{ a: 1 }, 2, [3]] } });
    expect(errors(bad.issues).map((i) => [i.code, i.path])).toEqual([["invalid-props", "view.rows"]]);
    expect(errors(bad.issues)[0]!.message).toMatch(/^expected record or string/);

    const rows = Array.from({ length: 1000 }, (_, i) => ({ a: i, b: { nested: [i] } }));
    const good = parseEnvelope({ view: { type: "DataTable", columns, rows } });
    expect(good.issues).toEqual([]);
    expect((good.envelope!.view as unknown as Json).rows).toBe(rows);
    // the other props are still validated
    const other = parseEnvelope({ view: { type: "DataTable", columns, rows, pageSize: "ten" } });
    expect(errors(other.issues).map((i) => i.path)).toEqual(["view.pageSize"]);
  });
});

describe("placeholders", () => {
  it("an unknown component becomes $invalid with its children and siblings intact", () => {
    const res = parseEnvelope({
      view: {
        type: "Column",
        children: [
          { type: "H1", content: "before" },
          { type: "Histogram", bins: 3, children: [{ type: "P", content: "inside" }] },
          { type: "P", content: "after" },
        ],
      },
    });
    const view = res.envelope!.view as unknown as Json;
    const kids = view.children as Json[];
    expect(view.type).toBe("Column");
    expect(kids).toHaveLength(3);
    expect(kids[0]).toEqual({ type: "H1", content: "before" });
    expect(kids[2]).toEqual({ type: "P", content: "after" });
    expect(isInvalidNode(kids[1])).toBe(true);
    expect(kids[1]).toMatchObject({
      type: "$invalid",
      code: "unknown-component",
      path: "view.children[1]",
      sourceType: "Histogram",
      children: [{ type: "P", content: "inside" }],
    });
    expect(errors(res.issues)).toHaveLength(1);
  });

  it("invalid props make a placeholder that keeps the valid children", () => {
    const res = parseEnvelope({
      view: {
        type: "Card",
        cssClass: 5,
        children: [{ type: "P", content: "kept" }, { type: "P" }],
      },
    });
    const view = res.envelope!.view as unknown as Json;
    expect(view).toMatchObject({ type: "$invalid", code: "invalid-props", path: "view", sourceType: "Card" });
    expect(view.message).toBe("invalid Card props (1 problem)");
    const kids = view.children as Json[];
    expect(kids[0]).toEqual({ type: "P", content: "kept" });
    expect(kids[1]).toMatchObject({ type: "$invalid", sourceType: "P", path: "view.children[1]" });
    expect(errors(res.issues).map((i) => i.path)).toEqual(["view.children[1].content", "view.cssClass"]);
  });

  it("a node missing type keeps its children", () => {
    const res = parseNode({ children: [{ type: "P", content: "x" }] });
    expect(res.node).toMatchObject({ type: "$invalid", code: "invalid-node", children: [{ type: "P" }] });
    expect(res.node).not.toHaveProperty("sourceType");
  });

  it("an invalid action does not replace its node", () => {
    const res = parseNode({ type: "Button", label: "Go", onClick: { action: "nope" } });
    expect(res.ok).toBe(false);
    expect(res.node).toMatchObject({ type: "Button", label: "Go" });
  });

  it("parse does not modify its input", () => {
    const input = {
      view: { type: "Column", children: [{ type: "Nope" }, { type: "P", content: 1 }] },
      state: { a: 1 },
    };
    const copy = structuredClone(input);
    parseEnvelope(input);
    expect(input).toEqual(copy);
  });
});

describe("forbidden keys", () => {
  const hostile = ["__proto__", "constructor", "prototype"];

  it.each(hostile)("%s is removed from state, props, rows, actions and defs (JSON text)", (key) => {
    const text = `{
      "state": {"${key}": {"polluted": true}, "ok": {"${key}": 1, "keep": 2}},
      "defs": {"${key}": {"type": "P", "content": "x"}},
      "view": {"type": "Column", "${key}": {"polluted": true}, "children": [
        {"type": "DataTable", "columns": [{"key": "a", "header": "A", "${key}": 1}],
         "rows": [{"a": 1, "${key}": {"polluted": true}}]},
        {"type": "Button", "label": "Go",
         "onClick": {"action": "setState", "key": "k", "value": {"${key}": {"polluted": true}}}}
      ]}
    }`;
    const res = parseEnvelope(text);
    expectNoPollution();
    const forbidden = res.issues.filter((i) => i.code === "forbidden-key");
    expect(forbidden.every((i) => i.severity === "error")).toBe(true);
    expect(forbidden.map((i) => i.path).sort()).toEqual(
      [
        `defs.${key}`,
        `state.${key}`,
        `state.ok.${key}`,
        `view.${key}`,
        `view.children[0].columns[0].${key}`,
        `view.children[0].rows[0].${key}`,
        `view.children[1].onClick.value.${key}`,
      ].sort(),
    );
    expect(res.ok).toBe(false);
    const env = res.envelope as Json;
    const state = env.state as Json;
    expect(Object.hasOwn(state, key)).toBe(false);
    expect(state.ok).toEqual({ keep: 2 });
    expect(Object.hasOwn(env.defs as Json, key)).toBe(false);
    const view = env.view as Json;
    expect(Object.hasOwn(view, key)).toBe(false);
    const table = (view.children as Json[])[0]!;
    expect(table.rows).toEqual([{ a: 1 }]);
    expect(table.columns).toEqual([{ key: "a", header: "A" }]);
    expect(JSON.stringify(res.envelope)).not.toContain(key);
  });

  it.each(hostile)("%s with a scalar value is removed from a table row and a chart point", (key) => {
    const text = `{"view": {"type": "Column", "children": [
      {"type": "DataTable", "columns": [{"key": "a", "header": "A"}], "rows": [{"a": 1}, {"a": 2, "${key}": 1}]},
      {"type": "BarChart", "data": [{"x": "a", "y": 1, "${key}": "x"}], "series": [{"dataKey": "y"}], "xAxis": "x"}
    ]}}`;
    const res = parseEnvelope(text);
    expect(res.issues.filter((i) => i.code === "forbidden-key").map((i) => i.path)).toEqual([
      `view.children[0].rows[1].${key}`,
      `view.children[1].data[0].${key}`,
    ]);
    const [table, chart] = (res.envelope!.view as unknown as Json).children as Json[];
    expect(table!.rows).toEqual([{ a: 1 }, { a: 2 }]);
    expect(chart!.data).toEqual([{ x: "a", y: 1 }]);
  });

  it("is removed in parseActions and parseNode too", () => {
    const a = parseActions(
      JSON.parse('{"action":"setState","key":"k","value":{"__proto__":{"polluted":1}}}'),
    );
    expect(a.ok).toBe(false);
    expect(a.issues[0]).toMatchObject({ code: "forbidden-key", path: "value.__proto__" });
    expect(JSON.stringify(a.actions)).not.toContain("__proto__");
    const n = parseNode(JSON.parse('{"type":"P","content":"x","__proto__":{"polluted":1}}'));
    expect(n.ok).toBe(false);
    expect(n.node).toEqual({ type: "P", content: "x" });
    expectNoPollution();
  });
});

// The 200,000-node case takes ~1 s; allow for a loaded machine.
describe("limits", { timeout: 30_000 }, () => {
  it(`nesting deeper than ${MAX_NODE_DEPTH} gives a clear error, not a throw`, () => {
    const res = parseEnvelope({ view: nested(MAX_NODE_DEPTH + 10) });
    const deep = res.issues.filter((i) => i.code === "too-deep");
    expect(deep).toHaveLength(1);
    expect(deep[0]!.message).toContain(`deeper than ${MAX_NODE_DEPTH}`);
    expect(deep[0]!.path.startsWith("view.children[0]")).toBe(true);
    expect(res.ok).toBe(false);
  });

  it(`exactly ${MAX_NODE_DEPTH} levels is fine`, () => {
    const res = parseEnvelope({ view: nested(MAX_NODE_DEPTH - 1) });
    expect(errors(res.issues)).toEqual([]);
  });

  it("maxNodeDepth option", () => {
    const res = parseEnvelope({ view: nested(5) }, { maxNodeDepth: 3 });
    expect(res.issues.map((i) => i.code)).toEqual(["too-deep"]);
  });

  it("10,000-deep nesting built as JSON text gives issues, not exceptions", () => {
    const text = nestedText(10_000);
    let res: ReturnType<typeof parseEnvelope> | undefined;
    expect(() => {
      res = parseEnvelope(text);
    }).not.toThrow();
    expect(res!.ok).toBe(false);
    expect(res!.issues.some((i) => i.code === "too-deep")).toBe(true);
  });

  it("10,000-deep data in state and in an action value is cut, not thrown", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const text = `{"state":{"d":${deep}},"view":{"type":"Button","label":"x","onClick":{"action":"setState","key":"k","value":${deep}}}}`;
    const res = parseEnvelope(text);
    expect(res.ok).toBe(false);
    const deepIssues = res.issues.filter((i) => i.code === "too-deep");
    expect(deepIssues.some((i) => i.path.startsWith("state.d"))).toBe(true);
    expect(deepIssues.some((i) => i.path.startsWith("view.onClick.value"))).toBe(true);
  });

  it("10,000-deep onSuccess chains give issues, not exceptions", () => {
    let action: Json = { action: "toggleState", key: "k" };
    for (let i = 0; i < 10_000; i++) action = { action: "toggleState", key: "k", onSuccess: action };
    expect(() => parseActions(action)).not.toThrow();
    const res = parseEnvelope({ view: { type: "Button", label: "x", onClick: action } });
    expect(res.ok).toBe(false);
    expect(res.issues.some((i) => i.code === "too-deep")).toBe(true);
  });

  it(`more than ${MAX_NODES.toLocaleString("en")} nodes is an error (reported once)`, () => {
    const children = Array.from({ length: MAX_NODES }, () => ({ type: "Separator" }));
    const res = parseEnvelope({ view: { type: "Column", children } });
    const over = res.issues.filter((i) => i.code === "too-many-nodes");
    expect(over).toHaveLength(1);
    expect(over[0]!.path).toBe(`view.children[${MAX_NODES - 1}]`);
    expect(res.ok).toBe(false);
    const kids = (res.envelope!.view as unknown as Json).children as Json[];
    expect(kids.at(-1)).toMatchObject({ type: "$invalid", code: "too-many-nodes" });
    expect(kids.at(-2)).toEqual({ type: "Separator" });
  });

  it("maxNodes option", () => {
    const res = parseEnvelope({ view: nested(10) }, { maxNodes: 5 });
    expect(res.issues.filter((i) => i.code === "too-many-nodes")).toHaveLength(1);
  });
});

describe("versions", () => {
  const view = { type: "P", content: "x" };
  it.each([
    { name: "$prefab.version", input: { $prefab: { version: "0.3" }, view }, version: "0.3" },
    { name: "top-level version", input: { version: "0.2", view }, version: "0.2" },
    { name: "absent means 0.2", input: { view }, version: "0.2" },
    {
      name: "$prefab wins over version",
      input: { $prefab: { version: "0.3" }, version: "0.2", view },
      version: "0.3",
    },
  ])("$name", ({ input, version }) => {
    const res = parseEnvelope(input);
    expect(res.version).toBe(version);
    expect(res.issues).toEqual([]);
    expect(res.ok).toBe(true);
  });

  it.each([
    { input: { version: "9.9", view }, path: "version" },
    { input: { $prefab: { version: "1.0" }, view }, path: "$prefab.version" },
  ])("unknown version $path → warning, still parsed", ({ input, path }) => {
    const res = parseEnvelope(input);
    expect(res.ok).toBe(true);
    expect(warnings(res.issues)).toEqual([
      expect.objectContaining({
        code: "unknown-version",
        path,
        message: expect.stringContaining("rendering as 0.3"),
      }),
    ]);
    expect(res.envelope?.view).toEqual(view);
  });

  it("a non-string version is an envelope error", () => {
    const res = parseEnvelope({ version: 3, view });
    expect(res.ok).toBe(false);
    expect(res.issues.some((i) => i.code === "invalid-envelope" && i.path === "version")).toBe(true);
  });
});

describe("other inputs", () => {
  it("a bare component is treated as the view", () => {
    const res = parseEnvelope({ type: "P", content: "x" });
    expect(res.ok).toBe(true);
    expect(res.envelope).toEqual({ view: { type: "P", content: "x" } });
  });

  it("JSON text and the same value give the same result", () => {
    const env = { $prefab: { version: "0.3" }, view: { type: "Column", children: [{ type: "Nope" }] } };
    expect(parseEnvelope(JSON.stringify(env))).toEqual(parseEnvelope(env));
  });

  it("parseActions accepts one action or a list", () => {
    expect(parseActions({ action: "closeOverlay" }).ok).toBe(true);
    expect(parseActions([{ action: "closeOverlay" }, { action: "toggleState", key: "a" }]).ok).toBe(true);
    const bad = parseActions([{ action: "closeOverlay" }, { action: "popState", key: "a" }]);
    expect(bad.issues.map((i) => i.path)).toEqual(["[1].index"]);
  });

  it("setInterval callbacks are walked", () => {
    const res = parseActions({
      action: "setInterval",
      duration: "{{ ms }}",
      onTick: [{ action: "setState" }],
      onComplete: { action: "nope" },
    });
    expect(res.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid-action", "onTick[0].key"],
      ["unknown-action", "onComplete"],
    ]);
  });
});

describe("parse: fast validation and shared nodes", () => {
  // Values of every JSON kind (and the non-JSON NaN/Infinity a structured clone can carry), per prop.
  const CANDIDATES: unknown[] = [
    "x",
    "",
    "{{ a }}",
    "sm",
    "default",
    "horizontal",
    "top",
    0,
    3.5,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    [],
    ["a"],
    [1, "b"],
    [{ a: 1 }],
    {},
    { a: 1 },
    { a: "b", c: 2 },
    { a: { b: 1 } },
  ];

  it("never accepts a node that zod rejects (every component, every prop, every kind of value)", () => {
    for (const type of Object.keys(components)) {
      const spec = getComponentSpec(type)!;
      const base = { type, ...(spec.example as Json) };
      for (const key of spec.knownKeys) {
        if (key === "type") continue;
        for (const value of CANDIDATES) {
          const node = { ...base, [key]: value };
          if (passesFast(spec.schema, node))
            expect(z.safeParse(spec.schema, node).success, `${type}.${key} = ${JSON.stringify(value)}`).toBe(
              true,
            );
        }
      }
      const { type: _t, ...withoutType } = base;
      expect(passesFast(spec.schema, withoutType)).toBe(false);
    }
  });

  it("never accepts envelope fields that zod rejects", () => {
    for (const key of Object.keys(EnvelopeShape)) {
      for (const value of CANDIDATES) {
        const envelope = { view: { type: "P", content: "x" }, [key]: value };
        if (passesFast(EnvelopeFieldsSchema, envelope))
          expect(
            z.safeParse(EnvelopeFieldsSchema, envelope).success,
            `${key} = ${JSON.stringify(value)}`,
          ).toBe(true);
      }
    }
    expect(passesFast(EnvelopeFieldsSchema, { state: { a: 1, b: [1, { c: 2 }] }, mode: "dark" })).toBe(true);
  });

  it("judges the common props without zod", () => {
    const text = getComponentSpec("Text")!;
    expect(
      passesFast(text.schema, { type: "Text", content: "{{ n | number }} items", cssClass: "p-2" }),
    ).toBe(true);
    const badge = getComponentSpec("Badge")!;
    expect(passesFast(badge.schema, { type: "Badge", label: "odd", variant: "secondary" })).toBe(true);
  });

  it("returns the input's own node objects when nothing had to change", () => {
    const leaf = { type: "Text", content: "{{ a }}" };
    const row = { type: "Row", cssClass: "gap-2", children: [leaf, { type: "Badge", label: "x" }] };
    const view = { type: "Column", children: [row] };
    const res = parseEnvelope({ view });
    expect(res.envelope?.view).toBe(view);
    const bad = { type: "Column", children: [row, { type: "Nope" }] };
    const parsed = parseEnvelope({ view: bad }).envelope?.view as unknown as Json;
    expect(parsed).not.toBe(bad);
    expect((parsed.children as unknown[])[0]).toBe(row);
    expect(bad.children).toHaveLength(2);
    expect(bad.children[1]).toEqual({ type: "Nope" });
  });
});
