/** The CLI commands run as functions, with stdin/stdout/files in memory. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./io.js";
import { HELP, run, version } from "./main.js";

const EXAMPLES = "/work/shared/prefab-examples";
const example = (name: string) => readFileSync(`${EXAMPLES}/${name}`, "utf8");

/** An in-memory CliIO: files in a map, captured output, a fixed stdin. */
function memoryIO(files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const fs = new Map(Object.entries(files));
  const dirs: string[] = [];
  const io: CliIO = {
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = fs.get(path);
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    writeFile: async (path, text) => {
      fs.set(path, text);
    },
    mkdir: async (path) => {
      dirs.push(path);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return {
    io,
    fs,
    dirs,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    run: (...argv: string[]) => run(argv, io),
  };
}

/** data-table-1 with its first column's `key` removed. */
function brokenTable(): string {
  const env = JSON.parse(example("data-table-1.json")) as { view: { columns: Record<string, unknown>[] } };
  delete env.view.columns[0]!.key;
  return JSON.stringify(env);
}

describe("prefab validate", () => {
  it("accepts a valid example with exit 0 and a summary line", async () => {
    const t = memoryIO({ "t.json": example("data-table-1.json") });
    expect(await t.run("validate", "t.json")).toBe(0);
    expect(t.stdout()).toBe("t.json: valid (0 errors, 0 warnings)\n");
  });

  it("names the path of a missing column key and exits 1", async () => {
    const t = memoryIO({ "t.json": brokenTable() });
    expect(await t.run("validate", "t.json")).toBe(1);
    const lines = t.stdout().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error view\.columns\[0\]\.key: /);
    expect(lines.at(-1)).toBe("t.json: invalid (1 error, 0 warnings)");
  });

  it("reads standard input for -", async () => {
    const t = memoryIO({}, brokenTable());
    expect(await t.run("validate", "-")).toBe(1);
    expect(t.stdout()).toContain("<stdin>: invalid");
  });

  it("prints issues in the formatIssue form with the value's type", async () => {
    const env = { view: { type: "Column", children: [{ type: "Button", label: 42 }] } };
    const t = memoryIO({ "b.json": JSON.stringify(env) });
    expect(await t.run("validate", "b.json")).toBe(1);
    expect(t.stdout()).toMatch(/^error view\.children\[0\]\.label: .*string.*number/m);
  });

  it("reports bad {{ }} expressions as warnings with their path; --quiet hides warnings", async () => {
    const env = {
      view: {
        type: "Column",
        children: [
          { type: "Text", content: "Total: {{ price * }}" },
          { type: "Text", content: "{{ ok }}" },
        ],
      },
      state: { note: "{{ not checked: state is data }}" },
    };
    const t = memoryIO({ "e.json": JSON.stringify(env) });
    expect(await t.run("validate", "e.json")).toBe(0);
    expect(t.stdout()).toMatch(/^warning view\.children\[0\]\.content: bad expression "price \*"/m);
    expect(t.stdout()).toContain("e.json: valid (0 errors, 1 warning)");

    const q = memoryIO({ "e.json": JSON.stringify(env) });
    expect(await q.run("validate", "--quiet", "e.json")).toBe(0);
    expect(q.stdout()).toBe("e.json: valid (0 errors, 1 warning)\n");
  });

  it("reports JSON syntax errors", async () => {
    const t = memoryIO({ "x.json": "{ not json" });
    expect(await t.run("validate", "x.json")).toBe(1);
    expect(t.stdout()).toMatch(/^error \(root\): not valid JSON/m);
  });

  it("exits 2 for a missing file or argument", async () => {
    const missing = memoryIO();
    expect(await missing.run("validate", "nope.json")).toBe(2);
    expect(missing.stderr()).toContain("ENOENT");
    const noArg = memoryIO();
    expect(await noArg.run("validate")).toBe(2);
    expect(noArg.stderr()).toContain("validate needs a file");
  });
});

describe("prefab fmt", () => {
  it("upgrades to 0.3 and pretty-prints", async () => {
    const t = memoryIO({ "t.json": example("data-table-1.json") });
    expect(await t.run("fmt", "t.json")).toBe(0);
    const out = JSON.parse(t.stdout()) as Record<string, Record<string, unknown>>;
    expect(out.$prefab).toEqual({ version: "0.3" });
    expect(out.version).toBeUndefined();
    expect(out.view!.search).toBe(true); // 0.2 `searchable` renamed
    expect(out.view!.pageSize).toBe(10);
    expect(t.stdout()).toMatch(/^\{\n {2}"\$prefab"/);
  });

  it("--compact drops default-valued props", async () => {
    const t = memoryIO({ "t.json": example("data-table-1.json") });
    expect(await t.run("fmt", "--compact", "t.json")).toBe(0);
    const view = (JSON.parse(t.stdout()) as { view: Record<string, unknown> }).view;
    expect(view.pageSize).toBeUndefined();
    expect(view.search).toBe(true);
  });

  it("--write rewrites the file in place", async () => {
    const t = memoryIO({ "t.json": example("data-table-1.json") });
    expect(await t.run("fmt", "t.json", "--write")).toBe(0);
    expect(t.stdout()).toBe("");
    expect(JSON.parse(t.fs.get("t.json")!)).toMatchObject({ $prefab: { version: "0.3" } });
  });

  it("refuses to format or write an envelope with errors", async () => {
    const broken = brokenTable();
    const t = memoryIO({ "t.json": broken });
    expect(await t.run("fmt", "--write", "t.json")).toBe(1);
    expect(t.fs.get("t.json")).toBe(broken);
    expect(t.stderr()).toContain("error view.columns[0].key");
  });

  it("cannot --write standard input", async () => {
    const t = memoryIO({}, example("data-table-1.json"));
    expect(await t.run("fmt", "-", "--write")).toBe(2);
  });
});

describe("prefab schema", () => {
  it("prints the envelope JSON Schema by default", async () => {
    const t = memoryIO();
    expect(await t.run("schema")).toBe(0);
    const schema = JSON.parse(t.stdout()) as Record<string, unknown>;
    expect(schema.$schema).toContain("2020-12");
    expect(t.stderr()).toBe("");
  });

  it("--out writes the schema and the manifest; --tokens prints a table on stderr", async () => {
    const t = memoryIO();
    expect(await t.run("schema", "--out", "gen", "--tokens")).toBe(0);
    expect(t.dirs).toEqual(["gen"]);
    expect(t.stdout()).toBe("");
    const manifest = JSON.parse(t.fs.get("gen/manifest.json")!) as {
      components: { type: string }[];
      actions: unknown[];
    };
    expect(manifest.components.map((c) => c.type)).toContain("DataTable");
    expect(manifest.actions.length).toBeGreaterThan(10);
    expect(JSON.parse(t.fs.get("gen/envelope.schema.json")!)).toHaveProperty("$schema");
    expect(t.stderr()).toMatch(/^DataTable\s+data\s+\d+$/m);
    expect(t.stderr()).toMatch(/compact catalog\s+\d+/);
  });
});

describe("prefab (global)", () => {
  it("--help and --version", async () => {
    const h = memoryIO();
    expect(await h.run("--help")).toBe(0);
    expect(h.stdout()).toBe(HELP);
    const v = memoryIO();
    expect(await v.run("--version")).toBe(0);
    expect(v.stdout()).toBe(`${version()}\n`);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 on an unknown command or flag, or no command", async () => {
    expect(await memoryIO().run("lint", "x.json")).toBe(2);
    expect(await memoryIO().run("validate", "--nope", "x.json")).toBe(2);
    const none = memoryIO();
    expect(await none.run()).toBe(2);
    expect(none.stdout()).toBe(HELP);
  });
});
