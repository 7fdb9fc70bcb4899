import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parseEnvelope } from "@prefab-ui/dsl";
import { afterEach, describe, expect, it } from "vitest";
import { createContactStore, createContactsServer } from "../examples/contacts.js";
import { createSalesServer } from "../examples/sales-dashboard.js";
import { connect } from "./connect.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

function toolCalls(value: unknown): { tool: string; arguments: Record<string, unknown> }[] {
  const found: { tool: string; arguments: Record<string, unknown> }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      if (o.action === "toolCall") found.push(o as never);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return found;
}

describe("examples", () => {
  it("sales dashboard: valid envelope, row click calls get_deal, which returns the deal", async () => {
    const c = await connect(createSalesServer());
    closers.push(c.close);
    const res = (await c.client.callTool({ name: "show_sales_dashboard", arguments: {} })) as CallToolResult;
    const parsed = parseEnvelope(res.structuredContent);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(text(res)).toContain("Won: $258,000.00");
    const calls = toolCalls(res.structuredContent);
    expect(calls.map((t) => t.tool)).toEqual(["get_deal"]);
    const deal = (await c.client.callTool({ name: "get_deal", arguments: { id: "d2" } })) as CallToolResult;
    expect(deal.structuredContent).toMatchObject({ name: "Globex expansion", amount: 120_000 });
    const missing = (await c.client.callTool({
      name: "get_deal",
      arguments: { id: "zz" },
    })) as CallToolResult;
    expect(missing.isError).toBe(true);
  });

  it("contacts: form submits to add_contact, the list refreshes, duplicates are an error", async () => {
    const c = await connect(createContactsServer(createContactStore()));
    closers.push(c.close);
    const res = (await c.client.callTool({ name: "manage_contacts", arguments: {} })) as CallToolResult;
    const parsed = parseEnvelope(res.structuredContent);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(toolCalls(res.structuredContent).map((t) => t.tool)).toEqual([
      "add_contact",
      "list_contacts",
      "delete_contact",
    ]);
    const add = { name: "Ada", email: "ada@example.com" };
    const first = (await c.client.callTool({ name: "add_contact", arguments: add })) as CallToolResult;
    expect(first.structuredContent).toMatchObject({ contacts: [{ id: "c1", name: "Ada" }] });
    const dup = (await c.client.callTool({ name: "add_contact", arguments: add })) as CallToolResult;
    expect(dup.isError).toBe(true);
    expect(text(dup)).toContain("already exists");
    const bad = (await c.client.callTool({
      name: "add_contact",
      arguments: { name: "X", email: "nope" },
    })) as CallToolResult;
    expect(bad.isError).toBe(true);
    const del = (await c.client.callTool({
      name: "delete_contact",
      arguments: { id: "c1" },
    })) as CallToolResult;
    expect(del.structuredContent).toEqual({ contacts: [] });
  });
});
