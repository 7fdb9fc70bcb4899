import { defineState, type Envelope, type Ref, showToast, stateRef } from "@prefab-ui/dsl";
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { createPrefabServer } from "./app-server.js";
import { callTool, type ToolArgs } from "./tool-ref.js";

const server = createPrefabServer({ name: "t", version: "1" });
const saveContact = server.backendTool(
  "save_contact",
  {
    input: z.object({ name: z.string(), age: z.number().optional(), tags: z.array(z.string()) }),
    output: z.object({ id: z.string(), name: z.string() }),
  },
  ({ name }) => ({ id: "1", name }),
);
const noOutput = server.backendTool("ping", { input: z.object({}) }, () => "pong");
const view = server.tool("view", { input: z.object({ q: z.string() }) }, ({ q }) => ({
  envelope: { view: undefined },
  text: q,
}));
const s = defineState({ form: { name: "", age: 0 }, count: 0, tags: [] as string[] });

describe("callTool types", () => {
  it("accepts values, refs and template strings of the right type", () => {
    callTool(saveContact, { name: "Ada", tags: ["a"] });
    callTool(saveContact, { name: s.form.name, age: s.form.age, tags: s.tags });
    callTool(saveContact, { name: "{{ name }}", age: stateRef<number>("age"), tags: ["x", s.form.name] });
    callTool(noOutput, {});
    callTool(view, { q: "x" });
  });

  it("rejects a wrong argument name", () => {
    // @ts-expect-error — `nam` is not an argument of save_contact
    callTool(saveContact, { nam: "Ada", tags: [] });
    // @ts-expect-error — extra argument
    callTool(saveContact, { name: "Ada", tags: [], extra: 1 });
  });

  it("rejects a wrong argument type", () => {
    // @ts-expect-error — name must be a string
    callTool(saveContact, { name: 42, tags: [] });
    // @ts-expect-error — a number ref where a string is expected
    callTool(saveContact, { name: s.count, tags: [] });
    // @ts-expect-error — age must be a number
    callTool(saveContact, { name: "Ada", age: "old", tags: [] });
  });

  it("rejects a missing required argument", () => {
    // @ts-expect-error — tags is required
    callTool(saveContact, { name: "Ada" });
  });

  it("types $result from the output schema", () => {
    callTool(
      saveContact,
      { name: "Ada", tags: [] },
      {
        onSuccess: (result) => {
          expectTypeOf(result).toEqualTypeOf<Ref<{ id: string; name: string }>>();
          expectTypeOf(result.name).toEqualTypeOf<Ref<string>>();
          return showToast(`Saved ${result.name}`);
        },
        onError: (error) => showToast(`${error}`, { variant: "error" }),
      },
    );
    callTool(
      saveContact,
      { name: "Ada", tags: [] },
      {
        // @ts-expect-error — the output has no `email`
        onSuccess: (result) => showToast(`${result.email}`),
      },
    );
    callTool(
      view,
      { q: "x" },
      {
        onSuccess: (result) => {
          expectTypeOf(result).toEqualTypeOf<Ref<Envelope>>();
          return [];
        },
      },
    );
  });

  it("derives argument types from the zod input", () => {
    expectTypeOf<ToolArgs<typeof saveContact>>().toHaveProperty("name");
    expectTypeOf(saveContact.name).toEqualTypeOf<string>();
  });

  it("types handler arguments from the input schema", () => {
    server.backendTool(
      "typed",
      { input: z.object({ n: z.number() }), output: z.object({ doubled: z.number() }) },
      (args) => {
        expectTypeOf(args).toEqualTypeOf<{ n: number }>();
        return { doubled: args.n * 2 };
      },
    );
    const output = z.object({ n: z.number() });
    // @ts-expect-error — the handler must return the output shape
    server.backendTool("bad", { input: z.object({}), output }, () => ({ n: "x" }));
  });
});
