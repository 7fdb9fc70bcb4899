/**
 * A Transport wrapper that records every JSON-RPC message in the inspector log, matching responses to their
 * requests for the method name and duration. Used for the MCP client (host ↔ server) and for each AppBridge
 * (host ↔ app).
 */
import type { Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage, MessageExtraInfo } from "@modelcontextprotocol/sdk/types.js";
import { addLog, type Channel, type LogEntry } from "./log.js";

type Rpc = {
  id?: string | number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { code: number; message: string };
};

export const REFUSAL_PREFIX = "Refused by the host:";

function summarize(m: Rpc): string | undefined {
  if (m.error) return m.error.message;
  const name = m.params?.name;
  if ((m.method === "tools/call" || m.method === "prompts/get") && typeof name === "string") return name;
  const uri = m.params?.uri;
  if (typeof uri === "string") return uri;
  const result = m.result as { isError?: boolean; content?: { type: string; text?: string }[] } | undefined;
  if (result?.isError)
    return `isError: ${result.content?.find((c) => c.type === "text")?.text ?? "tool error"}`;
  return undefined;
}

export class LoggingTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  /** Outstanding requests per direction: key `${direction}:${id}`. */
  private readonly pending = new Map<string, { method: string; at: number }>();

  constructor(
    private readonly inner: Transport,
    private readonly channel: Channel,
    private readonly view?: number,
    /** Extra details for an entry (e.g. mark refusals). */
    private readonly decorate?: (entry: Partial<LogEntry>, message: Rpc) => void,
  ) {}

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  private record(message: JSONRPCMessage, direction: "in" | "out"): void {
    const m = message as Rpc;
    const entry: Partial<LogEntry> & { payload: unknown } = { payload: message };
    if (m.method !== undefined) {
      entry.method = m.method;
      entry.kind = m.id !== undefined ? "request" : "notification";
      if (m.id !== undefined)
        this.pending.set(`${direction}:${m.id}`, { method: m.method, at: performance.now() });
    } else {
      // A response travels the other way from its request.
      const key = `${direction === "in" ? "out" : "in"}:${m.id}`;
      const req = this.pending.get(key);
      this.pending.delete(key);
      entry.method = req?.method ?? "(response)";
      entry.kind = m.error ? "error" : "response";
      if (req) entry.durationMs = Math.round(performance.now() - req.at);
    }
    if (m.id !== undefined) entry.id = m.id;
    const summary = summarize(m);
    if (summary) entry.summary = summary;
    if (m.error?.message.includes(REFUSAL_PREFIX)) entry.refused = true;
    this.decorate?.(entry, m);
    addLog({
      channel: this.channel,
      direction,
      kind: entry.kind ?? "notification",
      method: entry.method ?? "?",
      ...(this.view !== undefined ? { view: this.view } : {}),
      ...entry,
    } as Parameters<typeof addLog>[0]);
  }

  async start(): Promise<void> {
    this.inner.onmessage = (message, extra) => {
      this.record(message, "in");
      this.onmessage?.(message, extra);
    };
    this.inner.onclose = () => this.onclose?.();
    this.inner.onerror = (error) => this.onerror?.(error);
    await this.inner.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    this.record(message, "out");
    await this.inner.send(message, options);
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}
