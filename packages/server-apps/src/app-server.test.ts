import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import {
  Column,
  DataTable,
  defineState,
  H1,
  Metric,
  PrefabApp,
  parseEnvelope,
  showToast,
  Text,
} from "@prefab-ui/dsl";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { connect } from "../test/connect.js";
import { createPrefabServer } from "./app-server.js";
import { callTool } from "./tool-ref.js";
import { RESOURCE_MIME_TYPE, RESOURCE_URI_META_KEY } from "./ui-capability.js";

const RENDERER = "<!doctype html><title>test renderer</title>";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function salesServer() {
  const server = createPrefabServer({ name: "sales", version: "1.0.0", rendererHtml: RENDERER });
  const getDeal = server.backendTool(
    "get_deal",
    {
      description: "One deal by id",
      input: z.object({ id: z.string() }),
      output: z.object({ id: z.string(), amount: z.number() }),
    },
    ({ id }) => ({ id, amount: 1200 }),
  );
  const dashboard = server.tool(
    "show_dashboard",
    { description: "Sales dashboard", input: z.object({ region: z.string().default("EU") }) },
    ({ region }) => {
      const s = defineState({ deals: [{ id: "d1", name: "Acme", amount: 1200 }], revenue: 1200 });
      return PrefabApp({
        state: s,
        view: Column(
          H1(`Sales ${region}`),
          Metric({ label: "Revenue", value: s.revenue.currency("USD") }),
          DataTable({
            columns: [
              { key: "name", header: "Name" },
              { key: "amount", header: "Amount" },
            ],
            rows: s.deals,
            onRowClick: callTool(
              getDeal,
              { id: "{{ $event.id }}" },
              { onSuccess: (r) => showToast(`Deal ${r.amount}`) },
            ),
          }),
        ),
      });
    },
  );
  return { server, getDeal, dashboard };
}

async function call(client: Awaited<ReturnType<typeof connect>>["client"], name: string, args = {}) {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

describe("app tools", () => {
  it("lists app tools with _meta.ui.resourceUri (and the legacy key) and visibility", async () => {
    const { server } = salesServer();
    const c = await connect(server);
    closers.push(c.close);
    const { tools } = await c.client.listTools();
    const dash = tools.find((t) => t.name === "show_dashboard");
    const deal = tools.find((t) => t.name === "get_deal");
    const uri = server.renderer.uri;
    expect(uri).toMatch(/^ui:\/\/prefab\/renderer-[0-9a-f]{12}\.html$/);
    expect(dash?._meta).toMatchObject({
      ui: { resourceUri: uri, visibility: ["model", "app"] },
      [RESOURCE_URI_META_KEY]: uri,
    });
    expect(deal?._meta).toMatchObject({ ui: { visibility: ["app"] } });
    expect(deal?._meta?.ui).not.toHaveProperty("resourceUri");
    expect(deal?.outputSchema).toMatchObject({ type: "object", properties: { amount: { type: "number" } } });
    expect(dash?.inputSchema).toMatchObject({ type: "object", properties: { region: { type: "string" } } });
  });

  it("advertises the UI extension in the server capabilities", async () => {
    const c = await connect(salesServer().server);
    closers.push(c.close);
    expect(c.client.getServerCapabilities()?.extensions).toHaveProperty(["io.modelcontextprotocol/ui"]);
  });

  it("returns the envelope as structuredContent (valid per parseEnvelope) and a text fallback", async () => {
    const c = await connect(salesServer().server);
    closers.push(c.close);
    const res = await call(c.client, "show_dashboard", { region: "US" });
    expect(res.isError).toBeFalsy();
    const parsed = parseEnvelope(res.structuredContent);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(res.structuredContent).toMatchObject({ $prefab: { version: "0.3" } });
    const text = (res.content[0] as { text: string }).text;
    expect(text).toContain("# Sales US");
    expect(text).toContain("Revenue: $1,200.00");
    expect(text).toContain("Acme | 1200");
    // The typed ref became a toolCall naming the backend tool.
    expect(JSON.stringify(res.structuredContent)).toContain('"tool":"get_deal"');
  });

  it("accepts a bare component, {view, text} and a custom textFallback", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    server.tool("bare", { input: z.object({}) }, () => Text("hello"));
    server.tool("summary", { input: z.object({}) }, () => ({ view: Text("x"), text: "model summary" }));
    server.tool(
      "custom",
      { input: z.object({ n: z.number() }), textFallback: (_e, a) => `n=${String(a.n)}` },
      () => Text("y"),
    );
    server.tool("silent", { input: z.object({}), textFallback: false }, () => Text("z"));
    const c = await connect(server);
    closers.push(c.close);
    const bare = await call(c.client, "bare");
    expect(bare.structuredContent).toMatchObject({ view: { type: "Text", content: "hello" } });
    expect((bare.content[0] as { text: string }).text).toBe("hello");
    expect(((await call(c.client, "summary")).content[0] as { text: string }).text).toBe("model summary");
    expect(((await call(c.client, "custom", { n: 3 })).content[0] as { text: string }).text).toBe("n=3");
    expect(((await call(c.client, "silent")).content[0] as { text: string }).text).toMatch(/Prefab view/);
  });

  it("gives a client without the UI capability the text only", async () => {
    const c = await connect(salesServer().server, { ui: false });
    closers.push(c.close);
    const res = await call(c.client, "show_dashboard");
    expect(res.structuredContent).toBeUndefined();
    expect((res.content[0] as { text: string }).text).toContain("# Sales EU");
  });

  it("tells handlers whether the client renders views", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    server.tool("probe", { input: z.object({}) }, (_a, ctx) =>
      Text(`ui=${String(ctx.clientSupportsUi)} ${ctx.toolName}`),
    );
    const withUi = await connect(server);
    const without = await connect(server, { ui: false });
    closers.push(withUi.close, without.close);
    expect(((await call(withUi.client, "probe")).content[0] as { text: string }).text).toBe("ui=true probe");
    expect(((await call(without.client, "probe")).content[0] as { text: string }).text).toBe(
      "ui=false probe",
    );
  });

  it("reports handler errors as isError results", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    server.tool("boom", { input: z.object({}) }, () => {
      throw new Error("database is down");
    });
    const c = await connect(server);
    closers.push(c.close);
    const res = await call(c.client, "boom");
    expect(res.isError).toBe(true);
    expect((res.content[0] as { text: string }).text).toContain("database is down");
  });
});

