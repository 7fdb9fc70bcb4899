/**
 * What a `toolCall` action makes of the host's `CallToolResult` (prefab-protocol §4, §14.1). Pure, no bridge state,
 * so the action engine and tests use them directly. Apart from tool-result.ts so that it stays off the start-up
 * path: only the action engine (a lazy chunk) needs it.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { isRecord, isWrappedResult, type JsonObject } from "./tool-result.js";

/** `_meta.fastmcp.app` of an envelope (§14.1): echoed back on every later `toolCall`. */
export function envelopeAppId(envelope: JsonObject): unknown {
  const meta = envelope._meta;
  if (!isRecord(meta) || !isRecord(meta.fastmcp)) return undefined;
  return meta.fastmcp.app;
}

/** The `_meta` to send with `tools/call` when the envelope named an app, else `undefined`. */
export function toolCallMeta(appId: unknown): JsonObject | undefined {
  return appId === undefined || appId === null ? undefined : { fastmcp: { app: appId } };
}

function textBlocks(result: Pick<CallToolResult, "content">): string[] {
  const content: unknown = result.content;
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const block of content) {
    if (isRecord(block) && block.type === "text" && typeof block.text === "string" && block.text) {
      texts.push(block.text);
    }
  }
  return texts;
}

export interface ToolCallValueOptions {
  /** The action's `unwrapResult` flag: unwrap `{result: X}` even without FastMCP's `_meta` flag. */
  unwrapResult?: boolean;
}

/**
 * `$result` of a successful `toolCall` action (§4): `structuredContent` (unwrapped from `{result: X}` when
 * flagged), else the text blocks concatenated and JSON-parsed, else that raw text; `undefined` when empty.
 */
export function toolCallResultValue(result: CallToolResult, options: ToolCallValueOptions = {}): unknown {
  const structured = result.structuredContent;
  if (structured !== undefined && structured !== null) {
    const unwrap = options.unwrapResult === true || isWrappedResult(result);
    return unwrap && isRecord(structured) && "result" in structured ? structured.result : structured;
  }
  // Concatenated without a separator, as the reference renderer does, so a JSON split over blocks still parses.
  const text = textBlocks(result).join("");
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `$error` of a failed `toolCall` (§4): text blocks joined by newlines, else "Unknown error". */
export function toolCallErrorText(result: Pick<CallToolResult, "content">): string {
  return textBlocks(result).join("\n") || "Unknown error";
}

export type ToolCallOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/** Success/failure split used by the action engine: `isError` results fail with their text. */
export function toolCallOutcome(result: CallToolResult, options: ToolCallValueOptions = {}): ToolCallOutcome {
  return result.isError === true
    ? { ok: false, error: toolCallErrorText(result) }
    : { ok: true, value: toolCallResultValue(result, options) };
}
