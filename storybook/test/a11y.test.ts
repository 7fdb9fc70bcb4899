/**
 * Accessibility pass over every story, inside `npm test`: builds the static Storybook if it
 * is missing or older than its inputs, serves it on 127.0.0.1, opens one iframe per theme in
 * headless Chromium and switches stories over Storybook's channel (no page reloads), then
 * runs axe on each rendered story in light and dark.
 *
 * axe-core is the engine @axe-core/playwright ships; it is injected once per page and run
 * with `axe.run` (the same call AxeBuilder's legacy mode makes). AxeBuilder re-evaluates the
 * 500 kB engine on every `analyze()` and, by default, opens a blank page per run to finish it:
 * 5–10× slower, which does not fit ~960 audits into the time budget. Every rule stays on.
 * Storybook's own a11y addon run is switched off for these pages (`a11y.manual`) so axe
 * does not run twice per story.
 *
 * Only serious and critical violations count, and every story must be clean: components are
 * fixed, rules are never switched off, and there is no baseline. Authors' own colours are no
 * exception: the renderer makes text readable on an author's background
 * (packages/prefab-renderer/src/styles/author-colours.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";

const storybookDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(storybookDir, "..");
const staticDir = join(storybookDir, "storybook-static");
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];
const COUNTED = new Set(["serious", "critical"]);

// ---------------------------------------------------------------- build if missing or stale

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === "node_modules" || e === "dist" || e.endsWith(".test.ts") || e.endsWith(".test.tsx")) continue;
    max = Math.max(max, newestMtime(join(path, e)));
  }
  return max;
}

function ensureBuild(): void {
  const shared = resolve(process.env.PREFAB_SHARED ?? join(repoRoot, "../shared"));
  const inputs = [
    join(storybookDir, ".storybook"),
    join(storybookDir, "src"),
    join(storybookDir, "scripts"),
    join(storybookDir, "package.json"),
    join(repoRoot, "packages/prefab-renderer/src"),
    join(repoRoot, "packages/prefab-dsl/src"),
    join(shared, "prefab-fixtures"),
    join(shared, "prefab-examples"),
  ];
  const index = join(staticDir, "index.json");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = Math.max(...inputs.map(newestMtime));
  if (built > newest) return;
  console.log(`[a11y] ${built ? "storybook-static is stale" : "no storybook-static"}: building…`);
  execFileSync("npm", ["run", "build-storybook", "--", "--quiet"], { cwd: storybookDir, stdio: "inherit" });
}

// ---------------------------------------------------------------- static server

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
};

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = normalize(
      join(root, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)),
    );
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

// ---------------------------------------------------------------- stories

interface IndexEntry {
  type: string;
  id: string;
  title: string;
  name: string;
  importPath: string;
  exportName: string;
}

interface StoryInfo {
  id: string;
  /** The component the story documents (from the generated entries). */
  component: string;
}

function loadStories(): StoryInfo[] {
  const index = JSON.parse(readFileSync(join(staticDir, "index.json"), "utf8")) as {
    entries: Record<string, IndexEntry>;
  };
  const types = new Map<string, string>();
  const generated = join(storybookDir, ".generated");
  for (const f of existsSync(generated) ? readdirSync(generated) : []) {
    if (!f.endsWith(".json")) continue;
    for (const e of JSON.parse(readFileSync(join(generated, f), "utf8")) as {
      exportName: string;
      type: string;
    }[]) {
      types.set(`${f.replace(/\.json$/, "")}:${e.exportName}`, e.type);
    }
  }
  return Object.values(index.entries)
    .filter((e) => e.type === "story")
    .map((e) => {
      const file = e.importPath.replace(/^.*\//, "").replace(/\.stories\.tsx$/, "");
      return { id: e.id, component: types.get(`${file}:${e.exportName}`) ?? e.title };
    });
}

// ---------------------------------------------------------------- browser

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Switch the preview to a story over Storybook's channel and wait until it rendered. */
async function showStory(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (storyId) =>
      new Promise<string | undefined>((done) => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: StoryChannel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const events: Record<string, (e?: unknown) => void> = {
          storyRendered: () => finish(undefined),
          storyErrored: (e) => finish(`errored: ${JSON.stringify(e)}`),
          storyThrewException: (e) => finish(`threw: ${String((e as { message?: string })?.message ?? e)}`),
          storyMissing: () => finish("missing"),
        };
        const timer = setTimeout(() => finish("render timeout"), 15_000);
        function finish(err: string | undefined) {
          clearTimeout(timer);
          for (const [name, fn] of Object.entries(events)) channel.off(name, fn);
          done(err);
        }
        for (const [name, fn] of Object.entries(events)) channel.on(name, fn);
        // The page opens on the first story: if that render already finished (a quick one, such as a chart
        // with no data), Storybook ignores a request for the story it shows, so no event would come.
        const current = (window as unknown as { __STORYBOOK_PREVIEW__?: StoryPreview }).__STORYBOOK_PREVIEW__
          ?.currentRender;
        if (current?.id === storyId && current.phase !== undefined) {
          if (["completed", "afterEach", "finished", "played"].includes(current.phase))
            return finish(undefined);
          if (current.phase === "errored") return finish("errored");
        }
        channel.emit("setCurrentStory", { storyId, viewMode: "story" });
      }),
    id,
  );
}
interface StoryPreview {
  currentRender?: { id?: string; phase?: string };
}
interface StoryChannel {
  on(name: string, fn: (e?: unknown) => void): void;
  off(name: string, fn: (e?: unknown) => void): void;
  emit(name: string, payload: unknown): void;
}

