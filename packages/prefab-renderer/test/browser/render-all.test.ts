/**
 * Every shared fixture and example, rendered by the BUILT `dist/renderer.html` inside a host page that drives it
 * through the real ext-apps `AppBridge`: one page, envelopes sent one after another as tool results.
 *
 * Between two envelopes the host sends a result without an envelope; the renderer shows its status panel, which
 * unmounts the previous view (timers cleared, fresh store) and tells us exactly when the next render starts.
 *
 * A file is clean with zero console errors, zero uncaught exceptions and zero `[data-prefab-error]` nodes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED_DIR } from "../shared-dir.js";
import {
  ensureRendererBuilt,
  type HostedRenderer,
  launchChromium,
  openHostedRenderer,
  type RenderReport,
  settle,
} from "./harness.js";
import type { TestHostWindow } from "./host-page.js";

/**
 * Clean renders recorded on the last run. Raise it when views land; the suite fails if the count drops below.
 * (2026-11-25: every view registered; 420/420 in two consecutive runs.)
 */
const CLEAN_BASELINE = 420;

const SHARED = join(SHARED_DIR);
const FIXTURES = join(SHARED, "prefab-fixtures");
const EXAMPLES = join(SHARED, "prefab-examples");

interface Case {
  name: string;
  envelope: unknown;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

function cases(): Case[] {
  const out: Case[] = [];
  for (const file of jsonFiles(join(FIXTURES, "components"))) {
    out.push({ name: `components/${basename(file)}`, envelope: { view: read(file) } });
  }
  for (const file of jsonFiles(join(FIXTURES, "actions"))) {
    const label = basename(file, ".json");
    out.push({
      name: `actions/${basename(file)}`,
      envelope: { view: { type: "Button", label, onClick: read(file) } },
    });
  }
  for (const file of jsonFiles(EXAMPLES))
    out.push({ name: `examples/${basename(file)}`, envelope: read(file) });
  return out;
}

interface Outcome {
  name: string;
  problems: string[];
}

function problemsOf(report: RenderReport): string[] {
  return [
    ...report.uncaught.map((e) => `uncaught: ${e}`),
    ...report.consoleErrors.map((e) => `console.error: ${e}`),
    ...report.inlineErrors.map((e) => `inline error ${e}`),
  ];
}

describe("renderer.html renders every fixture and example", () => {
  let browser: Browser;
  let hosted: HostedRenderer;

  beforeAll(async () => {
    const html = ensureRendererBuilt();
    browser = await launchChromium();
    hosted = await openHostedRenderer(browser, html);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("counts clean renders and does not regress", async () => {
    const all = cases();
    expect(all.length).toBe(420);
    const { page, guest } = hosted;
    const outcomes: Outcome[] = [];
    let nativeSeen = 0;
    const nativeErrors = () => {
      const fresh = hosted.browserConsoleErrors
        .slice(nativeSeen)
        // Our wrapper already recorded console.error calls; keep only what Chromium itself logged.
        .filter((t) => t.startsWith("Failed to load resource") || t.includes("Content Security Policy"));
      nativeSeen = hosted.browserConsoleErrors.length;
      return fresh.map((t) => `browser: ${t}`);
    };

    for (const [i, c] of all.entries()) {
      await page.evaluate(
        (text) =>
          (window as unknown as TestHostWindow).__host.sendResult({ content: [{ type: "text", text }] }),
        `next: ${c.name}`,
      );
      // Problems surfacing while the previous view unmounts belong to the previous file.
      const between = await settle(guest, "status", 0);
      const previous = outcomes[i - 1];
      if (previous) previous.problems.push(...problemsOf(between), ...nativeErrors());

      await page.evaluate(
        (envelope) => (window as unknown as TestHostWindow).__host.sendEnvelope(envelope),
        c.envelope,
      );
      const report = await settle(guest, "view");
      outcomes.push({ name: c.name, problems: [...problemsOf(report), ...nativeErrors()] });
    }
    const last = outcomes.at(-1);
    if (last) {
      await page.evaluate(() =>
        (window as unknown as TestHostWindow).__host.sendResult({
          content: [{ type: "text", text: "done" }],
        }),
      );
      last.problems.push(...problemsOf(await settle(guest, "status", 0)), ...nativeErrors());
    }

    const clean = outcomes.filter((o) => o.problems.length === 0).length;
    const unclean = outcomes.filter((o) => o.problems.length > 0);
    const lines = unclean.map(
      (o) => `  ${o.name}: ${o.problems[0]}${o.problems.length > 1 ? ` (+${o.problems.length - 1})` : ""}`,
    );
    console.log(
      `${clean}/${all.length} render clean\n${unclean.length ? `Unclean:\n${lines.join("\n")}` : ""}`,
    );
    expect(clean, `clean renders dropped below the recorded ${CLEAN_BASELINE}`).toBeGreaterThanOrEqual(
      CLEAN_BASELINE,
    );
  }, 600_000);
});
