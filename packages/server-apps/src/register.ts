/**
 * Registering tool definitions and the renderer resource on one `McpServer`, and
 * shaping what the tools return. Kept apart from `PrefabServer` because stateless
 * HTTP builds a fresh `McpServer` per request from the same definitions.
 */
import { registerAppResource, registerAppTool } from "@modelcontextprotocol/ext-apps/server";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type Envelope, type Node, PrefabApp } from "@prefab-ui/dsl";
import * as z from "zod";
import { htmlAppUri } from "./html-app.js";
import type { LoadedRenderer } from "./renderer-html.js";
import { envelopeToText } from "./text-fallback.js";
import { runWithTimeout } from "./timeout.js";
import type { AppToolReturn, TextFallback, ToolContext, ToolDefinition } from "./tool-definition.js";
import { rewriteToolCalls, type ToolNameResolver } from "./tool-names.js";
import { clientSupportsUi, RESOURCE_MIME_TYPE, type UiResourceMeta } from "./ui-capability.js";

export interface RegisterContext {
  renderer: LoadedRenderer;
  resourceMeta: UiResourceMeta;
  /** How `toolCall` targets in a view served by `def` are late-bound. */
  resolverFor(def: ToolDefinition): ToolNameResolver;
  textFallbackFor(def: ToolDefinition): TextFallback | undefined;
  /** Send `structuredContent` even to clients that declared no UI support. */
  structuredForTextClients: boolean;
}

const NO_VIEW_TEXT = "[Prefab view rendered for the user]";

