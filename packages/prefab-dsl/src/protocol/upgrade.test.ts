import { describe, expect, it } from "vitest";
import type { Envelope } from "./envelope.js";
import type { Node } from "./nodes.js";
import { parseEnvelope } from "./parse.js";
import { themeToCss, upgradeEnvelope, upgradeNode, wrapCondition } from "./upgrade.js";

type Json = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Upgrade one node (frozen, so any mutation of the input throws). */
const up = (node: Json): Json =>
  upgradeNode(deepFreeze(structuredClone(node)) as unknown as Node) as unknown as Json;
const upView = (children: Json[]): Json[] => up({ type: "Column", children }).children as Json[];

const P = (content: string): Json => ({ type: "P", content });

describe("§14 node rules (before → after)", () => {
  it.each<{ name: string; before: Json; after: Json }>([
    {
      name: "Checkbox checked → value",
      before: { type: "Checkbox", name: "agree", label: "Agree", checked: true },
      after: { type: "Checkbox", name: "agree", label: "Agree", value: true },
    },
    {
      name: "Checkbox checked plus a 0.2 form value → formValue",
      before: { type: "Checkbox", name: "c", checked: false, value: "yes" },
      after: { type: "Checkbox", name: "c", value: false, formValue: "yes" },
    },
    {
      name: "Checkbox plain string value without checked → formValue, value false",
      before: { type: "Checkbox", name: "c", value: "on" },
      after: { type: "Checkbox", name: "c", value: false, formValue: "on" },
    },
    {
      name: "Checkbox template value is kept (0.3)",
      before: { type: "Checkbox", name: "c", value: "{{ agreed }}" },
      after: { type: "Checkbox", name: "c", value: "{{ agreed }}" },
    },
    {
      name: "Checkbox boolean value is kept (0.3)",
      before: { type: "Checkbox", name: "c", value: true },
      after: { type: "Checkbox", name: "c", value: true },
    },
    {
      name: "Switch checked → value",
      before: { type: "Switch", name: "s", checked: true, size: "sm" },
      after: { type: "Switch", name: "s", value: true, size: "sm" },
    },
    {
      name: "Switch checked template → value",
      before: { type: "Switch", name: "s", checked: "{{ on }}" },
      after: { type: "Switch", name: "s", value: "{{ on }}" },
    },
    {
      name: "Radio 0.2 value/checked → option/value",
      before: { type: "Radio", value: "sm", label: "Small", checked: true },
      after: { type: "Radio", option: "sm", label: "Small", value: true },
    },
    {
      name: "Radio 0.2 without checked → value false",
      before: { type: "Radio", value: "md", label: "Medium" },
      after: { type: "Radio", option: "md", label: "Medium", value: false },
    },
    {
      name: "Radio with neither option nor value → option := label",
      before: { type: "Radio", label: "Large" },
      after: { type: "Radio", option: "Large", label: "Large", value: false },
    },
    {
      name: "Radio 0.3 (option present) is unchanged",
      before: { type: "Radio", option: "a", label: "A", value: true },
      after: { type: "Radio", option: "a", label: "A", value: true },
    },
    {
      name: "Radio 0.3 without option keeps its boolean value",
      before: { type: "Radio", label: "A", value: true },
      after: { type: "Radio", option: "A", label: "A", value: true },
    },
    {
      name: "Tabs defaultValue → value",
      before: { type: "Tabs", defaultValue: "b", children: [] },
      after: { type: "Tabs", value: "b", children: [] },
    },
    {
      name: "Tabs value wins over defaultValue",
      before: { type: "Tabs", value: "a", defaultValue: "b" },
      after: { type: "Tabs", value: "a" },
    },
    {
      name: "Pages defaultValue → value",
      before: { type: "Pages", name: "p", defaultValue: "home" },
      after: { type: "Pages", name: "p", value: "home" },
    },
    {
      name: "DataTable searchable → search",
      before: { type: "DataTable", columns: [], searchable: true },
      after: { type: "DataTable", columns: [], search: true },
    },
    {
      name: "DataTable search wins over searchable",
      before: { type: "DataTable", columns: [], search: false, searchable: true },
      after: { type: "DataTable", columns: [], search: false },
    },
    {
      name: "BarChart yAxisFormat compact → valueFormat",
      before: { type: "BarChart", data: [], series: [], yAxisFormat: "compact" },
      after: { type: "BarChart", data: [], series: [], valueFormat: "compact" },
    },
    {
      name: "LineChart yAxisFormat auto → dropped",
      before: { type: "LineChart", data: [], series: [], yAxisFormat: "auto" },
      after: { type: "LineChart", data: [], series: [] },
    },
    {
      name: "AreaChart keeps an explicit valueFormat",
      before: { type: "AreaChart", data: [], series: [], yAxisFormat: "compact", valueFormat: "currency" },
      after: { type: "AreaChart", data: [], series: [], valueFormat: "currency" },
    },
    {
      name: "InlineCode → Span code",
      before: { type: "InlineCode", content: "npm test", cssClass: "text-sm" },
      after: { type: "Span", content: "npm test", cssClass: "text-sm", code: true },
    },
    {
      name: "Text with children and no content is kept",
      before: { type: "Text", children: [{ type: "Span", content: "a" }] },
      after: { type: "Text", children: [{ type: "Span", content: "a" }] },
    },
  ])("$name", ({ before, after }) => {
    const out = up(before);
    expect(out).toEqual(after);
    // Every rewritten node is valid 0.3.
    expect(parseEnvelope({ $prefab: { version: "0.3" }, view: out }).ok).toBe(true);
  });

  it("unchanged nodes keep their identity (no needless copies)", () => {
    const node = { type: "Button", label: "Go" } as unknown as Node;
    expect(upgradeNode(node)).toBe(node);
  });

  it("the rules apply recursively through children, Condition, defs and DataTable rows", () => {
    const env = deepFreeze({
      version: "0.2",
      defs: { tpl: { type: "Card", children: [{ type: "Switch", checked: true }] } },
      view: {
        type: "Column",
        children: [
          {
            type: "Condition",
            cases: [{ when: "{{ a }}", children: [{ type: "InlineCode", content: "x" }] }],
            else: [{ type: "Tabs", defaultValue: "t" }],
          },
          {
            type: "DataTable",
            columns: [{ key: "s", header: "S" }],
            rows: [
              { s: { type: "Checkbox", checked: true }, _detail: { type: "InlineCode", content: "d" } },
              { s: "plain" },
            ],
          },
          { $ref: "tpl" },
        ],
      },
    }) as unknown as Envelope;
    const out = upgradeEnvelope(env) as unknown as Json;
    expect(out).toEqual({
      $prefab: { version: "0.3" },
      defs: { tpl: { type: "Card", children: [{ type: "Switch", value: true }] } },
      view: {
        type: "Column",
        children: [
          {
            type: "Condition",
            cases: [{ when: "{{ a }}", children: [{ type: "Span", content: "x", code: true }] }],
            else: [{ type: "Tabs", value: "t" }],
          },
          {
            type: "DataTable",
            columns: [{ key: "s", header: "S" }],
            rows: [
              { s: { type: "Checkbox", value: true }, _detail: { type: "Span", content: "d", code: true } },
              { s: "plain" },
            ],
          },
          { $ref: "tpl" },
        ],
      },
    });
    expect(parseEnvelope(out).ok).toBe(true);
  });

  it("parsed plain DataTable rows are passed through without a walk", () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ id: i }));
    const parsed = parseEnvelope({ view: { type: "DataTable", columns: [], rows } }).envelope!;
    const view = upgradeEnvelope(parsed).view as unknown as Json;
    expect(view.rows).toBe(rows);
  });

  it("DataTable rows without nodes are not copied (the same array and row objects come back)", () => {
    const rows = deepFreeze(
      Array.from({ length: 1000 }, (_, i) => ({ id: i, label: `row ${i}`, tags: ["a"] })),
    );
    const table = { type: "DataTable", columns: [{ key: "id", header: "ID" }], rows };
    expect((upgradeNode(table as unknown as Node) as unknown as Json).rows).toBe(rows);
    // one row with a node: only that row is copied
    const mixed = [...rows, { id: "x", cell: { type: "InlineCode", content: "c" } }];
    const out = (upgradeNode({ ...table, rows: mixed } as unknown as Node) as unknown as Json).rows as Json[];
    expect(out).not.toBe(mixed);
    expect(out[0]).toBe(rows[0]);
    expect(out[1000]).toEqual({ id: "x", cell: { type: "Span", content: "c", code: true } });
  });
});

