/**
 * A/B of the renderer's own start-up: each HTML file opened as a top-level page (no host, no envelope) until its
 * "Waiting for data" panel is in the DOM, alternating A and B in fresh browser contexts; prints the medians.
 *   npx tsx ab-startup.ts a.html b.html [--runs N]
 */
import { readFileSync } from "node:fs";
import { GUEST_URL, servePages } from "../packages/prefab-renderer/test/browser/harness.js";
import { withBrowser } from "./lib/browser.js";
import { median } from "./lib/stats.js";
import { AWAIT_WAIT, textHas, WAITER, type WaitResult } from "./lib/wait.js";

const files = process.argv.slice(2).filter((a) => a.endsWith(".html"));
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 11;
const times = files.map(() => [] as number[]);
await withBrowser(async (browser) => {
  for (let i = 0; i < runs; i++) {
    for (const [k, file] of files.entries()) {
      const { page, context } = await servePages(browser, { [GUEST_URL]: readFileSync(file, "utf8") });
      await context.addInitScript(`window.__benchWait = ${WAITER}(${textHas("Waiting for data")}, 20000)`);
      await page.goto(GUEST_URL, { waitUntil: "commit" });
      const r = await page.evaluate<WaitResult>(AWAIT_WAIT);
      if (r.ok) times[k]!.push(r.sinceOrigin);
      await context.close();
    }
  }
});
for (const [k, file] of files.entries())
  console.log(
    `${file}: median ${median(times[k]!).toFixed(1)} ms (n=${times[k]!.length}, min ${Math.min(...times[k]!).toFixed(1)})`,
  );
