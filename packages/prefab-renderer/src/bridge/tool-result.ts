/**
 * The envelope carried by a `CallToolResult` (prefab-protocol §1.3, §14.1): start-up code of the MCP App. What
 * the action engine makes of a `toolCall`'s result is in tool-call-outcome.ts, a lazy chunk with the actions.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
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
