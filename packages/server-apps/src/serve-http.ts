/**
 * Streamable HTTP in stateless mode: every POST gets a fresh `McpServer` and
 * transport. Hosts may use separate MCP sessions for the model and the view (Claude
 * does over HTTP), so nothing may depend on per-session server state anyway.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { PrefabServer } from "./app-server.js";

export interface ServeHttpOptions {
  /** Default 3000; 0 picks a free port (see the returned `port`). */
  port?: number;
  /** Default 127.0.0.1. Binding elsewhere exposes every tool to the network. */
  host?: string;
  /** Endpoint path. Default `/mcp`. */
  path?: string;
  /**
   * Origins allowed to call from a browser (CORS), e.g. a playground page. Default none:
   * with `*`, any web page the user visits could call the tools of a local server.
   */
  corsOrigins?: string[] | "*";
}

export interface HttpHandle {
  /** e.g. `http://127.0.0.1:3000/mcp`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

function jsonRpcError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  origins: ServeHttpOptions["corsOrigins"],
): void {
  const origin = req.headers.origin;
  if (!origins || !origin) return;
  if (origins !== "*" && !origins.includes(origin)) return;
  res.setHeader("access-control-allow-origin", origins === "*" ? "*" : origin);
  res.setHeader("vary", "origin");
  res.setHeader("access-control-allow-methods", "POST, GET, DELETE, OPTIONS");
  res.setHeader(
    "access-control-allow-headers",
    "content-type, accept, authorization, mcp-session-id, mcp-protocol-version, last-event-id",
  );
  res.setHeader("access-control-expose-headers", "mcp-session-id, mcp-protocol-version");
}

/** Serve `server` over Streamable HTTP (stateless). Resolves once listening. */
export async function serveHttp(server: PrefabServer, options: ServeHttpOptions = {}): Promise<HttpHandle> {
  const host = options.host ?? "127.0.0.1";
  const path = options.path ?? "/mcp";
  let port = options.port ?? 3000;

  const http = createServer(async (req, res) => {
    applyCors(req, res, options.corsOrigins);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== path) return jsonRpcError(res, 404, `Not found; the MCP endpoint is ${path}`);
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    // Stateless: no session to stream to (GET) or to end (DELETE).
    if (req.method !== "POST")
      return jsonRpcError(res, 405, "Method not allowed: this server is stateless (POST only)");

    const mcp = server.createMcpServer();
    const loopback = LOOPBACK.has(host);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      // A page on another site could otherwise reach a loopback server through DNS rebinding.
      ...(loopback
        ? {
            enableDnsRebindingProtection: true,
            allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`],
          }
        : {}),
    });
    res.on("close", () => {
      void transport.close();
      void mcp.close();
    });
    try {
      await mcp.connect(transport);
      await transport.handleRequest(req, res);
    } catch (error) {
      if (!res.headersSent) jsonRpcError(res, 500, error instanceof Error ? error.message : String(error));
    }
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(port, host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  port = (http.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${path}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
