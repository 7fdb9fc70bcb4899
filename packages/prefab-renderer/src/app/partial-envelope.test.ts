import { parse } from "partial-json";
import { describe, expect, it } from "vitest";
import { envelopeFromArguments, loadEnvelopeFromArguments } from "./partial-envelope.js";

describe("envelopeFromArguments", () => {
  it("takes an envelope object from `envelope`", () => {
    expect(envelopeFromArguments({ envelope: { view: { type: "Text" } } })).toEqual({
      view: { type: "Text" },
    });
  });
  it("parses a partial JSON string", () => {
    const env = envelopeFromArguments(
      { envelope: '{"view":{"type":"Column","children":[{"type":"H1","content":"Sal' },
      parse,
    );
    expect(env).toEqual({ view: { type: "Column", children: [{ type: "H1", content: "Sal" }] } });
  });
  it("loads the partial-JSON parser for string envelopes", async () => {
    const env = await loadEnvelopeFromArguments({ envelope: '{"view":{"type":"P","content":"Hel' });
    expect(env).toEqual({ view: { type: "P", content: "Hel" } });
    expect(await loadEnvelopeFromArguments({ envelope: { view: { type: "P" } } })).toEqual({
      view: { type: "P" },
    });
  });
  it("accepts arguments that are themselves an envelope", () => {
    expect(envelopeFromArguments({ $prefab: { version: "0.3" }, view: { type: "P" } })).toBeTruthy();
  });
  it("ignores anything else", () => {
    expect(envelopeFromArguments({ query: "x" })).toBeUndefined();
    expect(envelopeFromArguments({ envelope: "{{{" })).toBeUndefined();
    expect(envelopeFromArguments(undefined)).toBeUndefined();
  });
});