describe("If / Elif / Else folding", () => {
  it("folds an If/Elif/Else run into one Condition, wrapping bare conditions", () => {
    const out = upView([
      P("before"),
      { type: "If", condition: "x > 1", children: [P("big")] },
      { type: "Elif", condition: "{{ x == 1 }}", children: [P("one")] },
      { type: "Else", children: [P("small")] },
      P("after"),
    ]);
    expect(out).toEqual([
      P("before"),
      {
        type: "Condition",
        cases: [
          { when: "{{ x > 1 }}", children: [P("big")] },
          { when: "{{ x == 1 }}", children: [P("one")] },
        ],
        else: [P("small")],
      },
      P("after"),
    ]);
  });

  it("two consecutive Ifs start two Conditions", () => {
    const out = upView([
      { type: "If", condition: "a", children: [P("a")] },
      { type: "If", condition: "b", children: [P("b")] },
      { type: "Else", children: [P("not b")] },
    ]);
    expect(out).toEqual([
      { type: "Condition", cases: [{ when: "{{ a }}", children: [P("a")] }] },
      { type: "Condition", cases: [{ when: "{{ b }}", children: [P("b")] }], else: [P("not b")] },
    ]);
  });

  it("a non-sugar sibling ends the run", () => {
    const out = upView([
      { type: "If", condition: "a", children: [] },
      P("between"),
      { type: "Elif", condition: "b", children: [P("b")] },
    ]);
    expect(out).toEqual([
      { type: "Condition", cases: [{ when: "{{ a }}", children: [] }] },
      P("between"),
      // An orphan Elif starts its own Condition.
      { type: "Condition", cases: [{ when: "{{ b }}", children: [P("b")] }] },
    ]);
  });

  it("an orphan Else renders its children through an always-false case", () => {
    const out = upView([P("x"), { type: "Else", children: [P("fallback")] }]);
    expect(out).toEqual([
      P("x"),
      { type: "Condition", cases: [{ when: "{{ false }}", children: [] }], else: [P("fallback")] },
    ]);
  });

  it("an Else ends the run: a following Elif is an orphan", () => {
    const out = upView([{ type: "If", condition: "a" }, { type: "Else" }, { type: "Elif", condition: "b" }]);
    expect(out).toEqual([
      { type: "Condition", cases: [{ when: "{{ a }}", children: [] }], else: [] },
      { type: "Condition", cases: [{ when: "{{ b }}", children: [] }] },
    ]);
  });

  it("folds nested runs inside If children and inside Condition branches", () => {
    const out = upView([
      {
        type: "If",
        condition: "outer",
        children: [
          { type: "If", condition: "inner", children: [P("both")] },
          { type: "Else", children: [{ type: "InlineCode", content: "only outer" }] },
        ],
      },
      {
        type: "Condition",
        cases: [{ when: "{{ c }}", children: [{ type: "If", condition: "d", children: [] }] }],
        else: [{ type: "Elif", condition: "e", children: [] }],
      },
    ]);
    expect(out).toEqual([
      {
        type: "Condition",
        cases: [
          {
            when: "{{ outer }}",
            children: [
              {
                type: "Condition",
                cases: [{ when: "{{ inner }}", children: [P("both")] }],
                else: [{ type: "Span", content: "only outer", code: true }],
              },
            ],
          },
        ],
      },
      {
        type: "Condition",
        cases: [
          { when: "{{ c }}", children: [{ type: "Condition", cases: [{ when: "{{ d }}", children: [] }] }] },
        ],
        else: [{ type: "Condition", cases: [{ when: "{{ e }}", children: [] }] }],
      },
    ]);
  });

  it("a lone If as the view becomes a one-case Condition", () => {
    const out = upgradeEnvelope(
      deepFreeze({ version: "0.2", view: { type: "If", condition: "{{ ok }}" } }) as Envelope,
    );
    expect(out.view).toEqual({ type: "Condition", cases: [{ when: "{{ ok }}", children: [] }] });
    expect(parseEnvelope(out).ok).toBe(true);
  });

  it("wrapCondition wraps only bare expressions", () => {
    expect(wrapCondition("a && b")).toBe("{{ a && b }}");
    expect(wrapCondition("{{ a }}")).toBe("{{ a }}");
    expect(wrapCondition("  {{ a }} ")).toBe("  {{ a }} ");
  });
});

