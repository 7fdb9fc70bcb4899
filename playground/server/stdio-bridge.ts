/**
 * stdio ↔ HTTP: runs an MCP server command and exposes it as a (session-less) Streamable HTTP endpoint the
 * browser client can talk to. Each POSTed request is forwarded to the child with a bridge-unique id and
 * answered with the child's response as `application/json`; notifications get 202. Requests the child sends
 * to the client (sampling, roots…) are answered with an error: the playground does not offer them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

type Id = string | number;
interface Pending {
  originalId: Id;
  resolve(message: JSONRPCMessage): void;
}

export interface StdioBridgeStatus {
  command: string;
  running: boolean;
  exitCode?: number | null;
  stderr: string[];
}

const TIMEOUT_MS = 60_000;

export class StdioBridge {
  private transport: StdioClientTransport | undefined;
  private starting: Promise<void> | undefined;
  private readonly pending = new Map<string, Pending>();
  private next = 1;
  private running = false;
  private exitCode: number | null | undefined;
  private readonly stderr: string[] = [];

  constructor(
    readonly command: string,
    private readonly cwd: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  status(): StdioBridgeStatus {
    return {
      command: this.command,
      running: this.running,
      exitCode: this.exitCode,
      stderr: [...this.stderr],
    };
  }

  private ensureStarted(): Promise<void> {
    if (this.running && this.transport) return Promise.resolve();
    if (this.starting) return this.starting;
    const shell =
      process.platform === "win32"
        ? { command: "cmd", args: ["/c", this.command] }
        : { command: "sh", args: ["-c", this.command] };
    const transport = new StdioClientTransport({
      ...shell,
      cwd: this.cwd,
      env: Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      ),
      stderr: "pipe",
    });
    transport.onmessage = (message) => this.fromChild(message);
    transport.onerror = (error) => this.log(`stdio server error: ${error.message}`);
    transport.onclose = () => {
      this.running = false;
      this.transport = undefined;
      const tail = this.stderr.slice(-3).join(" | ");
      this.failAll(`the stdio server exited${tail ? `: ${tail}` : ""}`);
    };
    this.starting = transport
      .start()
      .then(() => {
        this.transport = transport;
        this.running = true;
        this.exitCode = undefined;
        transport.stderr?.on("data", (chunk: Buffer) => {
          for (const line of chunk.toString("utf8").split(/\r?\n/)) {
            if (!line) continue;
            this.stderr.push(line);
            if (this.stderr.length > 200) this.stderr.shift();
            this.log(`[stdio] ${line}`);
          }
        });
      })
      .finally(() => {
        this.starting = undefined;
      });
    return this.starting;
  }

  private fromChild(message: JSONRPCMessage): void {
    const m = message as { id?: Id; method?: string };
    if (m.id !== undefined && m.method === undefined) {
      const pending = this.pending.get(String(m.id));
      if (!pending) return;
      this.pending.delete(String(m.id));
      pending.resolve({ ...message, id: pending.originalId } as JSONRPCMessage);
      return;
    }
    if (m.id !== undefined && m.method !== undefined) {
      // A request to the client: not supported through the bridge.
      void this.transport?.send({
        jsonrpc: "2.0",
        id: m.id,
        error: { code: -32601, message: `The playground's stdio bridge does not handle ${m.method}` },
      });
    }
    // Notifications from the server (logging, list_changed) are dropped: there is no stream to send them on.
  }

  private failAll(reason: string): void {
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.resolve({ jsonrpc: "2.0", id: p.originalId, error: { code: -32000, message: reason } });
    }
  }

  private async forward(message: JSONRPCMessage): Promise<JSONRPCMessage | undefined> {
    await this.ensureStarted();
    const m = message as { id?: Id; method?: string };
    if (m.method === undefined || m.id === undefined) {
      await this.transport?.send(message);
      return undefined;
    }
    const bridgeId = `bridge-${this.next++}`;
    return new Promise<JSONRPCMessage>((resolve) => {
      const timer = setTimeout(() => {
        if (!this.pending.delete(bridgeId)) return;
        resolve({
          jsonrpc: "2.0",
          id: m.id as Id,
          error: { code: -32001, message: `${m.method} timed out` },
        });
      }, TIMEOUT_MS);
      this.pending.set(bridgeId, {
        originalId: m.id as Id,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
      this.transport?.send({ ...message, id: bridgeId } as JSONRPCMessage).catch((error: Error) => {
        this.pending.delete(bridgeId);
        clearTimeout(timer);
        resolve({ jsonrpc: "2.0", id: m.id as Id, error: { code: -32000, message: error.message } });
      });
    });
  }

  /** Handle one HTTP request on the bridge endpoint. */
  async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    if (req.method === "GET" || req.method === "DELETE") {
      // No server-initiated stream and no session to end.
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } }));
      return;
    }
    const batch = Array.isArray(parsed);
    const messages = (batch ? parsed : [parsed]) as JSONRPCMessage[];
    try {
      const replies = (await Promise.all(messages.map((m) => this.forward(m)))).filter(
        (r): r is JSONRPCMessage => r !== undefined,
      );
      if (replies.length === 0) {
        res.writeHead(202).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(batch ? replies : replies[0]));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      res.writeHead(502, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          jsonrpc: "2.0",
          id: null,
          error: { code: -32000, message: `Could not start "${this.command}": ${message}` },
        }),
      );
    }
  }

  async close(): Promise<void> {
    this.failAll("the playground is shutting down");
    await this.transport?.close();
    this.transport = undefined;
    this.running = false;
  }
}
