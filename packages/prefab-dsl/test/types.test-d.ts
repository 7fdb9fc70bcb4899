/** Type-level tests: node and action types are inferred from the specs. */
import { describe, expectTypeOf, it } from "vitest";
import type { ActionList, ActionOf, ComponentNode, Envelope, Node, NodeOf } from "../src/protocol/index.js";

describe("NodeOf", () => {
  it("Button has a required label and optional onClick", () => {
    expectTypeOf<NodeOf<"Button">["type"]>().toEqualTypeOf<"Button">();
    expectTypeOf<NodeOf<"Button">["label"]>().toEqualTypeOf<string>();
    expectTypeOf<NodeOf<"Button">>().toHaveProperty("onClick");
    expectTypeOf<NodeOf<"Button">["onClick"]>().toEqualTypeOf<ActionList | undefined>();
    expectTypeOf<NodeOf<"Button">["onMount"]>().toEqualTypeOf<ActionList | undefined>();
    expectTypeOf<NodeOf<"Button">["disabled"]>().toEqualTypeOf<boolean | string | undefined>();
  });

  it("a valid Button literal is assignable; one missing label is not", () => {
    const ok: NodeOf<"Button"> = {
      type: "Button",
      label: "Save",
      onClick: { action: "toggleState", key: "open" },
    };
    expectTypeOf(ok).toMatchTypeOf<ComponentNode>();
    // @ts-expect-error label is required
    const missing: NodeOf<"Button"> = { type: "Button" };
    // @ts-expect-error label must be a string
    const wrong: NodeOf<"Button"> = { type: "Button", label: 3 };
    // @ts-expect-error onClick takes actions, not strings
    const badAction: NodeOf<"Button"> = { type: "Button", label: "x", onClick: "go" };
    void missing;
    void wrong;
    void badAction;
  });

  it("containers take children; leaves do not", () => {
    expectTypeOf<NodeOf<"Column">["children"]>().toEqualTypeOf<Node[] | undefined>();
    expectTypeOf<NodeOf<"Button">>().not.toHaveProperty("children");
  });

  it("Condition cases hold nodes", () => {
    expectTypeOf<NodeOf<"Condition">["cases"]>().toEqualTypeOf<{ when: string; children?: Node[] }[]>();
  });
});

describe("ActionOf", () => {
  it("setState has a string key and an action name", () => {
    expectTypeOf<ActionOf<"setState">["key"]>().toEqualTypeOf<string>();
    expectTypeOf<ActionOf<"setState">["action"]>().toEqualTypeOf<"setState">();
    expectTypeOf<ActionOf<"setState">["onSuccess"]>().toEqualTypeOf<ActionList | undefined>();
  });

  it("setInterval has onTick / onComplete callbacks", () => {
    expectTypeOf<ActionOf<"setInterval">>().toHaveProperty("onTick");
    expectTypeOf<ActionOf<"setState">>().not.toHaveProperty("onTick");
  });

  it("an action missing its required field is rejected", () => {
    // @ts-expect-error key is required
    const a: ActionOf<"setState"> = { action: "setState", value: 1 };
    void a;
  });
});

describe("Envelope", () => {
  it("accepts a typed view", () => {
    const env: Envelope = {
      $prefab: { version: "0.3" },
      view: { type: "Column", children: [{ type: "P", content: "hi" }, { $ref: "card" }] },
      keyBindings: { "Ctrl+K": [{ action: "showToast", message: "hi" }] },
    };
    expectTypeOf(env.view).toEqualTypeOf<Node | undefined>();
  });
});