describe("envelope", () => {
  it("version → $prefab.version 0.3; other fields kept; input not modified", () => {
    const env = deepFreeze({
      version: "0.2",
      state: { a: 1 },
      css: ["body{}"],
      keyBindings: { k: { action: "closeOverlay" } },
      view: P("x"),
    }) as unknown as Envelope;
    expect(upgradeEnvelope(env)).toEqual({
      $prefab: { version: "0.3" },
      state: { a: 1 },
      css: ["body{}"],
      keyBindings: { k: { action: "closeOverlay" } },
      view: P("x"),
    });
  });

  it("an existing $prefab marker is upgraded and keeps its other keys", () => {
    const env = { $prefab: { version: "0.2", extra: 1 }, view: P("x") } as unknown as Envelope;
    expect(upgradeEnvelope(env).$prefab).toEqual({ version: "0.3", extra: 1 });
  });

  it("theme maps → first css entry (:root light, .dark dark), theme removed", () => {
    const env = deepFreeze({
      version: "0.2",
      theme: { light: { primary: "red", "--ring": "blue" }, dark: { primary: "pink" } },
      css: [".x{}"],
      view: P("x"),
    }) as unknown as Envelope;
    const out = upgradeEnvelope(env);
    expect(out).not.toHaveProperty("theme");
    expect(out.css).toEqual([
      ":root {\n  --primary: red;\n  --ring: blue;\n}\n.dark {\n  --primary: pink;\n}",
      ".x{}",
    ]);
    expect(parseEnvelope(out).ok).toBe(true);
  });

  it("theme CSS strings and free css are passed through", () => {
    expect(themeToCss({ light: ":root{--a:1}", dark: ".dark{--a:2}", css: ".b{}" })).toBe(
      ":root{--a:1}\n.dark{--a:2}\n.b{}",
    );
  });

  it("a light-only theme also styles .dark (current choice) and non-string values are skipped", () => {
    expect(themeToCss({ light: { primary: "red", bad: 3 as unknown as string } })).toBe(
      ":root {\n  --primary: red;\n}\n.dark {\n  --primary: red;\n}",
    );
  });

  it("an empty theme produces no css entry", () => {
    const out = upgradeEnvelope({ theme: {}, view: P("x") } as unknown as Envelope);
    expect(out).not.toHaveProperty("css");
    expect(out).not.toHaveProperty("theme");
  });

  it("upgrading twice is the same as once", () => {
    const env = {
      version: "0.2",
      theme: { light: { primary: "red" } },
      view: {
        type: "Column",
        children: [
          { type: "If", condition: "a", children: [{ type: "Checkbox", checked: true, value: "y" }] },
          { type: "Else", children: [{ type: "Radio", value: "r", label: "R" }] },
        ],
      },
    } as unknown as Envelope;
    const once = upgradeEnvelope(env);
    expect(upgradeEnvelope(once)).toEqual(once);
  });

  it("shares every unchanged node with the input (a kept tool result and its upgrade are one tree)", () => {
    const leaf = { type: "Text", content: "{{ a }}" };
    const row = { type: "Row", cssClass: "gap-2", children: [leaf, { type: "Badge", label: "x" }] };
    const view = deepFreeze({ type: "Column", children: [row, { type: "Card", children: [P("p"), row] }] });
    expect(upgradeNode(view as unknown as Node)).toBe(view);
    const env = { version: "0.2", view } as unknown as Envelope;
    expect(upgradeEnvelope(env).view).toBe(view);
  });

  it("copies only the path to a changed node", () => {
    const same = { type: "Row", children: [P("a")] };
    const changed = { type: "Row", children: [P("b"), { type: "Switch", name: "s", checked: true }] };
    const view = deepFreeze({ type: "Column", children: [same, changed] });
    const out = upgradeNode(view as unknown as Node) as unknown as Json;
    expect(out).not.toBe(view);
    const kids = out.children as Json[];
    expect(kids[0]).toBe(same);
    expect(kids[1]).not.toBe(changed);
    expect((kids[1]!.children as Json[])[0]).toBe(changed.children[0]);
    expect((kids[1]!.children as Json[])[1]).toEqual({ type: "Switch", name: "s", value: true });
  });
});
