/**
 * Pure helpers that turn a `CallToolResult` into what the renderer needs (prefab-protocol §1.3, §4, §14.1).
 * No bridge state here, so the action engine and tests can use them directly.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** FastMCP sets `_meta.fastmcp.wrap_result` when a tool returned a non-object and it wrapped it as `{result: X}`. */
export function isWrappedResult(result: Pick<CallToolResult, "_meta">): boolean {
  const fastmcp = result._meta?.fastmcp;
  return isRecord(fastmcp) && fastmcp.wrap_result === true;
}

/** An object that a Prefab renderer can treat as an envelope: 0.2 (`version`/`view`) or 0.3 (`$prefab`). */
function looksLikeEnvelope(value: JsonObject): boolean {
  return "$prefab" in value || "view" in value || "version" in value;
}

/**
 * The Prefab envelope carried by a tool result, or `undefined` if there is none.
 *
 * The envelope is `structuredContent`. When FastMCP wrapped it (`{result: X}` + `wrap_result`), it is `X`.
 * Some hosts drop the result's `_meta` (mcp-apps.md §4, ChatGPT/basic-host), so a lone `result` key holding
 * something envelope-shaped is unwrapped even without the flag.
 */
export function extractEnvelope(result: CallToolResult): JsonObject | undefined {
  const structured = result.structuredContent;
  if (!isRecord(structured)) return undefined;
  if ("result" in structured) {
    const inner = structured.result;
    if (isWrappedResult(result)) return isRecord(inner) ? inner : undefined;
    const keys = Object.keys(structured);
    if (keys.length === 1 && isRecord(inner) && looksLikeEnvelope(inner)) return inner;
  }
  return structured;
}

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
