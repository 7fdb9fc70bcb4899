/**
 * The `HostBridge` a `testApp` view talks to: tool calls go to the server through
 * the in-memory MCP client (and are recorded), everything the view asks of the host
 * (messages, context, links) is recorded and answered like a permissive host would.
 */
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export interface RecordedToolCall {
  name: string;
  arguments: Record<string, unknown>;
  result?: CallToolResult;
  /** A transport or protocol failure (tool errors are results with `isError`). */
  error?: string;
}

export interface HostRecord {
  toolCalls: RecordedToolCall[];
  /** `sendMessage` texts, in order. */
  messages: string[];
  /** `updateContext` requests, in order. */
  contextUpdates: { content?: string; structuredContent?: Record<string, unknown> }[];
  openedLinks: string[];
}

/** `tools/call` params as the renderer's bridge passes them. */
export interface CallServerToolParams {
  name: string;
  arguments?: Record<string, unknown>;
  _meta?: Record<string, unknown>;
}
type TextContent = readonly { type: string; text?: string }[];

/**
 * Structurally the renderer's `HostBridge`. Declared here rather than imported: the
 * renderer's sources are typed for a bundler and are not type-checked from this package.
 */
export interface TestBridge {
  readonly kind: "host";
  readonly hostContext: Record<string, unknown>;
  readonly hostCapabilities: Record<string, unknown>;
  readonly hostInfo: { name: string; version: string };
  readonly protocolVersion: undefined;
  /** Tool calls still waiting for the server. */
  readonly inFlight: number;
  onToolInput(listener: unknown): () => void;
  onToolInputPartial(listener: unknown): () => void;
  onToolResult(listener: unknown): () => void;
  onToolCancelled(listener: unknown): () => void;
  onHostContextChanged(listener: unknown): () => void;
  onTeardown(handler: unknown): () => void;
  callServerTool(params: CallServerToolParams): Promise<CallToolResult>;
  sendMessage(params: { role?: string; content: TextContent }): Promise<Record<string, never>>;
  updateModelContext(params: {
    content?: TextContent;
    structuredContent?: Record<string, unknown>;
  }): Promise<void>;
  openLink(params: { url: string }): Promise<Record<string, never>>;
  requestDisplayMode(params: { mode: string }): Promise<{ mode: string }>;
  notifySizeChanged(size: unknown): void;
  autoResize(element?: unknown): () => void;
  requestTeardown(): void;
  ping(): Promise<void>;
  close(): void;
}

const noop = () => () => {};

export function createTestBridge(client: Client, record: HostRecord): TestBridge {
  let inFlight = 0;
  const textOf = (content: TextContent | undefined) =>
    (content ?? []).map((c) => (c.type === "text" ? (c.text ?? "") : `[${c.type}]`)).join("\n");
  return {
    kind: "host",
    hostContext: { theme: "light", displayMode: "inline", locale: "en-US", timeZone: "UTC" },
    hostCapabilities: {
      serverTools: {},
      message: { text: {} },
      updateModelContext: { text: {} },
      openLinks: {},
    },
    hostInfo: { name: "prefab-test-app", version: "1.0.0" },
    protocolVersion: undefined,
    get inFlight() {
      return inFlight;
    },
    onToolInput: noop,
    onToolInputPartial: noop,
    onToolResult: noop,
    onToolCancelled: noop,
    onHostContextChanged: noop,
    onTeardown: noop,
    async callServerTool(params: CallServerToolParams): Promise<CallToolResult> {
      const call: RecordedToolCall = { name: params.name, arguments: params.arguments ?? {} };
      record.toolCalls.push(call);
      inFlight++;
      try {
        const result = (await client.callTool({
          name: params.name,
          arguments: params.arguments ?? {},
          ...(params._meta ? { _meta: params._meta } : {}),
        })) as CallToolResult;
        call.result = result;
        return result;
      } catch (error) {
        call.error = error instanceof Error ? error.message : String(error);
        throw error;
      } finally {
        inFlight--;
      }
    },
    async sendMessage(params) {
      record.messages.push(textOf(params.content));
      return {};
    },
    async updateModelContext(params) {
      record.contextUpdates.push({
        ...(params.content ? { content: textOf(params.content) } : {}),
        ...(params.structuredContent ? { structuredContent: params.structuredContent } : {}),
      });
    },
    async openLink({ url }) {
      record.openedLinks.push(url);
      return {};
    },
    async requestDisplayMode({ mode }) {
      return { mode };
    },
    notifySizeChanged: () => {},
    autoResize: () => () => {},
    requestTeardown: () => {},
    ping: async () => {},
    close: () => {},
  };
}
