import { describe, expect, it } from "vitest";
import { computeSeeds, seedStore } from "./seed.js";
import { createStore } from "./store.js";

type Node = Record<string, unknown>;
const column = (...children: Node[]): Node => ({ type: "Column", children });

function seedsOf(tree: unknown, defs?: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(computeSeeds(tree, defs));
}

describe("computeSeeds: per-type rules (0.3)", () => {
  it.each<[string, Node, Record<string, unknown>]>([
    ["Input value", { type: "Input", name: "q", value: "hi" }, { q: "hi" }],
    ["Input without value", { type: "Input", name: "q" }, {}],
    ["Input empty string", { type: "Input", name: "q", value: "" }, { q: "" }],
    ["Slider number", { type: "Slider", name: "s", value: 40 }, { s: 40 }],
    ["Slider range", { type: "Slider", name: "s", value: [10, 20] }, { s: [10, 20] }],
    ["Checkbox seeds from value", { type: "Checkbox", name: "c", value: true }, { c: true }],
    ["Checkbox ignores 0.2 checked", { type: "Checkbox", name: "c", checked: true }, {}],
    ["Switch false", { type: "Switch", name: "sw", value: false }, { sw: false }],
    ["DropZone always []", { type: "DropZone", name: "files", value: [{ name: "x" }] }, { files: [] }],
    ["Tabs", { type: "Tabs", name: "tab", value: "b" }, { tab: "b" }],
    ["Pages", { type: "Pages", name: "page", value: "home" }, { page: "home" }],
    ["Calendar", { type: "Calendar", name: "day", value: "2024-01-01" }, { day: "2024-01-01" }],
    ["DatePicker", { type: "DatePicker", name: "d", value: "2024-01-01" }, { d: "2024-01-01" }],
    ["Combobox", { type: "Combobox", name: "cb", value: "x" }, { cb: "x" }],
    ["Textarea", { type: "Textarea", name: "t", value: "long" }, { t: "long" }],
    ["template skipped", { type: "Input", name: "q", value: "{{ other }}" }, {}],
    ["mixed template skipped", { type: "Input", name: "q", value: "Hi {{ who }}" }, {}],
    ["template in a range skipped", { type: "Slider", name: "s", value: ["{{ lo }}", 5] }, {}],
    ["unnamed control", { type: "Input", value: "x" }, {}],
    ["non-stateful type", { type: "Text", name: "t", value: "x" }, {}],
    ["null value seeds null", { type: "Input", name: "q", value: null }, { q: null }],
    ["named Dialog without value → false", { type: "Dialog", name: "dlg" }, { dlg: false }],
    ["named Dialog with value", { type: "Dialog", name: "dlg", value: true }, { dlg: true }],
    ["unnamed Dialog", { type: "Dialog" }, {}],
  ])("%s", (_name, node, expected) => {
    expect(seedsOf(node)).toEqual(expected);
  });

  const options = (selected: string | null): Node[] =>
    ["a", "b", "c"].map((value) => ({
      type: "SelectOption",
      value,
      label: value,
      selected: value === selected,
    }));

  it.each<[string, Node, Record<string, unknown>]>([
    ["Select value wins", { type: "Select", name: "s", value: "c", children: options("b") }, { s: "c" }],
    ["Select selected option", { type: "Select", name: "s", children: options("b") }, { s: "b" }],
    [
      "Select null value falls back",
      { type: "Select", name: "s", value: null, children: options("a") },
      { s: "a" },
    ],
    ["Select nothing selected", { type: "Select", name: "s", children: options(null) }, {}],
    [
      "Select option inside a SelectGroup",
      { type: "Select", name: "s", children: [{ type: "SelectGroup", children: options("c") }] },
      { s: "c" },
    ],
  ])("%s", (_name, node, expected) => {
    expect(seedsOf(node)).toEqual(expected);
  });

  const radios = (checked: string | null): Node[] =>
    ["x", "y"].map((option) => ({ type: "Radio", option, label: option, value: option === checked }));

  it.each<[string, Node, Record<string, unknown>]>([
    [
      "RadioGroup value wins",
      { type: "RadioGroup", name: "r", value: "x", children: radios("y") },
      { r: "x" },
    ],
    ["RadioGroup truthy Radio", { type: "RadioGroup", name: "r", children: radios("y") }, { r: "y" }],
    ["RadioGroup none checked", { type: "RadioGroup", name: "r", children: radios(null) }, {}],
    [
      "RadioGroup ignores non-Radio children",
      {
        type: "RadioGroup",
        name: "r",
        children: [{ type: "Label", value: true, option: "no" }, ...radios("x")],
      },
      { r: "x" },
    ],
  ])("%s", (_name, node, expected) => {
    expect(seedsOf(node)).toEqual(expected);
  });
});

