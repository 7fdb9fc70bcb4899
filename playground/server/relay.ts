/**
 * `/api/relay?url=…`: forwards Streamable HTTP requests from the page to any MCP server URL, so servers without
 * CORS headers work from the browser. Only the page itself may use it (Origin check in server.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

const FORWARD_REQUEST = [
  "content-type",
  "accept",
  "authorization",
  "mcp-session-id",
  "mcp-protocol-version",
  "last-event-id",
];
const FORWARD_RESPONSE = ["content-type", "mcp-session-id", "mcp-protocol-version", "www-authenticate"];

export async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  body: Buffer,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(target);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("only http(s) URLs");
  } catch (error) {
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: `Invalid server URL: ${(error as Error).message}` }));
    return;
  }
  const headers = new Headers();
  for (const name of FORWARD_REQUEST) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: req.method ?? "GET",
      headers,
      body: req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(body),
      signal: controller.signal,
      redirect: "follow",
    });
  } catch (error) {
    if (res.headersSent) return;
    res.writeHead(502, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        jsonrpc: "2.0",
        id: null,
        error: { code: -32000, message: `Cannot reach ${url.href}: ${(error as Error).message}` },
      }),
    );
    return;
  }
  const out: Record<string, string> = {};
  for (const name of FORWARD_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value !== null) out[name] = value;
  }
  res.writeHead(upstream.status, out);
  if (!upstream.body) {
    res.end();
    return;
  }
  const stream = Readable.fromWeb(upstream.body as unknown as NodeReadableStream<Uint8Array>);
  stream.on("error", () => res.end());
  stream.pipe(res);
}
