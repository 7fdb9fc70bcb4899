import { describe, expect, it } from "vitest";
import { splitTemplate, validateTemplates } from "./template.js";

describe("splitTemplate", () => {
  it.each([
    ["hello", { kind: "plain", text: "hello" }],
    ["", { kind: "plain", text: "" }],
    ["a }} b", { kind: "plain", text: "a }} b" }],
    ["{{ count }}", { kind: "sole", expression: "count", offset: 3 }],
    ["  {{count}}  ", { kind: "sole", expression: "count", offset: 4 }],
    ["{{ a + b | currency }}", { kind: "sole", expression: "a + b | currency", offset: 3 }],
    ["{{}}", { kind: "sole", expression: "", offset: 2 }],
  ])("%j", (value, expected) => {
    expect(splitTemplate(value)).toEqual(expected);
  });

  it("splits mixed templates into text and expression parts", () => {
    expect(splitTemplate("Hi {{ name }}, you have {{n}} items")).toEqual({
      kind: "mixed",
      parts: [
        { kind: "text", text: "Hi " },
        { kind: "expression", expression: "name", offset: 6 },
        { kind: "text", text: ", you have " },
        { kind: "expression", expression: "n", offset: 26 },
        { kind: "text", text: " items" },
      ],
    });
  });

  it("treats two adjacent templates as mixed", () => {
    expect(splitTemplate("{{ a }}{{ b }}")).toMatchObject({ kind: "mixed" });
  });

  it("copies an unclosed {{ verbatim", () => {
    expect(splitTemplate("a {{ b }} c {{ d")).toEqual({
      kind: "mixed",
      parts: [
        { kind: "text", text: "a " },
        { kind: "expression", expression: "b", offset: 5 },
        { kind: "text", text: " c {{ d" },
      ],
    });
    expect(splitTemplate("{{ open")).toEqual({ kind: "mixed", parts: [{ kind: "text", text: "{{ open" }] });
  });
});

describe("validateTemplates", () => {
  it("returns nothing for valid or template-free strings", () => {
    expect(validateTemplates("plain")).toEqual([]);
    expect(validateTemplates("{{ a | currency:EUR }}")).toEqual([]);
    expect(validateTemplates("x {{ a }} y {{ b ? 1 : 2 }}")).toEqual([]);
    expect(validateTemplates("unclosed {{ a")).toEqual([]);
  });

  it("reports every broken expression with offsets into the whole string", () => {
    const value = "Total: {{ a + }} and {{ b == c == d }}";
    const errors = validateTemplates(value);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ expression: "a +", offset: value.indexOf("}}") - 1 });
    expect(errors[1]?.expression).toBe("b == c == d");
    expect(value.slice(errors[1]?.offset)).toMatch(/^== d/);
  });

  it("reports a sole template error", () => {
    const errors = validateTemplates("  {{ x | length == 0 }}");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/comparison cannot follow a pipe/);
    expect(errors[0]?.offset).toBe("  {{ x | length ".length);
  });

  it("reports an empty expression", () => {
    expect(validateTemplates("{{ }}")).toHaveLength(1);
  });
});
