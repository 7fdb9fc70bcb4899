/**
 * The playground end to end in headless Chromium (playwright-core, the system browser; never skipped):
 * start → list tools → call the dashboard tool → click a table row → the backend call shows in the inspector and
 * the detail renders; an app calling a model-only tool is refused (and the inspector says so); a broken envelope
 * in the editor shows a message with its JSON path; export and the stdio bridge work.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PlaygroundHandle, startPlayground } from "../server.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The app's own frame: page → sandbox proxy (second origin) → app. */
function appFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.parentFrame()?.parentFrame() === page.mainFrame());
  if (!frame) throw new Error("the app frame is not there");
  return frame;
}

describe("playground (headless Chromium)", () => {
  let playground: PlaygroundHandle;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
      );
    }
    playground = await startPlayground({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.setDefaultTimeout(60_000);
    // Dev-mode modules load on demand: wait for the DOM, then for the connection below.
    await page.goto(playground.url, { waitUntil: "domcontentloaded", timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  it("serves the sandbox proxy on a second origin", () => {
    expect(playground.sandboxPort).not.toBe(playground.port);
    expect(playground.exampleServerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
  });

  it("connects to the example server and lists its tools, model-visible and app-only marked", async () => {
    await page.getByTestId("connection-status").waitFor({ timeout: 120_000 });
    const list = page.getByTestId("tool-list");
    await list.locator('[data-tool="sales_show_sales_dashboard"]').waitFor();
    const names = await list
      .locator("[data-tool]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-tool")));
    expect(names).toEqual(
      expect.arrayContaining(["sales_show_sales_dashboard", "sales_get_deal", "contacts_manage_contacts"]),
    );
    await expect(list.locator('[data-tool="sales_get_deal"]').textContent()).resolves.toContain("app-only");
    const dashboard = await list.locator('[data-tool="sales_show_sales_dashboard"]').textContent();
    expect(dashboard).toContain("model");
    expect(dashboard).toContain("UI");
  });

  it("calls the dashboard; a row click's backend call shows in the inspector and the detail renders", async () => {
    await page.locator('[data-tool="sales_show_sales_dashboard"]').click();
    await page.getByRole("button", { name: "Call", exact: true }).click();

    const app = page.frameLocator('iframe[data-testid="app-frame"]').frameLocator("iframe");
    await app.getByText("Globex expansion").waitFor({ timeout: 60_000 });
    // The proxy really is another origin than the page.
    const proxyOrigin = await page
      .locator('iframe[data-testid="app-frame"]')
      .evaluate((f) => new URL((f as HTMLIFrameElement).src).origin);
    expect(proxyOrigin).not.toBe(new URL(playground.url).origin);

    await app.getByText("Globex expansion").click();
    await app.getByText("Security review pending.").waitFor({ timeout: 30_000 });

    const rows = page.getByTestId("inspector-row");
    const appCall = rows
      .filter({ hasText: "sales_get_deal" })
      .and(page.locator('[data-channel="app"][data-direction="in"]'));
    const serverCall = rows
      .filter({ hasText: "sales_get_deal" })
      .and(page.locator('[data-channel="server"][data-direction="out"]'));
    await appCall.first().waitFor();
    await serverCall.first().waitFor();
    await expect(appCall.first().textContent()).resolves.toContain("app → host");
    await expect(serverCall.first().textContent()).resolves.toContain("host → server");
    // The result came back to the app, with a duration.
    const back = rows.and(
      page.locator('[data-method="tools/call"][data-channel="app"][data-direction="out"]'),
    );
    await expect(back.last().textContent()).resolves.toMatch(/\d+ ms/);

    // Expand the server request: the payload names the tool and its arguments.
    await serverCall.first().getByRole("button").first().click();
    await expect(serverCall.first().locator("pre").textContent()).resolves.toContain('"id": "d2"');
  });

  it("refuses an app's call to a tool without app visibility and shows the refusal", async () => {
    const frame = appFrame(page);
    const reply = await frame.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const onMessage = (event: MessageEvent) => {
            const data = event.data as { id?: unknown };
            if (data?.id === "refusal-test") {
              window.removeEventListener("message", onMessage);
              resolve(data);
            }
          };
          window.addEventListener("message", onMessage);
          window.parent.postMessage(
            {
              jsonrpc: "2.0",
              id: "refusal-test",
              method: "tools/call",
              params: { name: "echo_model_only", arguments: { text: "hi" } },
            },
            "*",
          );
        }),
    );
    expect(JSON.stringify(reply)).toContain("Refused by the host");
    const refused = page.locator('[data-testid="inspector-row"][data-refused="true"]');
    await refused.first().waitFor();
    expect(await refused.count()).toBeGreaterThanOrEqual(2); // the host's note and the error sent to the app
    // It never reached the server.
    const toServer = page
      .locator('[data-testid="inspector-row"][data-channel="server"][data-direction="out"]')
      .filter({ hasText: "echo_model_only" });
    expect(await toServer.count()).toBe(0);
  });

  it("shows the model view and sends host context changes live", async () => {
    await page.getByRole("tab", { name: "Model view" }).click();
    await expect(page.getByTestId("model-view").textContent()).resolves.toContain("Sales");
    await page.getByRole("tab", { name: "Host context" }).click();
    await page.getByRole("radio", { name: "Dark" }).click();
    await page.getByRole("tab", { name: "Inspector" }).click();
    const change = page
      .locator('[data-testid="inspector-row"][data-method="ui/notifications/host-context-changed"]')
      .last();
    await change.getByRole("button").first().click();
    await expect(change.locator("pre").textContent()).resolves.toContain('"theme": "dark"');
  });

  it("compiles TS DSL in the page, and a broken envelope shows a path-based message", async () => {
    await page.getByRole("tab", { name: "Editor" }).click();
    const text = page.getByTestId("editor-text");
    await text.waitFor();
    // The default sample is DSL code, compiled with sucrase and previewed with <PrefabView>.
    await page.getByRole("radio", { name: "TypeScript DSL" }).click();
    await text.fill(
      'export default PrefabApp({ view: Column(H2("Hello from the DSL"), Badge({ label: "ok" })) });',
    );
    await page.getByTestId("editor-preview").getByText("Hello from the DSL").waitFor({ timeout: 30_000 });

    await page.getByRole("radio", { name: "JSON envelope" }).click();
    await text.fill(
      JSON.stringify({
        $prefab: { version: "0.3" },
        view: {
          type: "Column",
          children: [
            { type: "Text", content: "fine" },
            { type: "Button", label: 42 },
          ],
        },
      }),
    );
    const issue = page.getByTestId("editor-issue").filter({ hasText: "view.children[1].label" });
    await issue.first().waitFor({ timeout: 15_000 });
    await expect(issue.first().textContent()).resolves.toMatch(
      /error view\.children\[1\]\.label: expected string/,
    );

    await text.fill('{ "$prefab": { "version": "0.3" }, "view": ');
    await page
      .getByTestId("editor-issue")
      .filter({ hasText: /line 1/ })
      .first()
      .waitFor();
  });

  it("loads a gallery example and exports standalone HTML", async () => {
    const select = page.getByRole("combobox", { name: "Load an example" });
    await expect.poll(() => select.locator("option").count(), { timeout: 15_000 }).toBeGreaterThan(40);
    await select.selectOption("dsl/card-1");
    await page.getByTestId("editor-preview").getByText("Create project").waitFor({ timeout: 15_000 });

    const res = await fetch(new URL("/api/export", playground.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        envelope: { $prefab: { version: "0.3" }, view: { type: "Text", content: "Hi" } },
      }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="prefab:initial-data"');
    // Vite's dev client reports its HMR socket, which is off in tests.
    expect(pageErrors.filter((e) => !e.includes("WebSocket closed without opened"))).toEqual([]);
  });
});

describe("stdio bridge", () => {
  let playground: PlaygroundHandle;
  beforeAll(async () => {
    const example = join(repoRoot, "packages", "server-apps", "examples", "contacts.ts");
    playground = await startPlayground({
      port: 0,
      exampleServer: false,
      stdio: `"${process.execPath}" --import tsx "${example}" --stdio`,
      stdioCwd: repoRoot,
    });
  });
  afterAll(async () => {
    await playground?.close();
  });

  it("exposes a stdio MCP server as Streamable HTTP", async () => {
    const client = new Client({ name: "test", version: "0" });
    await client.connect(new StreamableHTTPClientTransport(new URL("/api/stdio/mcp", playground.url)));
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("manage_contacts");
    const result = await client.callTool({ name: "list_contacts", arguments: {} });
    expect(JSON.stringify(result.structuredContent)).toContain("Ada Lovelace");
    await client.close();
  }, 90_000);
});
