import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Button, Column, PrefabApp, toolCall } from "@prefab-ui/dsl";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { connect } from "../test/connect.js";
import { createPrefabServer } from "./app-server.js";
import { callTool } from "./tool-ref.js";

const RENDERER = "<!doctype html><title>r</title>";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

function contactsApp() {
  const app = createPrefabServer({ name: "contacts", version: "1", rendererHtml: RENDERER });
  const save = app.backendTool("save", { input: z.object({ name: z.string() }) }, ({ name }) => ({
    saved: name,
  }));
  // Built at module load, before any mount: late binding must still fix the name.
  const eager = Button("Eager", { onClick: callTool(save, { name: "x" }) });
  app.tool("list", { input: z.object({}) }, () =>
    PrefabApp({
      view: Column(
        Button("Lazy", { onClick: callTool(save, { name: "{{ name }}" }) }),
        eager,
        Button("Raw", { onClick: toolCall("save", { name: "raw" }) }),
      ),
    }),
  );
  return { app, save };
}

function toolNamesIn(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"tool":"([^"]+)"/g)].map((m) => m[1] as string);
}

describe("mount", () => {
  it("prefixes tool names and rewrites tool refs inside views", async () => {
    const { app, save } = contactsApp();
    expect(save.name).toBe("save");
    const root = createPrefabServer({ name: "crm", version: "1", rendererHtml: RENDERER });
    root.mount("crm", app);
    expect(save.name).toBe("crm_save");
    const c = await connect(root);
    closers.push(c.close);
    const { tools } = await c.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["crm_list", "crm_save"]);
    const res = (await c.client.callTool({ name: "crm_list", arguments: {} })) as CallToolResult;
    expect(toolNamesIn(res.structuredContent)).toEqual(["crm_save", "crm_save", "crm_save"]);
    const saved = (await c.client.callTool({
      name: "crm_save",
      arguments: { name: "Ada" },
    })) as CallToolResult;
    expect(saved.structuredContent).toEqual({ saved: "Ada" });
  });

  it("nests prefixes", () => {
    const { app, save } = contactsApp();
    const mid = createPrefabServer({ name: "mid", version: "1" });
    const root = createPrefabServer({ name: "root", version: "1" });
    mid.mount("people", app);
    root.mount("crm", mid);
    expect(save.name).toBe("crm_people_save");
    expect(root.tools().map((t) => t.name)).toEqual(["crm_people_save", "crm_people_list"]);
  });

  it("refuses a name clash with a clear error and leaves the server unchanged", () => {
    const root = createPrefabServer({ name: "root", version: "1" });
    root.backendTool("crm_save", { input: z.object({}) }, () => ({}));
    const { app, save } = contactsApp();
    expect(() => root.mount("crm", app)).toThrow(
      /tool name clash: "crm_save" is defined by server "root" and by server "contacts" \(mounted as "crm"\)/,
    );
    expect(save.name).toBe("save");
    expect(root.tools().map((t) => t.name)).toEqual(["crm_save"]);
    root.mount("people", app);
    expect(save.name).toBe("people_save");
  });

  it("refuses a clash from a tool added after mounting, double mounts and cycles", () => {
    const root = createPrefabServer({ name: "root", version: "1" });
    const { app } = contactsApp();
    root.mount("crm", app);
    expect(() => root.backendTool("crm_list", { input: z.object({}) }, () => ({}))).toThrow(
      /tool name clash/,
    );
    expect(() => createPrefabServer({ name: "x", version: "1" }).mount("again", app)).toThrow(
      /already mounted/,
    );
    expect(() => app.mount("loop", root)).toThrow(/inside itself/);
    expect(() => root.mount("bad prefix", createPrefabServer({ name: "y", version: "1" }))).toThrow(
      /invalid mount prefix/,
    );
    expect(() => app.createMcpServer()).toThrow(/mounted/);
  });

  it("registers tools added after the long-lived server is connected", async () => {
    const root = createPrefabServer({ name: "root", version: "1", rendererHtml: RENDERER });
    root.backendTool("first", { input: z.object({}) }, () => ({}));
    const [ct, st] = InMemoryTransport.createLinkedPair();
    await root.connect(st);
    const client = new Client({ name: "c", version: "1" });
    await client.connect(ct);
    closers.push(async () => {
      await client.close();
      await root.close();
    });
    const { app } = contactsApp();
    root.mount("crm", app);
    root.backendTool("later", { input: z.object({}) }, () => ({ ok: 1 }));
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(["crm_list", "crm_save", "first", "later"]);
  });
});
