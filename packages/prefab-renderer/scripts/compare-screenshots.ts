/**
 * Side-by-side screenshots of our renderer and the original `@prefecthq/prefab-ui@0.20.2`, both hosted as MCP Apps
 * in the same minimal AppBridge host page (test/browser/reference-host.ts), at 900×700, light and dark (dark = host
 * context theme "dark").
 *
 *   npx tsx packages/prefab-renderer/scripts/compare-screenshots.ts [--out DIR] [name ...]
 *
 * Names are files of ../shared/prefab-examples without `.json` (default: a representative set). Writes
 * `<name>-ours.png`, `<name>-original.png` (light) and `<name>-dark-ours.png`, `<name>-dark-original.png` into DIR
 * (default /tmp/prefab-compare). Envelopes are 0.2; the original gets them through `upgradeEnvelope`.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureRendererBuilt, launchChromium } from "../test/browser/harness.js";
import { openReferenceHost, type RendererKind } from "../test/browser/reference-host.js";
import { SHARED_DIR } from "../test/shared-dir.js";

const DEFAULT_NAMES = [
  "card-1",
  "metric-6",
  "form-3",
  "data-table-2",
  "bar-chart-1",
  "tabs-1",
  "dialog-1",
  "badge-2",
  "alert-2",
  "pie-chart-1",
  "slider-3",
  "calendar-5",
  "sales-dashboard-1",
];
const WIDTH = 900;
const HEIGHT = 700;

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1]! : "/tmp/prefab-compare";
const examplesDir = join(SHARED_DIR, "prefab-examples");
const names = args.length ? args : DEFAULT_NAMES;
mkdirSync(out, { recursive: true });

const rendererHtml = ensureRendererBuilt();
const browser = await launchChromium();
try {
  for (const theme of ["light", "dark"] as const) {
    for (const kind of ["ours", "original"] as RendererKind[]) {
      const host = await openReferenceHost(browser, kind, {
        width: WIDTH,
        viewport: { width: WIDTH, height: HEIGHT },
        theme,
        rendererHtml,
      });
      for (const name of names) {
        const file = join(examplesDir, `${name}.json`);
        if (!existsSync(file)) {
          console.warn(`skip ${name}: no ${file}`);
          continue;
        }
        const { ready } = await host.render(JSON.parse(readFileSync(file, "utf8")));
        const path = join(out, `${name}${theme === "dark" ? "-dark" : ""}-${kind}.png`);
        await host.page.screenshot({ path });
        console.log(`${ready ? "" : "(not ready) "}${path}`);
      }
      await host.close();
    }
  }
} finally {
  await browser.close();
}
