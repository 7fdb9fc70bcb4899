/**
 * Where a cold hosted load spends its time, per renderer: host navigation → the iframe's navigation start, its
 * response (the file arriving through the harness), DOM parsed, and the painted frame — all relative to the host
 * page's navigation start. Also a "floor" guest: a hand-written page that does the ext-apps handshake in a few lines
 * and prints the card text from the tool result, i.e. what any renderer pays before its own work.
 * `--variant name=path.html` (repeatable) adds another build of ours, e.g. for an A/B of a start-up change.
 *   npx tsx hosted-breakdown.ts [--runs N] [--variant name=path.html]…
 */
import { readFileSync } from "node:fs";
import { CARD_TITLE, cardEnvelope } from "./generate/card.js";
import { withBrowser } from "./lib/browser.js";
import { floorGuest } from "./lib/floor-guest.js";
import { coldHosted } from "./lib/host.js";
import { KINDS } from "./lib/renderers.js";
import { median } from "./lib/stats.js";
import { textHas } from "./lib/wait.js";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const ready = textHas(CARD_TITLE, "Open report");

/** The least a View can do: ui/initialize → initialized → show the tool result's card texts. */
export const FLOOR_GUEST = floorGuest(`(sc, root) => {
  const texts = [];
  const walk = (n) => { if (n && typeof n === "object") { for (const k of ["content", "label"]) if (typeof n[k] === "string") texts.push(n[k]); for (const v of Object.values(n)) walk(v); } };
  walk(sc);
  root.textContent = texts.join(" ");
}`);

const variants = new Map<string, string>();
process.argv.forEach((a, i) => {
  if (a !== "--variant") return;
  const [name, path] = (process.argv[i + 1] ?? "").split("=");
  if (name && path) variants.set(name, readFileSync(path, "utf8"));
});

const rows: Record<string, number[][]> = {};
await withBrowser(async (browser) => {
  for (let i = 0; i < runs; i++) {
    for (const kind of [...KINDS, "floor", ...variants.keys()]) {
      const variant = variants.get(kind);
      const as =
        kind === "floor" ? "port" : variant !== undefined ? "ours" : (kind as (typeof KINDS)[number]);
      const r = await coldHosted(browser, as, cardEnvelope(), ready, 30_000, {
        guestHtml: kind === "floor" ? FLOOR_GUEST : variant,
        timing: true,
      });
      if (!r.ok || !r.timing) {
        console.log(kind, "FAILED", r.reason);
        continue;
      }
      const t = r.timing;
      rows[kind] ??= [];
      rows[kind].push([t.frameStart, t.responseEnd, t.domInteractive, r.navToPaint]);
    }
  }
});
console.log(
  "ms since host navigation start (median of runs): iframe nav start | response end | DOM interactive | painted",
);
for (const [kind, list] of Object.entries(rows)) {
  const col = (i: number) => median(list.map((r) => r[i]!)).toFixed(0);
  console.log(
    `${kind.padEnd(9)} ${col(0).padStart(6)} ${col(1).padStart(6)} ${col(2).padStart(6)} ${col(3).padStart(6)}`,
  );
}
