/**
 * The real thing: build the package, then spawn `node bin/prefab.js` the way `npx prefab`
 * does. Catches what the in-memory tests cannot (the shim, dist paths, exit codes).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../../..");
const BIN = join(ROOT, "packages/prefab-dsl/bin/prefab.js");
const EXAMPLE = "/work/shared/prefab-examples/data-table-1.json";

let dir: string;

beforeAll(() => {
  execFileSync("npm", ["run", "build", "-w", "@prefab-ui/dsl"], { cwd: ROOT, stdio: "pipe" });
  dir = mkdtempSync(join(tmpdir(), "prefab-cli-"));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const prefab = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });

describe("bin/prefab.js", () => {
  it("validates an example with exit 0", () => {
    const res = prefab("validate", EXAMPLE);
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("valid (0 errors, 0 warnings)");
  });

  it("exits 1 on a broken copy and names view.columns[0].key", () => {
    const env = JSON.parse(readFileSync(EXAMPLE, "utf8")) as { view: { columns: Record<string, unknown>[] } };
    delete env.view.columns[0]!.key;
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(env));
    const res = prefab("validate", file);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/^error view\.columns\[0\]\.key: /m);
  });

  it("lints an example: warnings with exit 0, exit 1 with --strict", () => {
    const file = "/work/shared/prefab-examples/button-5.json";
    const res = prefab("lint", file);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^warning view\.children\[0\]: icon-only Button/m);
    expect(prefab("lint", file, "--strict").status).toBe(1);
  });

  it("reads standard input and prints the version", () => {
    const res = spawnSync(process.execPath, [BIN, "fmt", "-", "--compact"], {
      input: readFileSync(EXAMPLE, "utf8"),
      encoding: "utf8",
    });
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ $prefab: { version: "0.3" } });
    expect(prefab("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
