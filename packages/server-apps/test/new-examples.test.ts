import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { createApprovalServer } from "../examples/approval.js";
import { createUploadServer } from "../examples/file-upload.js";
import { createGenerativeServer } from "../examples/generative.js";
import { fsStorage } from "../src/providers/index.js";
import { type TestApp, testApp } from "../src/testing/index.js";
import { connect } from "./connect.js";

const apps: TestApp[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const c of closers.splice(0)) await c();
});

describe("examples: approval, file upload, generative", { timeout: 30_000 }, () => {
  it("approval: the user rejects with a comment; the server logs it and the model gets a message", async () => {
    const log: string[] = [];
    const t = await testApp(createApprovalServer((l) => log.push(l)));
    apps.push(t);
    await t.call("request_approval", { title: "Refund $120 to order #1042", details: { customer: "Ada" } });
    expect(t.text()).toContain("customer: Ada");
    await t.type("Comment (optional)", "Over the limit");
    await t.click("Reject");
    expect(t.toolCalls[0]).toMatchObject({
      name: "request_approval_decide",
      arguments: { decision: "reject", comment: "Over the limit" },
    });
    expect(t.messages).toEqual(['Rejected: "Refund $120 to order #1042". Comment: Over the limit']);
    expect(log).toEqual(["[approvals] rejected: Refund $120 to order #1042 (Over the limit)"]);
    expect(t.text()).toContain("Rejected");
    expect(t.text()).not.toContain("Approve");
  });

  it("choice: one option by radio, sent to the model", async () => {
    const t = await testApp(createApprovalServer(() => {}));
    apps.push(t);
    await t.call("ask_choice", { question: "Refund how?", options: ["Card", "Store credit"] });
    await t.click("Store credit");
    await t.click("Submit");
    expect(t.messages).toEqual(["Refund how? → Store credit"]);
  });

  it("file upload: stores a real PNG in the directory and refuses a renamed executable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prefab-example-upload-"));
    const c = await connect(createUploadServer(fsStorage(dir)));
    closers.push(c.close);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").toString("base64");
    const res = (await c.client.callTool({
      name: "upload_files_store",
      arguments: {
        files: [
          { name: "../../logo.png", type: "image/png", size: 1, data: png },
          {
            name: "invoice.pdf",
            type: "application/pdf",
            size: 1,
            data: Buffer.from("MZ\u0090\u0000").toString("base64"),
          },
        ],
      },
    })) as CallToolResult;
    expect(res.structuredContent).toMatchObject({
      stored: [{ name: "logo.png", type: "image/png", size: 16 }],
      rejected: [{ name: "invoice.pdf" }],
    });
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}-logo\.png$/)]);
  });

  it("generative: catalog for the model, render validates and shows the view", async () => {
    const t = await testApp(createGenerativeServer());
    apps.push(t);
    const catalog = (await t.client.callTool({ name: "prefab_catalog", arguments: {} })) as CallToolResult;
    expect((catalog.content[0] as { text: string }).text).toMatch(/tokens/);
    const bad = await t.call("prefab_render", {
      envelope: { $prefab: { version: "0.3" }, view: { type: "Nope" } },
    });
    expect(bad.isError).toBe(true);
    await t.call("prefab_render", {
      envelope: {
        $prefab: { version: "0.3" },
        state: { n: 1 },
        view: {
          type: "Column",
          children: [
            { type: "Text", content: "Count: {{ n }}" },
            { type: "Button", label: "Add", onClick: { action: "setState", key: "n", value: "{{ n + 1 }}" } },
          ],
        },
      },
    });
    await t.click("Add");
    expect(t.text()).toContain("Count: 2");
    expect(t.state.n).toBe(2);
  });
});
