/**
 * CPU profile of the renderer page's start-up script alone: renderer.html opened as a top-level page (no host, no
 * envelope), profiled from before navigation for 600 ms. Prints top self-time functions.
 *   npx tsx profile-eval.ts
 */
import { writeFileSync } from "node:fs";
import { GUEST_URL, servePages } from "../packages/prefab-renderer/test/browser/harness.js";
import { withBrowser } from "./lib/browser.js";
import { oursRendererHtml } from "./lib/renderers.js";

await withBrowser(async (browser) => {
  const { page } = await servePages(browser, { [GUEST_URL]: oursRendererHtml() });
  const s = await page.context().newCDPSession(page);
  await s.send("Profiler.enable");
  await s.send("Profiler.setSamplingInterval", { interval: 50 });
  await s.send("Profiler.start");
  await page.goto(GUEST_URL, { waitUntil: "load" });
  await page.waitForTimeout(600);
  const { profile } = await s.send("Profiler.stop");
  writeFileSync("traces/eval-ours.cpuprofile", JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const f = byId.get(samples[i]!)?.callFrame;
    if (!f) continue;
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const key = `${f.functionName || "(anonymous)"} :${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(ms.toFixed(1).padStart(7), k);
});
