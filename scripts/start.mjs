#!/usr/bin/env node
/**
 * `npm start`: the playground (issue #7).
 * 1. Builds what is stale: @prefab-ui/dsl, @prefab-ui/renderer (dist/renderer.html + the Node entry) and
 *    @prefab-ui/server-apps (each only when its output is missing or older than its sources).
 * 2. Starts playground/server.ts: the page, the sandbox proxy on a second port, the example MCP server
 *    (sales dashboard + contacts) and, with `--stdio "<command>"`, a stdio ↔ HTTP bridge to that server.
 * 3. Prints one URL; Ctrl-C stops everything.
 *
 *   npm start                              # example server
 *   npm start -- --stdio "node server.js"  # connect to a stdio MCP server (run from where you called npm)
 *   npm start -- --port 5180 --no-build
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function usage(code) {
  console.log(`Usage: npm start [-- --stdio "<command>"] [--port <n>] [--host <addr>] [--no-build]`);
  process.exit(code);
}

const args = process.argv.slice(2);
const options = { port: 5180, host: "127.0.0.1", stdio: undefined, build: true };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = args[++i];
    if (v === undefined) usage(2);
    return v;
  };
  if (a === "--stdio") options.stdio = value();
  else if (a.startsWith("--stdio=")) options.stdio = a.slice(8);
  else if (a === "--port") options.port = Number(value());
  else if (a === "--host") options.host = value();
  else if (a === "--no-build") options.build = false;
  else if (a === "-h" || a === "--help") usage(0);
  else {
    console.error(`Unknown argument: ${a}`);
    usage(2);
  }
}
if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) usage(2);

/** Newest modification time under the given files/directories (skipping node_modules, dist and tests). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
        walk(join(p, name));
      }
    } else if (!/\.test\.tsx?$|\.test-d\.ts$/.test(p)) max = Math.max(max, st.mtimeMs);
  };
  for (const p of paths) walk(p);
  return max;
}

function stale(outputs, sources) {
  const outs = outputs.map((o) => join(root, o));
  if (outs.some((o) => !existsSync(o))) return true;
  const oldest = Math.min(...outs.map((o) => statSync(o).mtimeMs));
  return newest(sources.map((s) => join(root, s))) > oldest;
}

function build(workspace) {
  const started = Date.now();
  process.stdout.write(`Building ${workspace}… `);
  const r = spawnSync(npm, ["run", "build", "--silent", "-w", workspace], {
    cwd: root,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    console.log("failed");
    process.stderr.write(r.stdout ?? "");
    process.stderr.write(r.stderr ?? "");
    process.exit(r.status ?? 1);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (options.build) {
  const dsl = "packages/prefab-dsl";
  const renderer = "packages/prefab-renderer";
  const serverApps = "packages/server-apps";
  if (stale([`${dsl}/dist/index.js`], [`${dsl}/src`, `${dsl}/package.json`])) build("@prefab-ui/dsl");
  if (
    stale(
      [`${renderer}/dist/renderer.html`, `${renderer}/dist/node/index.js`],
      [
        `${renderer}/src`,
        `${renderer}/index.html`,
        `${renderer}/vite.config.ts`,
        `${renderer}/scripts/vite-plugin-lazy-chunks.ts`,
        `${renderer}/package.json`,
        `${dsl}/src`,
      ],
    )
  ) {
    build("@prefab-ui/renderer");
  }
  if (stale([`${serverApps}/dist/index.js`], [`${serverApps}/src`, `${serverApps}/package.json`])) {
    build("@prefab-ui/server-apps");
  }
}

const { register } = await import("tsx/esm/api");
register();
const { startPlayground } = await import(pathToFileURL(join(root, "playground", "server.ts")).href);

let handle;
try {
  handle = await startPlayground({
    port: options.port,
    host: options.host,
    stdio: options.stdio,
    stdioCwd: process.env.INIT_CWD ?? process.cwd(),
    hmr: true,
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(`\nThe playground did not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

console.log(`\n  Prefab playground:  ${handle.url}\n`);
if (options.stdio) console.log(`  (connected to the stdio server: ${options.stdio})\n`);
console.log("  Press Ctrl-C to stop.\n");

let stopping = false;
const stop = async () => {
  if (stopping) process.exit(130);
  stopping = true;
  console.log("\nStopping the playground…");
  const force = setTimeout(() => process.exit(0), 3000);
  force.unref();
  await handle.close().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
