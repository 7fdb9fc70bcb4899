/**
 * Generative UI in a real host: while the model writes `prefab_render({envelope})`,
 * the host streams healed arguments (`ui/notifications/tool-input-partial`); the
 * renderer shows what is finished and skeletons for the rest, then the result.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureRendererBuilt,
  type HostedRenderer,
  launchChromium,
  openHostedRenderer,
  settle,
} from "./harness.js";
import type { TestHostWindow } from "./host-page.js";

describe("streaming generative UI through the real AppBridge", { timeout: 60_000 }, () => {
  let browser: Browser;
  let hosted: HostedRenderer;
  const host = <T>(fn: (h: TestHostWindow["__host"]) => T | Promise<T>) =>
    hosted.page.evaluate(`(${fn.toString()})(window.__host)`) as Promise<T>;

  beforeAll(async () => {
    const html = ensureRendererBuilt();
    browser = await launchChromium();
    hosted = await openHostedRenderer(browser, html);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders partial envelopes as they stream, with skeletons, then the final result", async () => {
    await hosted.guest.getByText("Waiting for data…").waitFor();
    // A healed object whose second child is still missing its required `value`.
    await host((h) =>
      h.bridge.sendToolInputPartial({
        arguments: {
          envelope: {
            view: {
              type: "Column",
              children: [
                { type: "H1", content: "Quarterly" },
                { type: "Metric", label: "Revenue" },
              ],
            },
          },
        },
      }),
    );
    await hosted.guest.getByText("Quarterly").waitFor();
    await hosted.guest.locator(".pf-skeleton").first().waitFor();
    expect(await hosted.guest.locator("[data-prefab-error]").count()).toBe(0);

    // Some models pass the envelope as a JSON string: a prefix of it still renders.
    await host((h) =>
      h.bridge.sendToolInputPartial({
        arguments: {
          envelope:
            '{"view":{"type":"Column","children":[{"type":"H1","content":"Quarterly report"},{"type":"P","content":"Rev',
        },
      }),
    );
    await hosted.guest.getByText("Quarterly report").waitFor();
    await hosted.guest.getByText("Rev", { exact: true }).waitFor();

    // The result replaces the preview; nothing is a skeleton any more.
    await host((h) =>
      h.sendEnvelope({
        $prefab: { version: "0.3" },
        view: {
          type: "Column",
          children: [
            { type: "H1", content: "Quarterly report" },
            { type: "Metric", label: "Revenue", value: "$1.2M" },
          ],
        },
      }),
    );
    await hosted.guest.getByText("$1.2M").waitFor();
    expect(await hosted.guest.locator(".pf-skeleton").count()).toBe(0);
    const report = await settle(hosted.guest, "view");
    expect(report.inlineErrors).toEqual([]);
    expect(report.uncaught).toEqual([]);
  });
});
