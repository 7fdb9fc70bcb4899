import { describe, expect, it } from "vitest";
import { stripCatalogFields } from "../scripts/vite-plugin-strip-catalog.js";

describe("stripCatalogFields (renderer build)", () => {
  it("drops description and example of spec literals only", () => {
    const code = `const A = defineComponent({ type: "Card", description: "A card.", props: { description: z.optional(str), title: str }, example: { title: "Hi", nested: { a: [1, 2] } }, since: "0.3" });
const B = defineAction({ action: "toast", description: \`Show a toast.\`, props: {} });
const C = other({ description: "kept" });`;
    const out = stripCatalogFields(code);
    expect(out).not.toContain("A card.");
    expect(out).not.toContain("Show a toast.");
    expect(out).not.toContain("nested");
    expect(out).toContain("props: { description: z.optional(str), title: str }");
    expect(out).toContain('since: "0.3"');
    expect(out).toContain('other({ description: "kept" })');
    // Still valid JavaScript with the same call structure.
    expect(() => new Function("defineComponent", "defineAction", "other", "z", "str", out)).not.toThrow();
  });

  it("empties the description argument of local helpers", () => {
    const code = `function box(type, description) { return defineComponent({ type, description, props: {} }); }
export const Card = box("Card", "Bordered surface.");
export const Other = unrelated("Row", "Kept text.");`;
    const out = stripCatalogFields(code);
    expect(out).not.toContain("Bordered surface.");
    expect(out).toContain('box("Card", "")');
    expect(out).toContain('unrelated("Row", "Kept text.")');
  });

  it("leaves code without specs untouched", () => {
    const code = "export const x = { description: 'a' };";
    expect(stripCatalogFields(code)).toBe(code);
  });
});
