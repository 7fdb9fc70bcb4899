/** Actions that go through the MCP host: tool calls, messages, context, links, display mode. */
import { envelopeAppId, toolCallMeta, toolCallOutcome } from "../bridge/index.js";
import { safeUrl } from "../lib/safe-url.js";
import type { RenderRuntime } from "../render/runtime.js";
import { type ActionOutcome, fail, ok } from "./context.js";

type Fields = Record<string, unknown>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const asObject = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export async function toolCallAction(rt: RenderRuntime, a: Fields): Promise<ActionOutcome> {
  const args = asObject(a.arguments) ?? {};
  const meta = toolCallMeta(envelopeAppId(rt.envelope as Record<string, unknown>));
  try {
    const result = await rt.bridge.callServerTool({
      name: String(a.tool),
      arguments: args,
      ...(meta ? { _meta: meta } : {}),
    });
    const outcome = toolCallOutcome(result, { unwrapResult: a.unwrapResult === true });
    // `resultKey` is written by the executor.
    return outcome.ok ? ok(outcome.value) : fail(outcome.error);
  } catch (e) {
    return fail(message(e));
  }
}

export async function sendMessageAction(rt: RenderRuntime, a: Fields): Promise<ActionOutcome> {
  try {
    const r = await rt.bridge.sendMessage({
      role: "user",
      content: [{ type: "text", text: String(a.content ?? "") }],
    });
    return (r as { isError?: boolean }).isError ? fail("the host refused the message") : ok();
  } catch (e) {
    return fail(message(e));
  }
}

export async function updateContextAction(rt: RenderRuntime, a: Fields): Promise<ActionOutcome> {
  const structured = asObject(a.structuredContent);
  try {
    await rt.bridge.updateModelContext({
      ...(a.content !== undefined ? { content: [{ type: "text", text: String(a.content) }] } : {}),
      ...(structured ? { structuredContent: structured } : {}),
    });
    return ok();
  } catch (e) {
    return fail(message(e));
  }
}

export async function openLinkAction(rt: RenderRuntime, a: Fields): Promise<ActionOutcome> {
  const url = safeUrl(a.url, "link");
  if (!url) return fail(`refused to open "${String(a.url)}": only http(s), mailto, tel and relative links`);
  try {
    const r = await rt.bridge.openLink({ url });
    if (!(r as { isError?: boolean }).isError) return ok();
  } catch {
    // fall through to the window fallback, as 0.3 does
  }
  if (typeof window !== "undefined" && /^(https?:|mailto:|tel:)/i.test(url)) {
    window.open(url, "_blank", "noopener,noreferrer");
    return ok();
  }
  return fail("the host could not open the link");
}

export async function requestDisplayModeAction(rt: RenderRuntime, a: Fields): Promise<ActionOutcome> {
  try {
    const r = await rt.bridge.requestDisplayMode({ mode: a.mode as "inline" | "fullscreen" | "pip" });
    return ok(r.mode);
  } catch (e) {
    return fail(message(e));
  }
}
