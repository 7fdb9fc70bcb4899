/**
 * The host's MCP client: connects to the example server, any Streamable HTTP URL (directly or through the
 * playground's relay) or a stdio command (through the playground's stdio ↔ HTTP bridge); advertises the MCP
 * Apps extension; lists tools and resources; reads and caches `ui://` resources.
 */
import { getToolUiResourceUri, RESOURCE_MIME_TYPE } from "@modelcontextprotocol/ext-apps/app-bridge";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Implementation, Resource, Tool } from "@modelcontextprotocol/sdk/types.js";
import { note } from "./log.js";
import { LoggingTransport } from "./logging-transport.js";

export const UI_EXTENSION_ID = "io.modelcontextprotocol/ui";
export const HOST_INFO: Implementation = { name: "prefab-playground", version: "0.1.0" };

export type ConnectionTarget =
  | { kind: "example"; url: string }
  | { kind: "http"; url: string; relay: boolean }
  | { kind: "stdio"; command: string };

export interface UiMeta {
  csp?: {
    connectDomains?: string[];
    resourceDomains?: string[];
    frameDomains?: string[];
    baseUriDomains?: string[];
  };
  permissions?: Record<string, unknown>;
  domain?: string;
  prefersBorder?: boolean;
}

export interface UiResource {
  uri: string;
  html: string;
  meta: UiMeta;
  /** Where `meta` came from. */
  metaSource: "content" | "listing" | "none";
}

export interface Connection {
  client: Client;
  target: ConnectionTarget;
  endpoint: string;
  serverInfo: Implementation | undefined;
  instructions: string | undefined;
  tools: Tool[];
  resources: Resource[];
  readUiResource(uri: string): Promise<UiResource>;
  close(): Promise<void>;
}

export function describeTarget(target: ConnectionTarget): string {
  if (target.kind === "example") return "Example server";
  if (target.kind === "stdio") return `stdio: ${target.command}`;
  return target.url;
}

/** `_meta.ui.visibility`, default `["model", "app"]`. */
export function toolVisibility(tool: Tool): string[] {
  const ui = (tool._meta as { ui?: { visibility?: unknown } } | undefined)?.ui;
  return Array.isArray(ui?.visibility) ? (ui.visibility as string[]) : ["model", "app"];
}

export function toolUiUri(tool: Tool): string | undefined {
  try {
    return getToolUiResourceUri(tool);
  } catch {
    return undefined;
  }
}

function decodeBase64(b64: string): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

async function endpointFor(target: ConnectionTarget): Promise<string> {
  if (target.kind === "example") return target.url;
  if (target.kind === "http") {
    const url = new URL(target.url); // throws on a malformed URL
    return target.relay
      ? new URL(`/api/relay?url=${encodeURIComponent(url.href)}`, location.href).href
      : url.href;
  }
  const res = await fetch("/api/stdio", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ command: target.command }),
  });
  const body = (await res.json()) as { url?: string; error?: string };
  if (!res.ok || !body.url) throw new Error(body.error ?? `The stdio bridge answered ${res.status}`);
  return new URL(body.url, location.href).href;
}

export async function connect(target: ConnectionTarget): Promise<Connection> {
  const endpoint = await endpointFor(target);
  const client = new Client(HOST_INFO, {
    capabilities: { extensions: { [UI_EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } } },
  });
  note("host", "connect", `connecting to ${describeTarget(target)}`, { endpoint });
  const transport = new LoggingTransport(new StreamableHTTPClientTransport(new URL(endpoint)), "server");
  try {
    await client.connect(transport);
  } catch (error) {
    await client.close().catch(() => {});
    throw new Error(explainConnectError(error, target, endpoint));
  }

  const tools: Tool[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor);

  const resources: Resource[] = [];
  if (client.getServerCapabilities()?.resources) {
    try {
      const list = await client.listResources();
      resources.push(...list.resources);
    } catch {
      // Listing is optional for UI resources; reading still works.
    }
  }

  const cache = new Map<string, Promise<UiResource>>();
  const readUiResource = (uri: string): Promise<UiResource> => {
    let hit = cache.get(uri);
    if (!hit) {
      hit = (async () => {
        const res = await client.readResource({ uri });
        const item = res.contents.find((c) => c.uri === uri) ?? res.contents[0];
        if (!item) throw new Error(`resources/read ${uri} returned no content`);
        if (item.mimeType !== RESOURCE_MIME_TYPE) {
          throw new Error(
            `${uri} has MIME type ${item.mimeType ?? "(none)"}, expected ${RESOURCE_MIME_TYPE}`,
          );
        }
        const html =
          "text" in item && typeof item.text === "string"
            ? item.text
            : decodeBase64(String((item as { blob?: string }).blob ?? ""));
        const contentMeta = (item._meta as { ui?: UiMeta } | undefined)?.ui;
        const listingMeta = (resources.find((r) => r.uri === uri)?._meta as { ui?: UiMeta } | undefined)?.ui;
        return {
          uri,
          html,
          meta: contentMeta ?? listingMeta ?? {},
          metaSource: contentMeta ? "content" : listingMeta ? "listing" : "none",
        };
      })();
      hit.catch(() => cache.delete(uri));
      cache.set(uri, hit);
    }
    return hit;
  };

  return {
    client,
    target,
    endpoint,
    serverInfo: client.getServerVersion(),
    instructions: client.getInstructions(),
    tools,
    resources,
    readUiResource,
    close: () => client.close(),
  };
}

function explainConnectError(error: unknown, target: ConnectionTarget, endpoint: string): string {
  let message = error instanceof Error ? error.message : String(error);
  // The SDK wraps the body of a failed POST: show the JSON-RPC error message inside it.
  const inner = /"message"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(message)?.[1];
  if (inner) message = inner.replace(/\\"/g, '"');
  const where = target.kind === "http" ? target.url : endpoint;
  if (target.kind === "http" && !target.relay && /fetch|network/i.test(message)) {
    return `Could not reach ${where} (${message}). If the server sends no CORS headers, connect through the playground relay.`;
  }
  if (target.kind === "stdio") return `The stdio server "${target.command}" did not initialise: ${message}`;
  return message.includes(where) ? message : `Could not connect to ${where}: ${message}`;
}