describe("computeSeeds: walking", () => {
  it("walks children, Condition cases and else, and defs, in document order", () => {
    const tree = column(
      { type: "Input", name: "first", value: 1 },
      {
        type: "Condition",
        cases: [
          { when: "{{ a }}", children: [{ type: "Input", name: "inCase", value: 2 }] },
          { when: "{{ b }}", children: [{ type: "Switch", name: "inCase2", value: true }] },
        ],
        else: [{ type: "Slider", name: "inElse", value: 3 }],
      },
      { type: "Input", name: "last", value: 4 },
    );
    const defs = { card: { type: "Card", children: [{ type: "Input", name: "fromDefs", value: 5 }] } };
    expect([...computeSeeds(tree, defs).keys()]).toEqual([
      "first",
      "inCase",
      "inCase2",
      "inElse",
      "last",
      "fromDefs",
    ]);
  });

  it("the first control with a name wins", () => {
    const tree = column(
      { type: "Input", name: "q", value: "one" },
      { type: "Input", name: "q", value: "two" },
    );
    expect(seedsOf(tree)).toEqual({ q: "one" });
  });

  it("a first occurrence without a value does not block a later one", () => {
    const tree = column({ type: "Input", name: "q" }, { type: "Input", name: "q", value: "two" });
    expect(seedsOf(tree)).toEqual({ q: "two" });
  });

  it("finds controls nested inside stateful containers (Tabs, Pages)", () => {
    const tree = {
      type: "Tabs",
      name: "tabs",
      value: "a",
      children: [{ type: "Tab", title: "A", children: [{ type: "Input", name: "inner", value: "v" }] }],
    };
    expect(seedsOf(tree)).toEqual({ tabs: "a", inner: "v" });
  });

  it("tolerates junk: non-objects, missing types, shared and cyclic nodes", () => {
    const shared = { type: "Input", name: "shared", value: 1 };
    const cyclic: Node = { type: "Column", children: [] };
    (cyclic.children as unknown[]).push(cyclic, shared, shared, null, 3, "text", [shared]);
    expect(seedsOf(cyclic)).toEqual({ shared: 1 });
    expect(seedsOf(null)).toEqual({});
    expect(seedsOf({ type: "Condition", cases: "nope", else: 5 })).toEqual({});
  });

  it("handles a 512-deep, 200,000-node tree without recursion", () => {
    let deep: Node = { type: "Input", name: "bottom", value: "deep" };
    for (let i = 0; i < 512; i++) deep = column(deep);
    const wide = Array.from({ length: 200_000 }, (_, i) => ({
      type: "Input",
      name: `w${i % 1000}`,
      value: i,
    }));
    // Built directly: spreading 200,000 arguments would overflow the test's own stack.
    const seeds = computeSeeds({ type: "Column", children: [deep, ...wide] });
    expect(seeds.get("bottom")).toBe("deep");
    expect(seeds.get("w999")).toBe(999);
    expect(seeds.size).toBe(1001);
  });
});

describe("seedStore", () => {
  it("never overwrites keys already in state and reports what it wrote", () => {
    const store = createStore({ q: "typed" });
    const tree = column(
      { type: "Input", name: "q", value: "initial" },
      { type: "Slider", name: "s", value: 5 },
      { type: "DropZone", name: "files" },
    );
    expect(seedStore(store, tree)).toEqual({ seeded: ["s", "files"], errors: [] });
    expect(store.getSnapshot()).toEqual({ q: "typed", s: 5, files: [] });
  });

  it("keeps falsy existing values", () => {
    const store = createStore({ c: false, n: 0, t: "" });
    seedStore(
      store,
      column(
        { type: "Checkbox", name: "c", value: true },
        { type: "Slider", name: "n", value: 5 },
        { type: "Input", name: "t", value: "x" },
      ),
    );
    expect(store.getSnapshot()).toEqual({ c: false, n: 0, t: "" });
  });

  it("dotted names seed nested state, matching how bindings read them", () => {
    const store = createStore({ user: { email: "e" } });
    expect(seedStore(store, { type: "Input", name: "user.name", value: "Ada" }).seeded).toEqual([
      "user.name",
    ]);
    expect(store.getSnapshot()).toEqual({ user: { email: "e", name: "Ada" } });
  });

  it("reports names it cannot write instead of dropping them silently", () => {
    const store = createStore({ user: "not an object" });
    const result = seedStore(
      store,
      column({ type: "Input", name: "user.name", value: "x" }, { type: "Input", name: "$host", value: "x" }),
    );
    expect(result.seeded).toEqual([]);
    expect(result.errors.map((e) => e.code)).toEqual(["not-a-container", "reserved-key"]);
  });

  it("notifies subscribers once for the whole seeding pass", () => {
    const store = createStore();
    let calls = 0;
    const listener = () => calls++;
    store.subscribe("a", listener);
    store.subscribe("b", listener);
    seedStore(store, column({ type: "Input", name: "a", value: 1 }, { type: "Input", name: "b", value: 2 }));
    expect(calls).toBe(1);
  });
});
