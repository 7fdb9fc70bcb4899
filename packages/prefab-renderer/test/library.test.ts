/**
 * The library entry as an outside consumer gets it (`@prefab-ui/renderer` → dist/lib, built by vite.lib.config.ts
 * and tsconfig.lib.json), not the sources: every check runs a separate process that resolves the package through
 * its `exports` without the monorepo's `source` condition.
 *
 * dist/lib is (re)built here when it is missing or older than its inputs, like the browser suites do for
 * renderer.html (test/browser/harness.ts); with PREFAB_SKIP_BUILD=1 (scripts/test.mjs has just built everything)
 * it is used as is.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FrameProblems, HOST_URL, launchChromium, servePages } from "./browser/harness.js";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const REPO_DIR = join(PACKAGE_DIR, "..", "..");
const LIB = join(PACKAGE_DIR, "dist", "lib");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
/** Scratch projects live under node_modules so that they resolve react, vite… and `@prefab-ui/renderer`. */
const SCRATCH = join(PACKAGE_DIR, "node_modules", ".cache");

/** A child process's environment: no vitest NODE_ENV=test (builds would not be production builds), no loaders. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.NODE_OPTIONS;
  return env;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds dist/lib (and the dsl types it needs) unless it is newer than every input. */
function ensureLibraryBuilt(): void {
  // tsc (declarations) is the last step of build:lib: its entry file marks a complete build.
  const marker = join(LIB, "index.d.ts");
  const inputs = ["src", "vite.lib.config.ts", "tsconfig.lib.json", "package.json"].map((p) =>
    join(PACKAGE_DIR, p),
  );
  const stale = () => {
    const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
    return inputs.some((p) => newestMtime(p) > built);
  };
  if (process.env.PREFAB_SKIP_BUILD === "1" || !stale()) return;
  // Another run may be building: the one that gets the lock builds, the others wait (mkdir is atomic).
  const lock = join(PACKAGE_DIR, "dist", ".lib-build-lock");
  mkdirSync(dirname(lock), { recursive: true });
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true });
      sleep(200);
    }
  }
  try {
    if (!stale()) return;
    const run = (args: string[], cwd: string) =>
      execFileSync(npm, args, { cwd, env: childEnv(), stdio: ["ignore", "ignore", "inherit"] });
    if (!existsSync(join(REPO_DIR, "packages", "prefab-dsl", "dist", "index.d.ts")))
      run(["run", "build", "-w", "@prefab-ui/dsl"], REPO_DIR);
    run(["run", "build:lib"], PACKAGE_DIR);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs an ES module script with plain Node (no vitest transform), cwd = the package; returns its stdout. */
function runNode(script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: PACKAGE_DIR,
    env: childEnv(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The package's runtime dependencies (the heavy ones must stay in lazy modules while they are used). */
const dependencies = (): string[] =>
  Object.keys(JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")).dependencies ?? {});

const scratchDirs: string[] = [];
function scratchDir(name: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, `prefab-${name}-`));
  scratchDirs.push(dir);
  return dir;
}

beforeAll(() => {
  ensureLibraryBuilt();
  if (!existsSync(join(LIB, "index.js")))
    throw new Error("dist/lib is missing: run `npm run build -w @prefab-ui/renderer` first");
}, 600_000);

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** The test view; `authorClass`: a Button with an author class, for which PrefabView first loads the class merger. */
const envelope = (authorClass: boolean) => ({
  version: "0.3",
  state: { who: "library" },
  view: {
    type: "Column",
    children: [
      { type: "Heading", content: "Hello from the {{ who }}" },
      { type: "Button", label: "Press", ...(authorClass ? { cssClass: "bg-emerald-500" } : {}) },
      // Lazy views: their modules are loaded through `import()` of dist/lib files.
      { type: "Markdown", content: "Some **bold markdown**" },
      {
        type: "BarChart",
        data: [{ month: "Jan", sales: 3 }],
        series: [{ dataKey: "sales" }],
        xAxis: "month",
      },
    ],
  },
});

/** A consumer's vite app importing the package by name (built once, on first use). */
let consumer: { dist: string; assets: string; entryName: string } | undefined;
function consumerApp(): { dist: string; assets: string; entryName: string } {
  if (consumer) return consumer;
  const dir = scratchDir("consumer");
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, "main.js"),
    [
      'import { createElement } from "react";',
      'import { createRoot } from "react-dom/client";',
      'import { PrefabView } from "@prefab-ui/renderer";',
      'import "@prefab-ui/renderer/styles.css";',
      `const envelope = ${JSON.stringify(envelope(true))};`,
      'createRoot(document.getElementById("root")).render(createElement(PrefabView, { envelope }));',
      "",
    ].join("\n"),
  );
  execFileSync(
    process.execPath,
    [join(REPO_DIR, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "error"],
    {
      cwd: dir,
      env: childEnv(),
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const dist = join(dir, "dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const entryName = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entryName) throw new Error(`no entry script in the consumer's index.html:\n${html}`);
  consumer = { dist, assets: join(dist, "assets"), entryName };
  return consumer;
}

// Each test spawns Node or builds a consumer app: seconds each, much more on a loaded 2-core CI machine.
describe("@prefab-ui/renderer library build (dist/lib)", { timeout: 60_000 }, () => {
  it("imports and renders in Node ESM (SSR), lazy views included", () => {
    const out = runNode(`
      import { createElement } from "react";
      import { renderToString } from "react-dom/server";
      import { prerenderToNodeStream } from "react-dom/static";
      import * as lib from "@prefab-ui/renderer";
      // renderToString cannot wait: lazy views render their placeholder; author classes are joined as given.
      const eager = renderToString(createElement(lib.PrefabView, { envelope: ${JSON.stringify(envelope(true))} }));
      // prerender waits for Suspense: the lazy modules (Markdown, charts, class merger) load from dist/lib in Node.
      const envelope = ${JSON.stringify(envelope(true))};
      const { prelude } = await prerenderToNodeStream(createElement(lib.PrefabView, { envelope }));
      let full = "";
      for await (const chunk of prelude) full += chunk;
      const entry = import.meta.resolve("@prefab-ui/renderer");
      process.stdout.write(JSON.stringify({ entry, exports: Object.keys(lib).sort(), eager, full }));
    `);
    const { entry, exports, eager, full } = JSON.parse(out) as Record<string, string>;
    expect(entry).toMatch(/\/dist\/lib\/index\.js$/);
    expect(exports).toEqual(
      expect.arrayContaining(["PrefabView", "createStandaloneBridge", "connectGuestBridge"]),
    );
    expect(eager).toContain("Hello from the library");
    expect(eager).toContain("Press");
    expect(eager).toMatch(/<button[^>]*class="[^"]*bg-emerald-500/);
    expect(full).toContain("Hello from the library");
    expect(full).toMatch(/<strong[^>]*>bold markdown<\/strong>/);
    expect(full).toContain("pf-bar-chart");
    expect(full).toMatch(/<button[^>]*class="[^"]*bg-emerald-500/);
  });

  it("ships declarations a TypeScript host can use (PrefabView props are typed, not any)", () => {
    const index = readFileSync(join(LIB, "index.d.ts"), "utf8");
    expect(index).toMatch(/\bPrefabView\b/);
    expect(existsSync(join(LIB, "app", "prefab-view.d.ts"))).toBe(true);

    const dir = scratchDir("types");
    writeFileSync(
      join(dir, "host.tsx"),
      [
        'import { type ActionEvent, PrefabView, type PrefabViewProps } from "@prefab-ui/renderer";',
        "const onAction = (event: ActionEvent) => console.log(event);",
        "const props: PrefabViewProps = { envelope: {}, onAction };",
        'export const ok = <PrefabView {...props} envelope={{ view: { type: "Text", content: "hi" } }} />;',
        "// @ts-expect-error a misspelt prop must not type-check",
        "export const typo = <PrefabView envelop={{}} />;",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          jsx: "react-jsx",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["host.tsx"],
      }),
    );
    const tsc = join(REPO_DIR, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", dir], {
        env: childEnv(),
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  }, 180_000);

  it("keeps lazy views (charts, tables, Markdown…) in modules that only import() reaches", () => {
    const importsOf = (file: string) => {
      const src = readFileSync(file, "utf8");
      const statics = [
        ...src.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm),
      ].map((m) => (m[1] ?? m[2]) as string);
      const dynamics = [...src.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] as string);
      return { statics, dynamics };
    };
    const resolve = (from: string, spec: string) => (spec.startsWith(".") ? join(dirname(from), spec) : spec);

    // What the entry loads before any view needs more: its static import graph.
    const eager = new Set<string>();
    const eagerPackages = new Set<string>();
    const lazyRoots = new Set<string>();
    const walk = (file: string) => {
      if (eager.has(file)) return;
      eager.add(file);
      const { statics, dynamics } = importsOf(file);
      for (const s of statics) {
        const target = resolve(file, s);
        if (target === s) eagerPackages.add(s);
        else walk(target);
      }
      for (const d of dynamics) if (d.startsWith(".")) lazyRoots.add(resolve(file, d));
    };
    const entry = join(LIB, "index.js");
    walk(entry);

    const rel = (f: string) => relative(LIB, f).replaceAll("\\", "/");
    const lazy = [...lazyRoots].filter((f) => !eager.has(f)).map(rel);
    for (const view of [
      "components/charts/index.js",
      "components/data-table/index.js",
      "components/markdown-view.js",
    ]) {
      expect(existsSync(join(LIB, view)), view).toBe(true);
      expect(lazy, `${view} is reached only through import()`).toContain(view);
    }
    expect(lazy.length).toBeGreaterThanOrEqual(10);

    // Heavy dependencies are imported by lazy modules only, never by the entry's static graph.
    const heavy = ["recharts", "@tanstack/react-virtual", "dompurify"].filter((d) =>
      dependencies().includes(d),
    );
    expect(readFileSync(entry, "utf8")).not.toContain("recharts");
    for (const dep of heavy)
      expect([...eagerPackages], `${dep} is not in the entry's static graph`).not.toContain(dep);
  });

  it("builds in a consumer's vite app: views registered, lazy views code-split, styles.css", () => {
    const { assets, entryName } = consumerApp();
    const entryJs = readFileSync(join(assets, entryName), "utf8");
    const chunks = readdirSync(assets).filter((f) => f.endsWith(".js") && f !== entryName);

    // The view registrations survive tree-shaking (package.json `sideEffects` covers dist/lib/components):
    // without them the entry has no layout views at all.
    expect(entryJs).toContain("pf-column");
    // Lazy views are separate chunks of the consumer's build.
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    if (dependencies().includes("recharts")) {
      expect(entryJs).not.toContain("recharts-surface");
      expect(chunks.some((f) => readFileSync(join(assets, f), "utf8").includes("recharts-surface"))).toBe(
        true,
      );
    }
    // The stylesheet: tokens and the root class the views rely on.
    const css = readdirSync(assets)
      .filter((f) => f.endsWith(".css"))
      .map((f) => readFileSync(join(assets, f), "utf8"))
      .join("\n");
    expect(css).toContain(".prefab-root");
    expect(css).toContain("--primary");
  }, 180_000);

  it("the consumer's app runs in Chromium: renders, loads lazy views and the class merger, no errors", async () => {
    const { dist } = consumerApp();
    // Every built file at http://host.test/<path>; stylesheets are left to the harness (empty CSS).
    const files: Record<string, string> = {};
    const add = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) add(file);
        else if (!entry.name.endsWith(".css"))
          files[`${HOST_URL}${relative(dist, file).replaceAll("\\", "/")}`] = readFileSync(file, "utf8");
      }
    };
    add(dist);
    files[HOST_URL] = files[`${HOST_URL}index.html`] as string;
    const browser = await launchChromium();
    try {
      const { page, browserConsoleErrors, extraRequests } = await servePages(browser, files);
      await page.goto(HOST_URL);
      // Lazy modules (Markdown, the chart) and the class merger the author class needs (PrefabView waits for it).
      await page.waitForFunction(
        () => document.querySelector(".pf-bar-chart") && document.body.textContent?.includes("bold markdown"),
        undefined,
        { timeout: 60_000 },
      );
      const seen = await page.evaluate(() => ({
        text: document.body.textContent ?? "",
        button: document.querySelector("button")?.className ?? "",
        problems: (window as unknown as { __problems: FrameProblems }).__problems,
      }));
      expect(seen.text).toContain("Hello from the library");
      expect(seen.button).toContain("bg-emerald-500");
      expect(seen.problems).toEqual({ consoleErrors: [], uncaught: [] });
      expect(browserConsoleErrors).toEqual([]);
      // Everything came from the app's own files: no chunk URL resolved somewhere else.
      expect(extraRequests.filter((u) => !u.endsWith(".css"))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
