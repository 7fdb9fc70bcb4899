/** The exported envelope JSON Schema (draft 2020-12) agrees with the parser on the examples. */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { componentJsonSchema, envelopeJsonSchema } from "../src/protocol/index.js";
import { EXAMPLES_DIR, FIXTURES_DIR, jsonFiles, readJson } from "./helpers.js";

const schema = envelopeJsonSchema();
// Not `allErrors`: with it ajv explores every branch of the ~110-way node `anyOf` at every
// level, which is exponential in tree depth. `strict: false` only silences union-type notes.
const ajv = new Ajv2020({ strict: false });
const validate = ajv.compile(schema);
const errorsOf = () => (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);

describe("envelope JSON Schema", () => {
  it("is draft 2020-12 and compiles", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validate).toBe("function");
  });

  it.each(jsonFiles(EXAMPLES_DIR))("validates example %s", (file) => {
    const ok = validate(readJson(EXAMPLES_DIR, file));
    expect(errorsOf()).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(jsonFiles(`${FIXTURES_DIR}/components`))("validates fixture %s as a view", (file) => {
    const ok = validate({ view: readJson(FIXTURES_DIR, "components", file) });
    expect(errorsOf()).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    { name: "wrong prop type", env: { view: { type: "P", content: 5 } } },
    { name: "missing required prop", env: { view: { type: "Button" } } },
    { name: "unknown component", env: { view: { type: "Histogram" } } },
    {
      name: "plain string in a boolean prop",
      env: { view: { type: "Button", label: "x", disabled: "true" } },
    },
    { name: "bad nested child", env: { view: { type: "Column", children: [{ type: "H1" }] } } },
    { name: "bad action", env: { view: { type: "Button", label: "x", onClick: { action: "setState" } } } },
    { name: "bad mode", env: { view: { type: "P", content: "x" }, mode: "sepia" } },
  ])("rejects: $name", ({ env }) => {
    expect(validate(env)).toBe(false);
  });

  it("accepts templates in boolean props and $ref nodes", () => {
    expect(
      validate({
        defs: { t: { type: "P", content: "{{ x }}" } },
        view: {
          type: "Column",
          children: [{ type: "Button", label: "x", disabled: "{{ busy }}" }, { $ref: "t" }],
        },
      }),
    ).toBe(true);
  });

  it("one component's schema lists its props and required keys", () => {
    const button = componentJsonSchema("Button") as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(button.properties)).toEqual(
      expect.arrayContaining(["type", "label", "onClick", "onMount"]),
    );
    expect(button.required).toEqual(expect.arrayContaining(["type", "label"]));
  });
});
