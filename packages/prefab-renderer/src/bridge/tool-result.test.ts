import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import {
  envelopeAppId,
  toolCallErrorText,
  toolCallMeta,
  toolCallOutcome,
  toolCallResultValue,
} from "./tool-call-outcome.js";
import { extractEnvelope, isWrappedResult } from "./tool-result.js";

const envelope = { version: "0.2", view: { type: "Text", content: "hi" }, state: { n: 1 } };
const wrapMeta = { fastmcp: { wrap_result: true } };

describe("extractEnvelope", () => {
  it("reads structuredContent", () => {
    expect(extractEnvelope({ content: [], structuredContent: envelope })).toBe(envelope);
  });

  it("unwraps {result: X} when FastMCP flagged wrap_result", () => {
    expect(extractEnvelope({ content: [], structuredContent: { result: envelope }, _meta: wrapMeta })).toBe(
      envelope,
    );
    // Wrapped non-object: no envelope.
    expect(
      extractEnvelope({ content: [], structuredContent: { result: 42 }, _meta: wrapMeta }),
    ).toBeUndefined();
  });

  it("unwraps an envelope-shaped lone result even when the host dropped _meta", () => {
    const v03 = { $prefab: { version: "0.3" }, view: { type: "Div" } };
    expect(extractEnvelope({ content: [], structuredContent: { result: v03 } })).toBe(v03);
    // Not envelope-shaped, or other keys present: leave it alone.
    const plain = { result: { rows: [] } };
    expect(extractEnvelope({ content: [], structuredContent: plain })).toBe(plain);
    const mixed = { result: envelope, view: { type: "Text" } };
    expect(extractEnvelope({ content: [], structuredContent: mixed })).toBe(mixed);
  });

  it("returns undefined without object structuredContent", () => {
    expect(extractEnvelope({ content: [{ type: "text", text: "{}" }] })).toBeUndefined();
    expect(
      extractEnvelope({ content: [], structuredContent: [1] as unknown as Record<string, unknown> }),
    ).toBeUndefined();
  });
});

describe("fastmcp app id (§14.1)", () => {
  it("reads _meta.fastmcp.app from an envelope and builds the tools/call _meta", () => {
    const withApp = { ...envelope, _meta: { fastmcp: { app: { name: "weather", id: 7 } } } };
    expect(envelopeAppId(withApp)).toEqual({ name: "weather", id: 7 });
    expect(envelopeAppId(envelope)).toBeUndefined();
    expect(envelopeAppId({ _meta: { fastmcp: "x" } })).toBeUndefined();
    expect(toolCallMeta("weather")).toEqual({ fastmcp: { app: "weather" } });
    expect(toolCallMeta(undefined)).toBeUndefined();
    expect(toolCallMeta(null)).toBeUndefined();
  });

  it("detects the wrap flag only when it is exactly true", () => {
    expect(isWrappedResult({ _meta: wrapMeta })).toBe(true);
    expect(isWrappedResult({ _meta: { fastmcp: { wrap_result: "yes" } } })).toBe(false);
    expect(isWrappedResult({})).toBe(false);
  });
});

describe("toolCallResultValue ($result, §4)", () => {
  const text = (...texts: string[]): CallToolResult => ({
    content: texts.map((t) => ({ type: "text" as const, text: t })),
  });

  it("prefers structuredContent, unwrapping {result: X} when flagged or asked", () => {
    expect(toolCallResultValue({ content: [], structuredContent: { a: 1 } })).toEqual({ a: 1 });
    expect(
      toolCallResultValue({ content: [], structuredContent: { result: [1, 2] }, _meta: wrapMeta }),
    ).toEqual([1, 2]);
    expect(
      toolCallResultValue({ content: [], structuredContent: { result: null } }, { unwrapResult: true }),
    ).toBe(null);
    expect(toolCallResultValue({ content: [], structuredContent: { result: 1 } })).toEqual({ result: 1 });
  });

  it("falls back to text content parsed as JSON, then raw text", () => {
    expect(toolCallResultValue(text('{"x":', "1}"))).toEqual({ x: 1 });
    expect(toolCallResultValue(text("42"))).toBe(42);
    expect(toolCallResultValue(text("plain words"))).toBe("plain words");
    expect(
      toolCallResultValue({
        content: [
          { type: "image", data: "AAAA", mimeType: "image/png" },
          { type: "text", text: "" },
        ],
      }),
    ).toBeUndefined();
    expect(toolCallResultValue({ content: [] })).toBeUndefined();
  });
});

describe("toolCallErrorText / toolCallOutcome", () => {
  it("joins text blocks with newlines, else 'Unknown error'", () => {
    expect(
      toolCallErrorText({
        content: [
          { type: "text", text: "line 1" },
          { type: "image", data: "", mimeType: "image/png" },
          { type: "text", text: "line 2" },
        ],
      }),
    ).toBe("line 1\nline 2");
    expect(toolCallErrorText({ content: [] })).toBe("Unknown error");
    expect(toolCallErrorText({ content: undefined as unknown as [] })).toBe("Unknown error");
  });

  it("splits success and failure", () => {
    expect(toolCallOutcome({ content: [{ type: "text", text: "nope" }], isError: true })).toEqual({
      ok: false,
      error: "nope",
    });
    expect(toolCallOutcome({ content: [], structuredContent: { ok: true } })).toEqual({
      ok: true,
      value: { ok: true },
    });
  });
});
