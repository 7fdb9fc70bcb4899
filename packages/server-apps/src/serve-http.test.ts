import { request } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { H1, parseEnvelope } from "@prefab-ui/dsl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { createPrefabServer } from "./app-server.js";
import { type HttpHandle, serveHttp } from "./serve-http.js";
import { RESOURCE_MIME_TYPE, UI_EXTENSION_ID } from "./ui-capability.js";

let handle: HttpHandle;
const server = createPrefabServer({ name: "http-test", version: "1", rendererHtml: "<p>renderer</p>" });
server.tool("hello", { input: z.object({ who: z.string() }) }, ({ who }) => H1(`Hello ${who}`));
server.backendTool("add", { input: z.object({ a: z.number(), b: z.number() }) }, ({ a, b }) => ({
  sum: a + b,
}));

beforeAll(async () => {
  handle = await serveHttp(server, { port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await handle.close();
});

async function httpClient(ui = true) {
  const client = new Client(
    { name: "http-client", version: "1" },
    { capabilities: ui ? { extensions: { [UI_EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } } } : {} },
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(handle.url)));
  return client;
}

describe("serveHttp (stateless Streamable HTTP)", () => {
  it("listens on an ephemeral 127.0.0.1 port", () => {
    expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect(handle.port).toBeGreaterThan(0);
  });

  it("serves listing, app tool, backend tool and the resource to a real SDK client", async () => {
    const client = await httpClient();
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(["add", "hello"]);
      const hello = (await client.callTool({ name: "hello", arguments: { who: "Ada" } })) as CallToolResult;
      expect(parseEnvelope(hello.structuredContent).ok).toBe(true);
      expect((hello.content[0] as { text: string }).text).toBe("# Hello Ada");
      const add = (await client.callTool({ name: "add", arguments: { a: 2, b: 3 } })) as CallToolResult;
      expect(add.structuredContent).toEqual({ sum: 5 });
      const read = await client.readResource({ uri: server.renderer.uri });
      expect(read.contents[0]).toMatchObject({ mimeType: RESOURCE_MIME_TYPE, text: "<p>renderer</p>" });
    } finally {
      await client.close();
    }
  });

  it("serves the view even though each request reaches a fresh server (no session state)", async () => {
    // The model's client and the view's client are separate connections, as in Claude over HTTP.
    const [model, app] = [await httpClient(), await httpClient(false)];
    try {
      const viaModel = (await model.callTool({ name: "hello", arguments: { who: "A" } })) as CallToolResult;
      const viaApp = (await app.callTool({ name: "add", arguments: { a: 1, b: 1 } })) as CallToolResult;
      expect(viaModel.structuredContent).toBeDefined();
      expect(viaApp.structuredContent).toEqual({ sum: 2 });
    } finally {
      await model.close();
      await app.close();
    }
  });

  it("answers GET with 405 and other paths with 404", async () => {
    const get = await fetch(handle.url, { headers: { accept: "text/event-stream" } });
    expect(get.status).toBe(405);
    const other = await fetch(handle.url.replace("/mcp", "/nope"), { method: "POST" });
    expect(other.status).toBe(404);
  });

  it("rejects a foreign Host header (DNS rebinding protection on loopback)", async () => {
    // fetch() may not set Host, so this goes through node:http.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        handle.url,
        {
          method: "POST",
          headers: {
            host: "evil.example",
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on("error", reject);
      req.end(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }));
    });
    expect(status).toBe(403);
  });
});
