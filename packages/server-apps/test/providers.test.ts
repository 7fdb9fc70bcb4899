import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parseEnvelope } from "@prefab-ui/dsl";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { createPrefabServer } from "../src/app-server.js";
import {
  acceptsType,
  approval,
  choice,
  FormFieldErrors,
  fileUpload,
  formInput,
  fsStorage,
  memoryStorage,
  safeFileName,
  sniffType,
} from "../src/providers/index.js";
import { connect } from "./connect.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

async function call(c: Awaited<ReturnType<typeof connect>>, name: string, args: Record<string, unknown>) {
  return (await c.client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The first toolCall action in an envelope (its arguments carry the request id). */
function firstToolCall(value: unknown): { tool: string; arguments: Record<string, unknown> } | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = firstToolCall(v);
      if (found) return found;
    }
  } else if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o.action === "toolCall") return o as never;
    for (const v of Object.values(o)) {
      const found = firstToolCall(v);
      if (found) return found;
    }
  }
  return undefined;
}

function validEnvelope(res: CallToolResult) {
  expect(parseEnvelope(res.structuredContent).issues.filter((i) => i.severity === "error")).toEqual([]);
  return res.structuredContent;
}

describe("approval", () => {
  it("records one decision per request server-side and tells the model", async () => {
    const server = createPrefabServer({ name: "t", version: "1" });
    const decisions: unknown[] = [];
    approval(server, { onDecision: (d) => void decisions.push(d) });
    const c = await connect(server);
    closers.push(c.close);
    const tools = await c.client.listTools();
    expect(tools.tools.map((t) => t.name).sort()).toEqual(["request_approval", "request_approval_decide"]);
    const shown = await call(c, "request_approval", { title: "Refund $120", details: { order: "#1042" } });
    const envelope = validEnvelope(shown);
    const requestId = firstToolCall(envelope)?.arguments.requestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(envelope)).toContain('"action":"sendMessage"');

    const res = await call(c, "request_approval_decide", {
      requestId,
      decision: "reject",
      comment: " too high ",
    });
    expect(res.structuredContent).toMatchObject({
      approved: false,
      comment: "too high",
      message: 'Rejected: "Refund $120". Comment: too high',
    });
    expect(decisions).toHaveLength(1);
    const again = await call(c, "request_approval_decide", { requestId, decision: "approve" });
    expect(again.isError).toBe(true);
    const forged = await call(c, "request_approval_decide", { requestId: "nope", decision: "approve" });
    expect(forged.isError).toBe(true);
    expect(decisions).toHaveLength(1);
  });
});

describe("choice", () => {
  it("maps indices back to the offered options and enforces the rules", async () => {
    const server = createPrefabServer({ name: "t", version: "1" });
    choice(server);
    const c = await connect(server);
    closers.push(c.close);
    const shown = await call(c, "ask_choice", {
      question: "Which regions?",
      options: ["EU", { value: "us", label: "United States" }, "APAC"],
      multiple: true,
      max: 2,
    });
    const requestId = firstToolCall(validEnvelope(shown))?.arguments.requestId as string;
    const tooMany = await call(c, "ask_choice_submit", {
      requestId,
      picked: { 0: true, 1: "true", 2: true },
    });
    expect(text(tooMany)).toContain("at most 2");
    const bogus = await call(c, "ask_choice_submit", { requestId, picked: { 7: true } });
    expect(bogus.isError).toBe(true);
    const ok = await call(c, "ask_choice_submit", { requestId, picked: { 0: true, 1: "true", 2: false } });
    expect(ok.structuredContent).toMatchObject({ values: ["EU", "us"], labels: ["EU", "United States"] });
    expect((await call(c, "ask_choice_submit", { requestId, picked: { 0: true } })).isError).toBe(true);

    const single = await call(c, "ask_choice", { question: "Plan?", options: ["Free", "Pro"] });
    const id2 = firstToolCall(validEnvelope(single))?.arguments.requestId as string;
    expect(
      (await call(c, "ask_choice_submit", { requestId: id2, picked: "1" })).structuredContent,
    ).toMatchObject({
      values: ["Pro"],
    });
  });
});

