/**
 * End to end in headless Chromium: the sales-dashboard server on 127.0.0.1 over
 * stateless Streamable HTTP; a host page (another 127.0.0.1 origin, so CORS is real)
 * with an SDK Client and the ext-apps AppBridge loads renderer.html from
 * `resources/read` into a sandboxed iframe; a click on a table row calls `get_deal`
 * on the server through the bridge, and the deal's details appear in the view.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../prefab-renderer/test/browser/harness.js";
import { createSalesServer } from "../examples/sales-dashboard.js";
import { DEFAULT_RENDERER_PATH } from "../src/renderer-html.js";
import { type HttpHandle, serveHttp } from "../src/serve-http.js";
import type { E2eHost } from "./e2e/host-page.js";
import { serveHostPage } from "./e2e/serve-host-page.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..", "..");

/** The renderer build is an input of this test: build it when it is missing (never skip). */
function ensureRenderer(): void {
  if (existsSync(DEFAULT_RENDERER_PATH)) return;
  execFileSync(
    process.platform === "win32" ? "npm.cmd" : "npm",
    ["run", "build", "-w", "@prefab-ui/renderer"],
    {
      cwd: repo,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (!existsSync(DEFAULT_RENDERER_PATH))
    throw new Error(`renderer build did not produce ${DEFAULT_RENDERER_PATH}`);
}

describe("e2e: sales dashboard in headless Chromium over Streamable HTTP", { timeout: 120_000 }, () => {
  let browser: Browser;
  let mcp: HttpHandle;
  let hostPage: { url: string; server: Server };
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureRenderer();
    browser = await launchChromium();
    const target = { mcpUrl: "", tool: "show_sales_dashboard" };
    hostPage = await serveHostPage(target);
    mcp = await serveHttp(createSalesServer(), { port: 0, corsOrigins: [new URL(hostPage.url).origin] });
    target.mcpUrl = mcp.url;
  });

  afterAll(async () => {
    await browser?.close();
    await mcp?.close();
    await new Promise<void>((resolve) => (hostPage ? hostPage.server.close(() => resolve()) : resolve()));
  });

  it("loads the renderer from resources/read, and a row click fetches the deal from the server", async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 1300 }, locale: "en-US" });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(hostPage.url);
    await page.waitForFunction(() => "__e2e" in window);
    await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.ready);
    const uri = await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.rendererUri);
    expect(uri).toMatch(/^ui:\/\/prefab\/renderer-[0-9a-f]{12}\.html$/);

    const guest = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    expect(guest).toBeDefined();
    expect(await guest.evaluate(() => window.origin)).toBe("null"); // sandboxed: opaque origin
    const row = guest.getByRole("row", { name: /Globex expansion/ });
    await row.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => guest.locator("body").textContent())
      .toContain("Click a deal to see its details.");
    expect(await guest.locator("body").textContent()).not.toContain("Security review pending.");

    await row.click();
    await guest.getByText("Security review pending.").waitFor({ timeout: 10_000 });
    const calls = await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.viewCalls);
    expect(calls.map((c) => [c.name, c.arguments])).toEqual([["get_deal", { id: "d2" }]]);
    expect(calls[0]?.result.structuredContent).toMatchObject({ name: "Globex expansion", amount: 120_000 });
    const text = await guest.locator("body").textContent();
    expect(text).toContain("Owner: Grace");
    expect(text).toContain("$120,000.00");
    expect(text).not.toContain("Click a deal to see its details.");
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.errors)).toEqual([]);
  });
});
