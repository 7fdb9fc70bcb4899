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
import { printSelfTimes, threadEvents, traced, traceEvents } from "./lib/trace.js";
import { textHas } from "./lib/wait.js";

const which = process.argv[2] ?? "tree";
const kind = (process.argv[3] ?? "ours") as Kind;
const cases: Record<string, () => { envelope: unknown; pred: string }> = {
  tree: () => ({ envelope: treeEnvelope().envelope, pred: textHas(lastLabel()) }),
  "table-1k": () => ({ envelope: tableEnvelope(1000, false), pred: textHas(rowId(0), rowId(9)) }),
};
const c = cases[which]!();

await withBrowser(async (browser) => {
  const host = await openHost(browser, kind);
  await host.page.waitForTimeout(300);
  const { result: r, buf } = await traced(browser, async () => {
    const r = await measure(host, kind, c.envelope, c.pred, 60_000);
    await host.page.waitForTimeout(100);
    return r;
  });
  await host.close();
  writeFileSync(`traces/warm-${which}-${kind}.json`, buf);
  console.log(`${which} ${kind}: ${r.ok ? `${r.ms.toFixed(0)} ms` : r.reason}`);
  const events = traceEvents(buf);
  // The renderer frame's thread: the one that ran the guest's script.
  const guestCall = events.find(
    (e) => e.name === "FunctionCall" && /guest\.test|original/.test(e.args?.data?.url ?? ""),
  );
  if (!guestCall) return console.log("no guest FunctionCall");
  printSelfTimes("renderer thread", threadEvents(events, guestCall));
});
