/**
 * The custom HTML tier end to end: the sketchpad page is built with plain Vite into one
 * file, served by the example server over Streamable HTTP on 127.0.0.1, and loaded by
 * the e2e host page (SDK Client + ext-apps AppBridge, `allow-scripts` sandbox) in
 * headless Chromium. The page's typed `callTool("analyse_series", …)` goes through the
 * bridge to the server, and its answer shows up in the page.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CallToolResult, ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../prefab-renderer/test/browser/harness.js";
import { buildCanvasWidget } from "../examples/canvas-widget/build.js";
import { createCanvasServer } from "../examples/canvas-widget/server.js";
import { type HttpHandle, serveHttp } from "../src/serve-http.js";
import { connect } from "./connect.js";
import type { E2eHost } from "./e2e/host-page.js";
import { serveHostPage } from "./e2e/serve-host-page.js";

const _here = dirname(fileURLToPath(import.meta.url));

describe("custom HTML app: the Vite sketchpad", { timeout: 180_000 }, () => {
  let dist: string;
  let browser: Browser;
  let mcp: HttpHandle;
  let hostPage: { url: string; server: Server };

  beforeAll(async () => {
    dist = await buildCanvasWidget(mkdtempSync(join(tmpdir(), "prefab-sketchpad-test-")));
    // No Chromium is a failure, never a skip: this is the only test of the HTML tier in a browser.
    browser = await launchChromium();
    const target = { mcpUrl: "", tool: "show_sketchpad" };
    hostPage = await serveHostPage(target);
    mcp = await serveHttp(createCanvasServer({ dist }), {
      port: 0,
      corsOrigins: [new URL(hostPage.url).origin],
    });
    target.mcpUrl = mcp.url;
  });

  afterAll(async () => {
    await browser?.close();
    await mcp?.close();
    await new Promise<void>((resolve) => (hostPage ? hostPage.server.close(() => resolve()) : resolve()));
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("serves one self-contained document with _meta.ui on the resource, not the tool", async () => {
    const c = await connect(createCanvasServer({ dist }));
    try {
      const { tools } = await c.client.listTools();
      const tool = tools.find((t) => t.name === "show_sketchpad");
      const ui = tool?._meta?.ui as Record<string, unknown>;
      expect(ui.resourceUri).toMatch(/^ui:\/\/prefab-html\/show_sketchpad-[0-9a-f]{12}\.html$/);
      expect(ui).not.toHaveProperty("csp");
      expect(tool?._meta?.["ui/resourceUri"]).toBe(ui.resourceUri);
      const expectedMeta = { csp: { connectDomains: [], resourceDomains: [] }, prefersBorder: true };
      const { resources } = await c.client.listResources();
      expect(resources.find((r) => r.uri === ui.resourceUri)?._meta).toEqual({ ui: expectedMeta });
      const read = (await c.client.readResource({ uri: String(ui.resourceUri) })) as ReadResourceResult;
      const item = read.contents[0] as { mimeType: string; text: string; _meta: unknown };
      expect(item.mimeType).toBe("text/html;profile=mcp-app");
      expect(item._meta).toEqual({ ui: expectedMeta });
      // Inlined: no script or stylesheet is fetched from anywhere.
      expect(item.text).not.toMatch(/<script[^>]*\ssrc=/);
      expect(item.text).not.toMatch(/<link[^>]*stylesheet/);
      const res = (await c.client.callTool({ name: "show_sketchpad", arguments: {} })) as CallToolResult;
      expect(res.structuredContent).toEqual({ title: "Sketchpad", values: [3, 5, 4, 8, 6, 9, 12, 10, 14] });
      expect((res.content[0] as { text: string }).text).toContain("9 points");
    } finally {
      await c.close();
    }
  });

  it("renders through AppBridge, plots the result, and its typed callTool reaches the server", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(hostPage.url);
    await page.waitForFunction(() => "__e2e" in window);
    await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.ready);
    const guest = page.frames().find((f) => f !== page.mainFrame()) as Frame;
    expect(guest).toBeDefined();
    expect(await guest.evaluate(() => window.origin)).toBe("null");

    await guest.getByText("9 points").waitFor({ timeout: 20_000 });
    // The sparkline was drawn: some canvas pixels are not transparent.
    const inked = await guest.evaluate(() => {
      const canvas = document.getElementById("pad") as HTMLCanvasElement;
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height - 2).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(100);

    await guest.getByRole("button", { name: "Analyse" }).click();
    await guest.getByText(/trend rising/).waitFor({ timeout: 10_000 });
    expect(await guest.locator("#summary").textContent()).toBe("min 3 · max 14 · mean 7.9 · trend rising");
    const calls = await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.viewCalls);
    expect(calls.map((c) => [c.name, c.arguments])).toEqual([
      ["analyse_series", { values: [3, 5, 4, 8, 6, 9, 12, 10, 14] }],
    ]);
    expect(calls[0]?.result.structuredContent).toMatchObject({ min: 3, max: 14, trend: "rising" });

    // Drawing a falling line and analysing it again sends the drawn values.
    const box = await guest.locator("#pad").boundingBox();
    if (!box) throw new Error("no canvas box");
    await page.mouse.move(box.x + 10, box.y + 20);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 10 + i * 40, box.y + 20 + i * 15);
    await page.mouse.up();
    await guest.getByRole("button", { name: "Analyse" }).click();
    await guest.getByText(/trend falling/).waitFor({ timeout: 10_000 });
    const after = await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.viewCalls);
    expect(after).toHaveLength(2);
    expect((after[1]?.arguments as { values?: number[] } | undefined)?.values?.length).toBeGreaterThan(5);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __e2e: E2eHost }).__e2e.errors)).toEqual([]);
    await page.close();
  });
});
