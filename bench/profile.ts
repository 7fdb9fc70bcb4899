/**
 * CPU profile of ours on one workload envelope (default: the 100k-row DataTable): CDP `Profiler` on the renderer
 * iframe's target AND on the host page, from sending the tool result to the painted frame. Prints the top self-time
 * functions of each and writes the .cpuprofile files to bench/traces/ (not committed).
 *
 *   npx tsx profile.ts [table-100k|table-10k|charts|tree] [--kind ours|original]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CDPSession } from "playwright-core";
import { chartsEnvelope } from "./generate/charts.js";
import { rowId, tableEnvelope } from "./generate/table.js";
import { lastLabel, treeEnvelope } from "./generate/tree.js";
import { withBrowser } from "./lib/browser.js";
import { frameSession, measure, openHost } from "./lib/host.js";
import type { Kind } from "./lib/renderers.js";
import { textHas } from "./lib/wait.js";

const here = dirname(fileURLToPath(import.meta.url));
const which = process.argv[2] ?? "table-100k";
const kind = (
  process.argv.includes("--kind") ? process.argv[process.argv.indexOf("--kind") + 1] : "ours"
) as Kind;

const cases: Record<string, () => { envelope: unknown; pred: string }> = {
  "table-100k": () => ({ envelope: tableEnvelope(100_000, false), pred: textHas(rowId(0), rowId(9)) }),
  "table-10k": () => ({ envelope: tableEnvelope(10_000, true), pred: textHas(rowId(0), rowId(9)) }),
  "table-1k": () => ({ envelope: tableEnvelope(1000, false), pred: textHas(rowId(0), rowId(9)) }),
  charts: () => ({
    envelope: chartsEnvelope(),
    pred: `((root) => [...root.querySelectorAll("svg")].filter((s) => [...s.querySelectorAll("path")].some((p) => (p.getAttribute("d") || "").length > 1000)).length >= 24)`,
  }),
  tree: () => ({ envelope: treeEnvelope().envelope, pred: textHas(lastLabel()) }),
};

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function top(profile: Profile, n = 25): string[] {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!node) continue;
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"}  ${f.url.replace(/^https?:\/\/[^/]+\//, "")}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  return [
    `total sampled ${total.toFixed(0)} ms`,
    ...[...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
      ),
  ];
}

async function start(s: CDPSession) {
  await s.send("Profiler.enable");
  await s.send("Profiler.setSamplingInterval", { interval: 200 });
  await s.send("Profiler.start");
}

const { envelope, pred } = cases[which]!();
await withBrowser(async (browser) => {
  const host = await openHost(browser, kind);
  const guest = await frameSession(host.page, host.frame);
  const hostSession = await host.page.context().newCDPSession(host.page);
  const r = await measure(host, kind, envelope, pred, 120_000, async () => {
    await start(guest);
    await start(hostSession);
  });
  const { profile: g } = await guest.send("Profiler.stop");
  const { profile: h } = await hostSession.send("Profiler.stop");
  mkdirSync(join(here, "traces"), { recursive: true });
  writeFileSync(join(here, "traces", `${which}-${kind}-guest.cpuprofile`), JSON.stringify(g));
  writeFileSync(join(here, "traces", `${which}-${kind}-host.cpuprofile`), JSON.stringify(h));
  console.log(`${which} (${kind}): ${r.ok ? `${r.ms.toFixed(0)} ms to painted` : `FAILED ${r.reason}`}`);
  console.log("\nRenderer iframe, top self time:");
  for (const l of top(g as Profile)) console.log(`  ${l}`);
  console.log("\nHost page, top self time:");
  for (const l of top(h as Profile, 10)) console.log(`  ${l}`);
  await host.close();
});
