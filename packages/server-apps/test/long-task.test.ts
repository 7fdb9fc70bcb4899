/**
 * Live views: the view of a long task polls its status tool until the task is final,
 * then stops (the number of status calls is bounded); Cancel stops the runner; the
 * state lives in the store, so a reopened view resumes where the task is.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { createLongTaskServer } from "../examples/long-task.js";
import { createPrefabServer } from "../src/app-server.js";
import type { TaskSnapshot } from "../src/long-task/task-store.js";
import { type TestApp, testApp } from "../src/testing/index.js";
import { connect } from "./connect.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}
const taskOf = (t: TestApp) => t.state.task as TaskSnapshot;
const statusCalls = (t: TestApp) => t.toolCalls.filter((c) => c.name === "process_items_status").length;

describe("longTask live view", { timeout: 60_000 }, () => {
  it("returns the view at once, reaches 100% and stops polling", async () => {
    const { server } = createLongTaskServer({ stepMs: 10, pollMs: 40 });
    const t = await testApp(server);
    apps.push(t);
    const started = Date.now();
    const res = await t.call("process_items", { count: 20 });
    expect((res.content[0] as { text: string }).text).toMatch(
      /Started "Processing items" \(task [0-9a-f-]+, 20 items\)/,
    );
    // The result carries the task as it was at start; `call` then lets the view run (poll) until quiet.
    const initial = (res.structuredContent as { state: { task: TaskSnapshot } }).state.task;
    expect(initial).toMatchObject({ status: "running", percentDone: 0, total: 20, finished: false });
    expect(initial.items).toHaveLength(20);

    await until(async () => {
      await t.settle();
      return taskOf(t).finished;
    });
    const elapsed = Date.now() - started;
    const task = taskOf(t);
    expect(task).toMatchObject({ status: "done", percentDone: 100, done: 20, result: { processed: 20 } });
    expect(task.items.every((i) => i.status === "done")).toBe(true);
    expect(task.partial).toHaveLength(20);
    expect(t.text()).toContain("20 / 20 · 100%");
    expect(t.container.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow")).toBe("100");

    // Polling stopped: no status call after the final one, however long we wait.
    const calls = statusCalls(t);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(Math.ceil(elapsed / 40) + 2);
    await sleep(300);
    expect(statusCalls(t)).toBe(calls);
    expect(t.toolCalls.every((c) => !c.result?.isError)).toBe(true);
  });

  it("Cancel stops the runner and the polling", async () => {
    const seen: number[] = [];
    let aborted = false;
    const server = createPrefabServer({ name: "c", version: "1" });
    server.longTask("process_items", {
      input: z.object({}),
      pollMs: 30,
      items: () => Array.from({ length: 50 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}` })),
      run: async (_args, { item, signal }) => {
        signal.addEventListener("abort", () => {
          aborted = true;
        });
        for (let i = 0; i < 50; i++) {
          // Ignores the signal on purpose: cancellation must hold even for a careless runner.
          await sleep(20);
          seen.push(i);
          item(`i${i}`, "done");
        }
        return "finished";
      },
    });
    const t = await testApp(server);
    apps.push(t);
    await t.call("process_items");
    await until(async () => {
      await t.settle();
      return taskOf(t).done >= 3;
    });
    await t.click("Cancel");
    const task = taskOf(t);
    expect(task).toMatchObject({ status: "cancelled", finished: true });
    expect(t.toolCalls.some((c) => c.name === "process_items_cancel")).toBe(true);
    await until(() => aborted, 2000);
    const doneAtCancel = task.done;
    const calls = statusCalls(t);
    await sleep(300);
    // The runner kept going, but nothing it wrote after the cancel reached the store.
    expect(seen.length).toBeGreaterThan(doneAtCancel);
    const stored = (await t.client.callTool({
      name: "process_items_status",
      arguments: { taskId: task.id },
    })) as CallToolResult;
    expect(stored.structuredContent).toMatchObject({
      status: "cancelled",
      done: doneAtCancel,
      finished: true,
    });
    expect(statusCalls(t)).toBe(calls);
    const buttons = [...t.container.querySelectorAll("button")].map((b) => b.textContent?.trim());
    expect(buttons).not.toContain("Cancel");
  });

  it("a runner honouring the signal stops; state survives closing and reopening the view", async () => {
    const { server, tools } = createLongTaskServer({ stepMs: 20, pollMs: 1000 });
    const c = await connect(server);
    try {
      const res = (await c.client.callTool({
        name: "process_items",
        arguments: { count: 200 },
      })) as CallToolResult;
      const state = (res.structuredContent as { state: { task: TaskSnapshot } }).state.task;
      await sleep(150);
      // "Reopening" = reading the task by id again, as the re-rendered view does on its first tick.
      const again = await tools.store.get(state.id);
      expect(again?.done).toBeGreaterThan(0);
      const cancelled = (await c.client.callTool({
        name: "process_items_cancel",
        arguments: { taskId: state.id },
      })) as CallToolResult;
      expect(cancelled.structuredContent).toMatchObject({ status: "cancelled" });
      const at = (await tools.store.get(state.id))?.done ?? -1;
      await sleep(150);
      const later = await tools.store.get(state.id);
      expect(later?.done).toBe(at);
      expect(later?.items.filter((i) => i.status === "running").length).toBeLessThanOrEqual(1);
      const missing = (await c.client.callTool({
        name: "process_items_status",
        arguments: { taskId: "nope" },
      })) as CallToolResult;
      expect(missing.isError).toBe(true);
    } finally {
      await c.close();
    }
  });

  it("a failing run ends as failed with the error in the view state", async () => {
    const server = createPrefabServer({ name: "f", version: "1" });
    const { store } = server.longTask("boom", {
      input: z.object({}),
      run: async (_a, { progress }) => {
        progress({ done: 1, total: 4, message: "first" });
        throw new Error("disk full");
      },
    });
    const c = await connect(server);
    try {
      const res = (await c.client.callTool({ name: "boom", arguments: {} })) as CallToolResult;
      const id = (res.structuredContent as { state: { task: TaskSnapshot } }).state.task.id;
      await until(async () => (await store.get(id))?.finished === true, 2000);
      expect(await store.get(id)).toMatchObject({
        status: "failed",
        error: "disk full",
        done: 1,
        percentDone: 25,
      });
      const { tools } = await c.client.listTools();
      const vis = (n: string) =>
        (tools.find((x) => x.name === n)?._meta?.ui as { visibility?: string[] } | undefined)?.visibility;
      expect(vis("boom")).toEqual(["model", "app"]);
      expect(vis("boom_status")).toEqual(["app"]);
      expect(vis("boom_cancel")).toEqual(["app"]);
    } finally {
      await c.close();
    }
  });
});
