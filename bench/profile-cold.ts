/**
 * CPU profile of a cold standalone card load (navigation → painted): CDP `Profiler` on the page from before
 * navigation. Prints top self-time functions and the parse/compile share; writes bench/traces/cold-<kind>.cpuprofile.
 *   npx tsx profile-cold.ts [ours|original|port]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CDPSession } from "playwright-core";
import { CARD_TITLE, cardEnvelope } from "./generate/card.js";
import { withBrowser } from "./lib/browser.js";
import { coldStandalone } from "./lib/host.js";
import type { Kind } from "./lib/renderers.js";
import { textHas } from "./lib/wait.js";

const here = dirname(fileURLToPath(import.meta.url));
const kind = (process.argv[2] ?? "ours") as Kind;

await withBrowser(async (browser) => {
  let session: CDPSession | undefined;
  const r = await coldStandalone(
    browser,
    kind,
    cardEnvelope(),
    textHas(CARD_TITLE, "Open report"),
    60_000,
    async (page) => {
      session = await page.context().newCDPSession(page);
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: 100 });
      await session.send("Profiler.start");
    },
  );
  const { profile } = await session!.send("Profiler.stop");
  mkdirSync(join(here, "traces"), { recursive: true });
  writeFileSync(join(here, "traces", `cold-${kind}.cpuprofile`), JSON.stringify(profile));
  console.log(
    `cold standalone card (${kind}): ${r.ok ? `${r.navToPaint.toFixed(0)} ms navigation → painted` : r.reason}`,
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Only samples up to the paint mark (profile clock is in µs since an arbitrary origin; cut by cumulative time).
  let t = 0;
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    t += (deltas[i] ?? 0) / 1000;
    const f = byId.get(samples[i]!)?.callFrame;
    if (!f) continue;
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const key = `${f.functionName || "(anonymous)"}  ${f.url.replace(/^https?:\/\/[^/]+\//, "")}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  console.log(`sampled ${total.toFixed(0)} ms (${t.toFixed(0)} ms span)`);
  for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
  await r.page.context().close();
});
