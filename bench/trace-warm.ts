/**
 * DevTools timeline trace of one warm workload (tree or table-1k), from sending the tool result to the painted frame,
 * for one renderer; then the renderer frame's main-thread time by event (self time). Writes
 * bench/traces/warm-<which>-<kind>.json.
 *   npx tsx trace-warm.ts [tree|table-1k] [ours|original|port]
 */
import { writeFileSync } from "node:fs";
import { rowId, tableEnvelope } from "./generate/table.js";
import { lastLabel, treeEnvelope } from "./generate/tree.js";
import { withBrowser } from "./lib/browser.js";
import { measure, openHost } from "./lib/host.js";
import type { Kind } from "./lib/renderers.js";
import { textHas } from "./lib/wait.js";

const which = process.argv[2] ?? "tree";
const kind = (process.argv[3] ?? "ours") as Kind;
const cases: Record<string, () => { envelope: unknown; pred: string }> = {
  tree: () => ({ envelope: treeEnvelope().envelope, pred: textHas(lastLabel()) }),
  "table-1k": () => ({ envelope: tableEnvelope(1000, false), pred: textHas(rowId(0), rowId(9)) }),
};
const c = cases[which]!();

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

await withBrowser(async (browser) => {
  const host = await openHost(browser, kind);
  await host.page.waitForTimeout(300);
  await browser.startTracing(undefined, {
    categories: ["devtools.timeline", "v8.execute", "blink", "disabled-by-default-devtools.timeline"],
  });
  const r = await measure(host, kind, c.envelope, c.pred, 60_000);
  await host.page.waitForTimeout(100);
  const buf = await browser.stopTracing();
  await host.close();
  writeFileSync(`traces/warm-${which}-${kind}.json`, buf);
  console.log(`${which} ${kind}: ${r.ok ? `${r.ms.toFixed(0)} ms` : r.reason}`);
  const events = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
  // The renderer frame's thread: the one with the most top-level events under FunctionCall of a guest URL.
  const guestCall = events.find(
    (e) => e.name === "FunctionCall" && /guest\.test|original/.test(e.args?.data?.url ?? ""),
  );
  if (!guestCall) return console.log("no guest FunctionCall");
  const list = events
    .filter((e) => e.pid === guestCall.pid && e.tid === guestCall.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  type N = { e: Ev; kids: N[] };
  const roots: N[] = [];
  const stack: N[] = [];
  for (const e of list) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts)
      stack.pop();
    const n: N = { e, kids: [] };
    if (stack.length) stack[stack.length - 1]!.kids.push(n);
    else roots.push(n);
    stack.push(n);
  }
  const self = new Map<string, number>();
  const visit = (n: N) => {
    self.set(
      n.e.name,
      (self.get(n.e.name) ?? 0) + (n.e.dur! - n.kids.reduce((a, k) => a + k.e.dur!, 0)) / 1000,
    );
    n.kids.forEach(visit);
  };
  roots.forEach(visit);
  const total = roots.reduce((a, n) => a + n.e.dur!, 0) / 1000;
  console.log(`renderer thread busy ${total.toFixed(1)} ms; self time by event:`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(v.toFixed(1).padStart(8), k);
});
