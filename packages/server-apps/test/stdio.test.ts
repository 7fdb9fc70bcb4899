import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";

const tsx = fileURLToPath(new URL("../../../node_modules/tsx/dist/cli.mjs", import.meta.url));
const example = fileURLToPath(new URL("../examples/sales-dashboard.ts", import.meta.url));

describe("serveStdio", () => {
  it("serves an example over stdio to a spawned-process client", async () => {
    const client = new Client({ name: "stdio-test", version: "1" });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [tsx, example, "--stdio"],
        stderr: "pipe",
      }),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(["get_deal", "show_sales_dashboard"]);
      const res = (await client.callTool({ name: "get_deal", arguments: { id: "d1" } })) as CallToolResult;
      expect(res.structuredContent).toMatchObject({ name: "Acme renewal" });
    } finally {
      await client.close();
    }
  }, 30_000);
});
