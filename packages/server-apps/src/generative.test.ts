import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parseEnvelope } from "@prefab-ui/dsl";
import { afterEach, describe, expect, it } from "vitest";
import { connect } from "../test/connect.js";
import { createPrefabServer } from "./app-server.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

async function setup() {
  const server = createPrefabServer({
    name: "gen",
    version: "1",
    rendererHtml: "<p>r</p>",
    generativeUi: true,
  });
  const c = await connect(server);
  closers.push(c.close);
  return { server, client: c.client };
}

const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

describe("generative UI tools", () => {
  it("lists prefab_catalog for the model and prefab_render as an app tool", async () => {
    const { client, server } = await setup();
    const { tools } = await client.listTools();
    const catalog = tools.find((t) => t.name === "prefab_catalog");
    const render = tools.find((t) => t.name === "prefab_render");
    expect(catalog?._meta).toMatchObject({ ui: { visibility: ["model"] } });
    expect(render?._meta).toMatchObject({ ui: { resourceUri: server.renderer.uri } });
  });

  it("prefab_catalog returns the compact catalog with a token estimate", async () => {
    const { client } = await setup();
    const res = (await client.callTool({ name: "prefab_catalog", arguments: {} })) as CallToolResult;
    expect(text(res)).toMatch(/^Prefab component catalog \(~\d+ tokens\)/);
    expect(text(res)).toContain("# Components");
    expect(text(res)).toMatch(/\nButton\(/);
    expect(text(res)).toContain("# Actions");
  });

  it("prefab_render returns a valid envelope as an app tool result", async () => {
    const { client } = await setup();
    const envelope = {
      $prefab: { version: "0.3" },
      view: {
        type: "Column",
        children: [
          { type: "H1", content: "Hello" },
          { type: "Metric", label: "Users", value: "{{ n }}" },
        ],
      },
      state: { n: 42 },
    };
    const res = (await client.callTool({ name: "prefab_render", arguments: { envelope } })) as CallToolResult;
    expect(res.isError).toBeFalsy();
    expect(parseEnvelope(res.structuredContent).ok).toBe(true);
    expect(res.structuredContent).toMatchObject({ view: { type: "Column" } });
    expect(text(res)).toBe("# Hello\nUsers: 42");
  });

  it("accepts the envelope as a JSON string", async () => {
    const { client } = await setup();
    const envelope = JSON.stringify({ $prefab: { version: "0.3" }, view: { type: "Text", content: "hi" } });
    const res = (await client.callTool({ name: "prefab_render", arguments: { envelope } })) as CallToolResult;
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({ view: { type: "Text", content: "hi" } });
  });

  it("prefab_render lists each error with its path so the model can fix it", async () => {
    const { client } = await setup();
    const envelope = {
      $prefab: { version: "0.3" },
      view: {
        type: "Column",
        children: [
          { type: "Buton", label: "x" },
          { type: "Metric", value: 1 },
          { type: "Button", label: "ok", onClick: { action: "nope" } },
        ],
      },
    };
    const res = (await client.callTool({ name: "prefab_render", arguments: { envelope } })) as CallToolResult;
    expect(res.isError).toBe(true);
    const lines = text(res).split("\n");
    expect(lines[0]).toMatch(/^The envelope has \d+ errors; fix them/);
    expect(text(res)).toMatch(/^error view\.children\[0\]/m);
    expect(text(res)).toMatch(/^error view\.children\[1\]/m);
    expect(text(res)).toMatch(/^error view\.children\[2\]\.onClick/m);
  });

  it("prefab_render reports invalid JSON", async () => {
    const { client } = await setup();
    const res = (await client.callTool({
      name: "prefab_render",
      arguments: { envelope: "{not json" },
    })) as CallToolResult;
    expect(res.isError).toBe(true);
    expect(text(res)).toMatch(/not valid JSON/);
  });
});
