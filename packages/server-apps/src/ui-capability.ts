/**
 * The MCP Apps extension as the server sees it: the ids and MIME type from
 * `@modelcontextprotocol/ext-apps`, and whether the connected client renders views.
 */
import {
  EXTENSION_ID,
  getUiCapability,
  RESOURCE_MIME_TYPE,
  RESOURCE_URI_META_KEY,
} from "@modelcontextprotocol/ext-apps/server";
import type { ClientCapabilities } from "@modelcontextprotocol/sdk/types.js";

export { EXTENSION_ID as UI_EXTENSION_ID, RESOURCE_MIME_TYPE, RESOURCE_URI_META_KEY };

/** Who may call a tool: the model, the view (app), or both (the spec default). */
export type ToolVisibility = "model" | "app";

/**
 * Does the client render MCP Apps views?
 *
 * - `true`: it declared `io.modelcontextprotocol/ui` and our MIME type (or no list).
 * - `false`: it initialised this connection without declaring it.
 * - `undefined`: unknown. A stateless HTTP request reaches a fresh server that never saw
 *   `initialize`, so "no capabilities" must not be read as "text only", or every
 *   stateless host would lose its views.
 */
export function clientSupportsUi(capabilities: ClientCapabilities | undefined): boolean | undefined {
  if (capabilities === undefined) return undefined;
  const ui = getUiCapability(capabilities);
  if (ui === undefined) return false;
  const mimeTypes = ui.mimeTypes;
  return mimeTypes === undefined || mimeTypes.length === 0 || mimeTypes.includes(RESOURCE_MIME_TYPE);
}

/**
 * `_meta.ui` of a UI resource (spec `McpUiResourceMeta`). Restated here because the
 * ext-apps 1.x root types do not resolve under NodeNext (`export * from "./types"`).
 */
export interface UiResourceCsp {
  connectDomains?: string[];
  resourceDomains?: string[];
  frameDomains?: string[];
  baseUriDomains?: string[];
}
export interface UiResourcePermissions {
  camera?: Record<string, never>;
  microphone?: Record<string, never>;
  geolocation?: Record<string, never>;
  clipboardWrite?: Record<string, never>;
}
export interface UiResourceMeta {
  csp?: UiResourceCsp;
  permissions?: UiResourcePermissions;
  domain?: string;
  prefersBorder?: boolean;
}