describe("backend tools", () => {
  it("return plain data as structuredContent plus JSON text", async () => {
    const c = await connect(salesServer().server);
    closers.push(c.close);
    const res = await call(c.client, "get_deal", { id: "d7" });
    expect(res.structuredContent).toEqual({ id: "d7", amount: 1200 });
    expect(JSON.parse((res.content[0] as { text: string }).text)).toEqual({ id: "d7", amount: 1200 });
  });

  it("wrap non-object results as {result} with the unwrap flag, and strings as text", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    const list = server.backendTool("list", { input: z.object({}), output: z.array(z.number()) }, () => [
      1, 2,
    ]);
    server.backendTool("greet", { input: z.object({ who: z.string() }) }, ({ who }) => `hi ${who}`);
    const c = await connect(server);
    closers.push(c.close);
    const res = await call(c.client, "list");
    expect(res.structuredContent).toEqual({ result: [1, 2] });
    expect(res._meta).toMatchObject({ fastmcp: { wrap_result: true } });
    expect(list.wrapsResult).toBe(true);
    expect(callTool(list, {})).toMatchObject({ unwrapResult: true });
    const greet = await call(c.client, "greet", { who: "Ada" });
    expect(greet.structuredContent).toBeUndefined();
    expect((greet.content[0] as { text: string }).text).toBe("hi Ada");
  });

  it("validate input and output through the SDK", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    server.backendTool("bad_out", { input: z.object({}), output: z.object({ n: z.number() }) }, () => ({
      n: "nope" as unknown as number,
    }));
    const c = await connect(server);
    closers.push(c.close);
    const out = await call(c.client, "bad_out");
    expect(out.isError).toBe(true);
    expect((out.content[0] as { text: string }).text).toMatch(/Output validation error/);
    const input = await call(c.client, "bad_out", { extra: 1 });
    expect(input.isError).toBe(true);
  });
});

describe("renderer resource", () => {
  it("is read with the MCP Apps MIME type and _meta.ui on the content item", async () => {
    const server = createPrefabServer({
      name: "s",
      version: "1",
      rendererHtml: RENDERER,
      permissions: { clipboardWrite: {} },
    });
    const c = await connect(server);
    closers.push(c.close);
    const { resources } = await c.client.listResources();
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ uri: server.renderer.uri, mimeType: RESOURCE_MIME_TYPE });
    const read = await c.client.readResource({ uri: server.renderer.uri });
    expect(read.contents).toHaveLength(1);
    expect(read.contents[0]).toMatchObject({
      uri: server.renderer.uri,
      mimeType: "text/html;profile=mcp-app",
      text: RENDERER,
      _meta: {
        ui: {
          csp: { connectDomains: [], resourceDomains: [] },
          prefersBorder: true,
          permissions: { clipboardWrite: {} },
        },
      },
    });
  });

  it("changes URI with the HTML and serves a placeholder when the build is missing", () => {
    const a = createPrefabServer({ name: "a", version: "1", rendererHtml: "<p>1</p>" }).renderer;
    const b = createPrefabServer({ name: "b", version: "1", rendererHtml: "<p>2</p>" }).renderer;
    expect(a.uri).not.toBe(b.uri);
    const missing = createPrefabServer({
      name: "m",
      version: "1",
      rendererPath: "/nonexistent/renderer.html",
    }).renderer;
    expect(missing.placeholder).toBe(true);
    expect(missing.html).toContain("Prefab renderer not built");
    expect(missing.html).toContain("/nonexistent/renderer.html");
  });
});

describe("timeouts", () => {
  it("fail a slow tool with a clear message and abort its signal", async () => {
    const server = createPrefabServer({ name: "s", version: "1", rendererHtml: RENDERER });
    let aborted = false;
    server.backendTool("slow", { input: z.object({}), timeoutMs: 30 }, async (_a, ctx) => {
      ctx.signal.addEventListener("abort", () => {
        aborted = true;
      });
      await new Promise((r) => setTimeout(r, 500));
      return { done: true };
    });
    server.tool("slow_view", { input: z.object({}), timeoutMs: 30 }, () => new Promise<never>(() => {}));
    server.backendTool("fast", { input: z.object({}), timeoutMs: 1000 }, () => ({ ok: true }));
    const c = await connect(server);
    closers.push(c.close);
    const started = Date.now();
    const res = await call(c.client, "slow");
    expect(Date.now() - started).toBeLessThan(400);
    expect(res.isError).toBe(true);
    expect((res.content[0] as { text: string }).text).toContain('Tool "slow" timed out after 30 ms');
    expect(aborted).toBe(true);
    expect((await call(c.client, "slow_view")).isError).toBe(true);
    expect((await call(c.client, "fast")).structuredContent).toEqual({ ok: true });
  });
});