function isPrefabApp(value: unknown): value is PrefabApp {
  return (
    typeof value === "object" &&
    value !== null &&
    "options" in value &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  );
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Accepts every `AppToolReturn` form and yields the envelope plus an explicit text, if any. */
export function toEnvelope(ret: AppToolReturn): { envelope: Envelope; text?: string } {
  if (isPrefabApp(ret)) return { envelope: ret.toJSON() };
  if (isPlainObject(ret) && !("type" in ret) && !("$ref" in ret)) {
    if ("envelope" in ret && isPlainObject(ret.envelope)) {
      return {
        envelope: ret.envelope as Envelope,
        ...(typeof ret.text === "string" ? { text: ret.text } : {}),
      };
    }
    if ("view" in ret && ret.view !== undefined) {
      const inner = toEnvelope(ret.view as AppToolReturn);
      return { envelope: inner.envelope, ...(typeof ret.text === "string" ? { text: ret.text } : {}) };
    }
  }
  if (isPlainObject(ret) && ("type" in ret || "$ref" in ret)) {
    // A bare component (or an open when() chain): wrap it like FastMCP does.
    return { envelope: PrefabApp({ view: ret as Node }).toJSON() };
  }
  throw new Error("an app tool must return a PrefabApp, a component node, {view, text} or {envelope, text}");
}

function contextFor(
  mcp: McpServer,
  def: ToolDefinition,
  signal: AbortSignal,
  extra: ToolContext["extra"],
): ToolContext {
  return {
    signal,
    clientSupportsUi: clientSupportsUi(mcp.server.getClientCapabilities()),
    toolName: def.name,
    extra,
  };
}

function toolMeta(def: ToolDefinition, resourceUri?: string): Record<string, unknown> {
  return { ...def.options.meta, ui: { ...(resourceUri ? { resourceUri } : {}), visibility: def.visibility } };
}

export function registerRenderer(mcp: McpServer, ctx: RegisterContext): void {
  const { renderer, resourceMeta } = ctx;
  registerAppResource(
    mcp,
    "Prefab renderer",
    renderer.uri,
    {
      description: "Renders Prefab UI envelopes (structuredContent of Prefab app tools).",
      mimeType: RESOURCE_MIME_TYPE,
      _meta: { ui: resourceMeta },
    },
    // registerAppResource sets the MIME type on the listing only; hosts read the content item first.
    async () => ({
      contents: [
        { uri: renderer.uri, mimeType: RESOURCE_MIME_TYPE, text: renderer.html, _meta: { ui: resourceMeta } },
      ],
    }),
  );
}

function appToolResult(
  mcp: McpServer,
  def: ToolDefinition,
  ret: AppToolReturn,
  args: Record<string, unknown>,
  ctx: RegisterContext,
): CallToolResult {
  const { envelope: raw, text: explicit } = toEnvelope(ret);
  const envelope = rewriteToolCalls(raw, ctx.resolverFor(def));
  const fallback = ctx.textFallbackFor(def);
  const text =
    explicit ??
    (fallback === false ? NO_VIEW_TEXT : fallback ? fallback(envelope, args) : envelopeToText(envelope));
  const ui = clientSupportsUi(mcp.server.getClientCapabilities());
  // A client that said it has no UI gets only the text: the envelope would cost tokens and say less.
  const withView = ui !== false || ctx.structuredForTextClients;
  return {
    content: [{ type: "text", text }],
    ...(withView ? { structuredContent: envelope as Record<string, unknown> } : {}),
  };
}

const WRAP_META = { fastmcp: { wrap_result: true }, prefab: { wrapResult: true } };

function backendToolResult(value: unknown, wraps: boolean, explicitText?: string): CallToolResult {
  if (typeof value === "string" && !wraps)
    return { content: [{ type: "text", text: explicitText ?? value }] };
  if (value === undefined) return { content: [{ type: "text", text: explicitText ?? "OK" }] };
  const text = explicitText ?? JSON.stringify(value);
  if (isPlainObject(value) && !wraps) return { content: [{ type: "text", text }], structuredContent: value };
  // structuredContent must be an object; the renderer unwraps `{result: X}` on the flag (FastMCP's convention).
  return { content: [{ type: "text", text }], structuredContent: { result: value }, _meta: WRAP_META };
}

function outputSchemaFor(def: ToolDefinition): z.core.$ZodType | undefined {
  const output = def.options.output;
  if (output === undefined) return undefined;
  return def.wrapsResult ? z.object({ result: output as z.ZodType }) : output;
}

export function registerDefinition(mcp: McpServer, def: ToolDefinition, ctx: RegisterContext): void {
  const name = def.name;
  const { title, description, annotations } = def.options;
  const base = {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(annotations ? { annotations } : {}),
    inputSchema: def.input,
  };
  if (def.kind === "app") {
    registerAppTool(
      mcp,
      name,
      // registerAppTool also writes the legacy flat `ui/resourceUri` key that older hosts read.
      { ...base, _meta: toolMeta(def, ctx.renderer.uri) as { ui: { resourceUri: string } } },
      async (args: Record<string, unknown>, extra: ToolContext["extra"]) => {
        const ret = await runWithTimeout(name, def.options.timeoutMs, extra.signal, (signal) =>
          def.handler(args as never, contextFor(mcp, def, signal, extra)),
        );
        return appToolResult(mcp, def, ret as AppToolReturn, args, ctx);
      },
    );
    return;
  }
  if (def.kind === "html") {
    registerHtmlTool(mcp, def, base);
    return;
  }
  const outputSchema = outputSchemaFor(def);
  mcp.registerTool(
    name,
    { ...base, ...(outputSchema ? { outputSchema } : {}), _meta: toolMeta(def) },
    async (args: Record<string, unknown>, extra: ToolContext["extra"]) => {
      const value = await runWithTimeout(name, def.options.timeoutMs, extra.signal, (signal) =>
        def.handler(args as never, contextFor(mcp, def, signal, extra)),
      );
      return backendToolResult(value, def.wrapsResult);
    },
  );
}

/**
 * A mounted server's tools are listed as `<prefix>_<name>`, but the page's typed
 * client calls them by their own names: the prefix travels in a `<meta>` element
 * (no script, so no CSP change), and the client prepends it.
 */
export const TOOL_PREFIX_META = "prefab:tool-prefix";
function withToolPrefix(html: string, prefix: string): string {
  if (!prefix) return html;
  const tag = `<meta name="${TOOL_PREFIX_META}" content="${prefix.replace(/[^A-Za-z0-9_.-]/g, "")}">`;
  const head = /<head[^>]*>/i.exec(html);
  return head
    ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    : tag + html;
}

/**
 * A custom HTML tool: its own `ui://` resource (HTML read now, so the URI hash matches
 * what `resources/read` serves from this `McpServer`) and a tool that returns data.
 */
function registerHtmlTool(
  mcp: McpServer,
  def: ToolDefinition,
  base: { inputSchema: ToolDefinition["input"]; title?: string; description?: string },
): void {
  const resource = def.html;
  if (!resource) throw new Error(`html tool "${def.name}" has no document`);
  const name = def.name;
  const html = withToolPrefix(resource.load(), name.slice(0, name.length - def.localName.length));
  const uri = htmlAppUri(name, html);
  const meta = resource.meta;
  registerAppResource(
    mcp,
    `${name} view`,
    uri,
    { description: `Custom HTML view of ${name}.`, mimeType: RESOURCE_MIME_TYPE, _meta: { ui: meta } },
    // Hosts read `_meta.ui` from the content item first, so it is repeated there.
    async () => ({ contents: [{ uri, mimeType: RESOURCE_MIME_TYPE, text: html, _meta: { ui: meta } }] }),
  );
  const outputSchema = outputSchemaFor(def);
  registerAppTool(
    mcp,
    name,
    {
      ...base,
      ...(outputSchema ? { outputSchema } : {}),
      _meta: toolMeta(def, uri) as { ui: { resourceUri: string } },
    },
    async (args: Record<string, unknown>, extra: ToolContext["extra"]) => {
      const value = await runWithTimeout(name, def.options.timeoutMs, extra.signal, (signal) =>
        def.handler(args as never, contextFor(mcp, def, signal, extra)),
      );
      const text = resource.text ? resource.text(value as never) : undefined;
      return backendToolResult(value, def.wrapsResult, text);
    },
  );
}
