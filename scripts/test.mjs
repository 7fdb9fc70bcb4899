#!/usr/bin/env node
/**
 * `npm test`: build what the tests consume, then run every vitest project (unit, DOM and real-browser suites).
 * 1. @prefab-ui/dsl (tsc: dist types for packages that resolve it without the `source` condition),
 * 2. @prefab-ui/renderer (dist/renderer.html, which the browser suites load, the Node entry and the library in
 *    dist/lib, which test/library.test.ts checks),
 * 3. `vitest run` over all projects. Output streams through; the exit code is vitest's.
 * Extra arguments go to vitest, e.g. `npm test -- --project renderer`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) {
    console.error(result.error);
    return 1;
  }
  return result.status ?? (result.signal ? 1 : 0);
}

for (const workspace of ["@prefab-ui/dsl", "@prefab-ui/renderer"]) {
  const code = run(npm, ["run", "build", "-w", workspace]);
  if (code !== 0) {
    console.error(`\nBuild of ${workspace} failed (exit ${code}); not running tests.`);
    process.exit(code);
  }
}

// The renderer was just built: browser suites reuse dist/renderer.html instead of rebuilding it.
// A JSON report next to the console one gives the plain closing line CI reads ("N passed, N failed").
const report = join(root, "test-results", "vitest.json");
rmSync(report, { force: true });
const code = run(
  npx,
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  {
    PREFAB_SKIP_BUILD: "1",
  },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(code);