describe("formInput", () => {
  const Signup = z.object({
    name: z.string().min(1),
    email: z.email(),
    age: z.number().int().min(18, "You must be 18 or older"),
  });

  it("re-validates with the schema and returns per-field errors the view reads", async () => {
    const server = createPrefabServer({ name: "t", version: "1" });
    const received: unknown[] = [];
    formInput(server, {
      name: "signup",
      schema: Signup,
      onSubmit: (data) => {
        if (data.email === "taken@example.com") throw new FormFieldErrors({ email: "already registered" });
        received.push(data);
        return `Welcome, ${data.name}`;
      },
    });
    const c = await connect(server);
    closers.push(c.close);
    const json = JSON.stringify(validEnvelope(await call(c, "signup", {})));
    expect(json).toContain('"invalid":"{{ errors.age ? true : false }}"');
    expect(json).toContain('"type":"FieldError","content":"{{ errors.age }}"');

    const bad = await call(c, "signup_submit", { data: { name: "", email: "nope", age: "12" } });
    expect(bad.isError).toBeFalsy();
    expect(bad.structuredContent).toMatchObject({
      ok: false,
      errors: { name: expect.any(String), email: expect.any(String), age: "You must be 18 or older" },
    });
    const taken = await call(c, "signup_submit", {
      data: { name: "A", email: "taken@example.com", age: "30" },
    });
    expect(taken.structuredContent).toMatchObject({ ok: false, errors: { email: "already registered" } });
    const good = await call(c, "signup_submit", {
      data: { name: "Ada", email: "ada@example.com", age: "36" },
    });
    expect(good.structuredContent).toEqual({ ok: true, errors: {}, message: "Welcome, Ada" });
    expect(received).toEqual([{ name: "Ada", email: "ada@example.com", age: 36 }]);
  });
});

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

describe("fileUpload", () => {
  it("checks size and type on the decoded bytes, not the client's claims", async () => {
    const server = createPrefabServer({ name: "t", version: "1" });
    const storage = memoryStorage();
    fileUpload(server, { maxBytes: 64, accept: "image/png,.csv", storage });
    const c = await connect(server);
    closers.push(c.close);
    validEnvelope(await call(c, "upload_files", { prompt: "Your logo" }));
    const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64");
    const res = await call(c, "upload_files_store", {
      files: [
        { name: "logo.png", size: 1, type: "image/png", data: b64(PNG) },
        { name: "fake.png", size: 1, type: "image/png", data: b64("MZ\u0000\u0001 not a png") },
        { name: "big.png", size: 1, type: "image/png", data: b64(Buffer.concat([PNG, Buffer.alloc(100)])) },
        { name: "data.csv", type: "text/csv", data: b64("a,b\n1,2\n") },
        { name: "bad.png", data: "!!!!" },
      ],
    });
    const out = res.structuredContent as {
      stored: { name: string; type: string; size: number }[];
      rejected: { name: string; reason: string }[];
    };
    expect(out.stored.map((f) => [f.name, f.type, f.size])).toEqual([
      ["logo.png", "image/png", 16],
      ["data.csv", "text/csv", 8],
    ]);
    expect(out.rejected.map((r) => r.name)).toEqual(["fake.png", "big.png", "bad.png"]);
    expect(out.rejected[1]?.reason).toContain("larger than");
    expect(storage.list()).toHaveLength(2);
    const none = await call(c, "upload_files_store", { files: [{ name: "x.exe", data: b64("MZ\u0000") }] });
    expect(none.isError).toBe(true);
  });

  it("fsStorage keeps client names inside the directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prefab-upload-"));
    const storage = fsStorage(dir);
    for (const evil of ["../../etc/passwd", "..\\..\\win.ini", "/abs/path.txt", "....", "a\u0000b.txt"]) {
      const saved = await storage.save({ name: evil, type: "text/plain", bytes: new Uint8Array([65]) });
      expect(saved.location.startsWith(`${dir}/`)).toBe(true);
      expect(saved.location.slice(dir.length + 1)).not.toMatch(/[\\/]/);
      expect(await readFile(saved.location, "utf8")).toBe("A");
    }
    expect(await readdir(dir)).toHaveLength(5);
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("..")).toBe("file");
  });

  it("sniffs types and matches accept lists against them", () => {
    expect(sniffType(PNG, "x.txt")).toBe("image/png");
    expect(sniffType(new TextEncoder().encode("{}"), "a.json")).toBe("application/json");
    expect(sniffType(new Uint8Array([0, 1, 2]), "a.png")).toBe("application/octet-stream");
    expect(acceptsType("image/*", "image/png", "a.png")).toBe(true);
    expect(acceptsType(".pdf", "application/octet-stream", "a.pdf")).toBe(false);
    expect(acceptsType(".pdf", "application/pdf", "a.pdf")).toBe(true);
    expect(acceptsType(undefined, "application/octet-stream", "a")).toBe(true);
  });
});