/** Lazy views (charts, tables, Markdown…) show a `.pf-loading` placeholder until their chunk is in. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.querySelectorAll("#storybook-root .pf-loading").length === 0, null, {
      timeout: 5_000,
      polling: 50,
    })
    .catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Found {
  rules: string[];
  details: string[];
}

/** axe-core from @axe-core/playwright's own dependency (the version it was built against). */
function axeSource(): string {
  const require = createRequire(import.meta.url);
  const fromPlaywright = createRequire(require.resolve("@axe-core/playwright"));
  return readFileSync(fromPlaywright.resolve("axe-core/axe.min.js"), "utf8");
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function audit(page: Page): Promise<Found> {
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run({ include: [["#storybook-root"]] }, { resultTypes: ["violations"] });
    return result.violations as AxeViolation[];
  });
  const counted = violations.filter((v) => COUNTED.has(v.impact ?? ""));
  return {
    rules: counted.map((v) => v.id),
    details: counted.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(" ")}`,
    ),
  };
}

// ---------------------------------------------------------------- the test

let server: Server | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ensureBuild();
  server = await serve(staticDir);
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it or set CHROMIUM_PATH (this test never skips)`,
    );
  }
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

test("every story: no serious/critical axe violations (light and dark)", async () => {
  const stories = loadStories();
  expect(stories.length).toBeGreaterThan(0);
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const found = new Map<string, Map<Theme, Found>>();
  const axe = axeSource();
  const started = Date.now();
  const renderErrors: string[] = [];
  /** Stories showing the renderer's inline error (a view not written yet, or an invalid node). */
  const inlineErrors = new Map<string, string>();

  // One page per theme, in parallel; each page loads the iframe once and switches stories.
  await Promise.all(
    THEMES.map(async (theme) => {
      const context = await browser!.newContext({
        viewport: { width: 1024, height: 768 },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      // a11y.manual: Storybook's addon would otherwise run axe after every render too.
      const open = async (id: string) => {
        for (let attempt = 1; ; attempt++) {
          try {
            await page.goto(
              `${base}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme};a11y.manual:!true`,
            );
            await page.waitForFunction(() => "__STORYBOOK_ADDONS_CHANNEL__" in window);
            await page.addScriptTag({ content: axe });
            return;
          } catch (e) {
            // A reload Storybook started itself can interrupt ours: let it finish, then try again.
            if (attempt === 3) throw e;
            await page.waitForLoadState("load").catch(() => undefined);
          }
        }
      };
      await open(stories[0]!.id);
      for (const s of stories) {
        try {
          const err = await showStory(page, s.id);
          if (err) renderErrors.push(`${s.id} [${theme}]: ${err}`);
          await settle(page);
          if (theme === "light") {
            const msg = await page.evaluate(
              () =>
                document.querySelector("#storybook-root [data-prefab-error]")?.textContent?.slice(0, 120) ??
                "",
            );
            if (msg) inlineErrors.set(s.id, msg);
          }
          const f = await audit(page);
          if (f.rules.length > 0) {
            const byTheme = found.get(s.id) ?? new Map<Theme, Found>();
            byTheme.set(theme, f);
            found.set(s.id, byTheme);
          }
        } catch (e) {
          // The preview reloaded under us (Storybook does after some story errors): report it, carry on.
          renderErrors.push(`${s.id} [${theme}]: ${String((e as Error).message ?? e).split("\n")[0]}`);
          await open(s.id);
        }
      }
      await context.close();
    }),
  );

  // Story id → rule ids (union over themes).
  const current: Record<string, string[]> = {};
  for (const s of stories) {
    const rules = new Set([...(found.get(s.id)?.values() ?? [])].flatMap((f) => f.rules));
    if (rules.size > 0) current[s.id] = [...rules].sort();
  }

  // Report: totals, then rule counts per component.
  const byComponent = new Map<string, Map<string, number>>();
  for (const s of stories) {
    for (const rule of current[s.id] ?? []) {
      const m = byComponent.get(s.component) ?? new Map<string, number>();
      m.set(rule, (m.get(rule) ?? 0) + 1);
      byComponent.set(s.component, m);
    }
  }
  const lines = [
    `[a11y] ${stories.length} stories, ${Object.keys(current).length} with serious/critical violations ` +
      `(${THEMES.join(" + ")}, ${Math.round((Date.now() - started) / 1000)} s)`,
    ...[...byComponent]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, m]) => `  ${c}: ${[...m].map(([r, n]) => `${r} ×${n}`).join(", ")}`),
  ];
  if (inlineErrors.size > 0) {
    lines.push(
      `[a11y] ${inlineErrors.size} stories show an inline render error:`,
      ...[...inlineErrors].map(([id, m]) => `  ${id}: ${m}`),
    );
  }
  if (renderErrors.length > 0)
    lines.push(`[a11y] render problems (${renderErrors.length}):`, ...renderErrors.map((e) => `  ${e}`));
  console.log(lines.join("\n"));

  const violations: string[] = [];
  for (const id of Object.keys(current)) {
    for (const [theme, f] of found.get(id) ?? [])
      for (const d of f.details) violations.push(`${id} [${theme}] ${d}`);
  }
  // A story that did not render was not audited (axe would have seen the previous story).
  expect(renderErrors, "stories that did not render").toEqual([]);
  expect(violations, `serious/critical axe violations:\n${violations.join("\n")}`).toEqual([]);
}, 600_000);
