/**
 * DevTools timeline trace of a cold hosted card load (all processes), then the renderer frame's main thread:
 * self time by event, and its longest tasks on a timeline from the guest document's first parse. Writes
 * bench/traces/cold-hosted-<kind>.json.
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
import { printSelfTimes, threadEvents, traced, traceEvents } from "./lib/trace.js";
import { textHas } from "./lib/wait.js";

const here = dirname(fileURLToPath(import.meta.url));
const arg = process.argv[2] ?? "ours";
const kind = (arg === "floor" ? "port" : arg) as Kind;
const FLOOR = floorGuest(
  `(sc, root) => { root.textContent = JSON.stringify(sc).includes("x") ? ${JSON.stringify(CARD_TITLE)} + " Open report" : ""; }`,
);

await withBrowser(async (browser) => {
  const { result: r, buf } = await traced(browser, () =>
    coldHosted(browser, kind, cardEnvelope(), textHas(CARD_TITLE, "Open report"), 30_000, {
      guestHtml: arg === "floor" ? FLOOR : undefined,
      timing: true,
    }),
  );
  mkdirSync(join(here, "traces"), { recursive: true });
  writeFileSync(join(here, "traces", `cold-hosted-${arg}.json`), buf);
  console.log(`${arg}: painted ${r.navToPaint.toFixed(0)} ms`, r.timing);
  const events = traceEvents(buf);
  // The renderer frame's thread: the one that parsed the guest document.
  const parse = events.find(
    (e) => e.name === "ParseHTML" && /guest\.test|original/.test(e.args?.beginData?.url ?? ""),
  );
  if (!parse) return console.log("no guest ParseHTML in the trace");
  const list = threadEvents(events, parse);
  printSelfTimes("renderer thread", list);
  console.log("tasks over 3 ms, ms from the guest's first parse:");
  for (const e of list.filter((e) => e.name === "RunTask" && e.dur! > 3000 && e.ts >= parse.ts - 1000))
    console.log(
      `  +${((e.ts - parse.ts) / 1000).toFixed(0).padStart(5)} ${(e.dur! / 1000).toFixed(1).padStart(6)}`,
    );
});
