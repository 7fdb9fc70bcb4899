/**
 * Live view of long work: `process_items` starts processing N items in the background
 * and returns a view at once; the view polls `process_items_status` until the task is
 * done (progress, one row per item, partial results) and can cancel it.
 *
 *   npx tsx packages/server-apps/examples/long-task.ts --http 3001   # or --stdio
 */
import * as z from "zod";
import { createPrefabServer, serveFromArgv, type TaskStore } from "../src/index.js";

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // The listener is removed on each step, or a 100-step task would pile up 100 of them.
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });

export function createLongTaskServer(options: { stepMs?: number; pollMs?: number; store?: TaskStore } = {}) {
  const server = createPrefabServer({ name: "long-task", version: "0.1.0" });
  const tools = server.longTask("process_items", {
    title: "Processing items",
    description: "Process N records (checksum each); the user watches progress and may cancel.",
    input: z.object({ count: z.number().int().min(1).max(1000).default(100) }),
    items: ({ count }) =>
      Array.from({ length: count }, (_, i) => ({ id: `r${i + 1}`, label: `Record ${i + 1}` })),
    pollMs: options.pollMs ?? 1000,
    ...(options.store ? { store: options.store } : {}),
    partialColumns: [
      { key: "id", header: "Record" },
      { key: "checksum", header: "Checksum", align: "right" },
    ],
    run: async ({ count }, { item, emit, signal, progress }) => {
      let sum = 0;
      for (let i = 1; i <= count; i++) {
        const id = `r${i}`;
        item(id, "running");
        await sleep(options.stepMs ?? 50, signal);
        const checksum = (i * 2654435761) % 9973;
        sum += checksum;
        item(id, { status: "done", detail: `checksum ${checksum}` });
        emit({ id, checksum });
        progress({ message: `Record ${i} of ${count}` });
      }
      return { processed: count, sum };
    },
  });
  return { server, tools };
}

export default () => createLongTaskServer().server;

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(() => createLongTaskServer().server);
}
