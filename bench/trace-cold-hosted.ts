/**
 * DevTools timeline trace of a cold hosted card load (all processes), then a breakdown of the renderer frame's main
 * thread by top-level event between its navigation and the paint mark. Writes bench/traces/cold-hosted-<kind>.json.
 *   npx tsx trace-cold-hosted.ts [ours|original|port|floor]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CARD_TITLE, cardEnvelope } from "./generate/card.js";
import { withBrowser } from "./lib/browser.js";
import { floorGuest } from "./lib/floor-guest.js";
import { coldHosted } from "./lib/host.js";
import type { Kind } from "./lib/renderers.js";
import { textHas } from "./lib/wait.js";

const here = dirname(fileURLToPath(import.meta.url));
const arg = process.argv[2] ?? "ours";
const kind = (arg === "floor" ? "port" : arg) as Kind;
const FLOOR = floorGuest(
  `(sc, root) => { root.textContent = JSON.stringify(sc).includes("x") ? ${JSON.stringify(CARD_TITLE)} + " Open report" : ""; }`,
);

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
  cat: string;
}

await withBrowser(async (browser) => {
  await browser.startTracing(undefined, {
    categories: [
      "devtools.timeline",
      "v8",
      "v8.execute",
      "disabled-by-default-devtools.timeline",
      "blink",
      "loading",
    ],
  });
  const r = await coldHosted(browser, kind, cardEnvelope(), textHas(CARD_TITLE, "Open report"), 30_000, {
    guestHtml: arg === "floor" ? FLOOR : undefined,
    timing: true,
  });
  const buf = await browser.stopTracing();
  mkdirSync(join(here, "traces"), { recursive: true });
  writeFileSync(join(here, "traces", `cold-hosted-${arg}.json`), buf);
  console.log(`${arg}: painted ${r.navToPaint.toFixed(0)} ms`, r.timing);
  const events = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
  // Threads named CrRendererMain: pick the one that ran the guest document (ParseHTML with the guest url).
  const names = new Map<string, string>();
  for (const e of events)
    if (e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const byThread = new Map<string, Ev[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k)!.push(e);
  }
  for (const [k, list] of byThread) {
    if (names.get(k) !== "CrRendererMain") continue;
    const top = list.filter((e) => e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
    // Top-level: not contained in an earlier event on the same thread.
    const tops: Ev[] = [];
    let end = 0;
    for (const e of top) {
      if (e.ts >= end) {
        tops.push(e);
        end = e.ts + (e.dur ?? 0);
      }
    }
    const sum = new Map<string, number>();
    for (const e of tops) sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const all = new Map<string, number>();
    for (const e of top) all.set(e.name, (all.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    const t0 = Math.min(...tops.map((e) => e.ts));
    console.log(
      `\nthread ${k}: top-level busy ${[...sum.values()].reduce((a, b) => a + b, 0).toFixed(1)} ms`,
    );
    for (const [n, ms] of [...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  top ${ms.toFixed(1).padStart(7)}  ${n}`);
    for (const n of [
      "v8.compile",
      "v8.compileModule",
      "V8.CompileCode",
      "v8.parseOnBackground",
      "EvaluateScript",
      "v8.evaluateModule",
      "FunctionCall",
      "ParseHTML",
      "ParseAuthorStyleSheet",
      "UpdateLayoutTree",
      "Layout",
      "Paint",
      "v8.run",
      "V8.GCScavenger",
      "MajorGC",
      "MinorGC",
      "v8.produceCache",
    ]) {
      if (all.has(n)) console.log(`  all ${all.get(n)!.toFixed(1).padStart(7)}  ${n}`);
    }
    // Timeline of big top-level events
    for (const e of tops.filter((e) => (e.dur ?? 0) > 3000))
      console.log(
        `    +${((e.ts - t0) / 1000).toFixed(0).padStart(5)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name}`,
      );
  }
});
