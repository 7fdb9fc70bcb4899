/**
 * Browser launch for the benchmark: the system Chromium (harness.ts `CHROMIUM`) with the suites' flags plus what the
 * measurements need. harness.ts `launchChromium()` takes no extra flags, hence this small variant.
 */
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM } from "../../packages/prefab-renderer/test/browser/harness.js";

export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Measurement needs: exact heap figures and no background throttling of the (cross-origin) renderer iframe.
  "--enable-precise-memory-info",
  "--disable-renderer-backgrounding",
  "--disable-background-timer-throttling",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    return await fn(browser);
  } finally {
    await browser.close().catch(() => {});
  }
}
