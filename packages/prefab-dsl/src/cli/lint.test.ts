/** `prefab lint` run as a function, with files and streams in memory. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIO } from "./io.js";
import { HELP, run } from "./main.js";

const EXAMPLES = "/work/shared/prefab-examples";
const example = (name: string) => readFileSync(`${EXAMPLES}/${name}`, "utf8");

function memoryIO(files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    writeFile: async () => {
      throw new Error("lint must not write files");
    },
    mkdir: async () => {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return {
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    run: (...argv: string[]) => run(argv, io),
  };
}

const contrasty = JSON.stringify({
  $prefab: { version: "0.3" },
  view: { type: "Div", cssClass: "bg-emerald-500 text-white", children: [{ type: "Image", src: "a.png" }] },
});

describe("prefab lint", () => {
  it("prints one formatIssue line per finding and a summary, exit 0 (advice)", async () => {
    const t = memoryIO({ "b.json": example("button-5.json") });
    expect(await t.run("lint", "b.json")).toBe(0);
    const lines = t.stdout().trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^warning view\.children\[0\]: icon-only Button has no accessible name/);
    expect(lines.at(-1)).toBe("b.json: 4 accessibility warnings (a11y-button-name 4)");
  });

  it("exits 1 with --strict when there is a finding, 0 when there is none", async () => {
    expect(await memoryIO({ "b.json": example("button-5.json") }).run("lint", "b.json", "--strict")).toBe(1);
    const clean = memoryIO({ "c.json": example("button-1.json") });
    expect(await clean.run("lint", "c.json", "--strict")).toBe(0);
    expect(clean.stdout()).toBe("c.json: no accessibility findings\n");
  });

  it("--quiet prints only the summary; reads standard input for -", async () => {
    const t = memoryIO({}, contrasty);
    expect(await t.run("lint", "-", "--quiet")).toBe(0);
    expect(t.stdout()).toBe("<stdin>: 2 accessibility warnings (a11y-contrast 1, a11y-image-alt 1)\n");
  });

  it("--theme picks the theme(s) contrast is measured in", async () => {
    const env = JSON.stringify({
      $prefab: { version: "0.3" },
      view: { type: "Text", content: "x", cssClass: "text-gray-800" },
    });
    const dark = memoryIO({ "t.json": env });
    expect(await dark.run("lint", "t.json", "--theme", "dark")).toBe(0);
    expect(dark.stdout()).toMatch(/^warning view: low contrast: text-gray-800 on the dark page background/m);
    const light = memoryIO({ "t.json": env });
    await light.run("lint", "t.json", "--theme=light");
    expect(light.stdout()).toBe("t.json: no accessibility findings\n");
  });

  it("reports parser errors too and exits 1 on an invalid envelope", async () => {
    const env = JSON.stringify({
      view: {
        type: "Column",
        children: [
          { type: "Button", label: 42 },
          { type: "Image", src: "x.png" },
        ],
      },
    });
    const t = memoryIO({ "e.json": env });
    expect(await t.run("lint", "e.json")).toBe(1);
    expect(t.stdout()).toMatch(/^error view\.children\[0\]\.label: /m);
    expect(t.stdout()).toMatch(/^warning view\.children\[1\]: Image has no `alt`/m);
    expect(t.stdout()).toMatch(
      /e\.json: invalid \(1 error\); 1 accessibility warning \(a11y-image-alt 1\)\n$/,
    );
    const json = memoryIO({ "j.json": "{ nope" });
    expect(await json.run("lint", "j.json")).toBe(1);
    expect(json.stdout()).toMatch(/^error \(root\): not valid JSON/);
  });

  it("exits 2 on usage errors", async () => {
    const t = memoryIO();
    expect(await t.run("lint")).toBe(2);
    expect(t.stderr()).toMatch(/lint needs a file/);
    expect(await memoryIO({ "a.json": "{}" }).run("lint", "a.json", "--theme", "sepia")).toBe(2);
    expect(await memoryIO().run("lint", "missing.json")).toBe(2);
    expect(await memoryIO().run("lint", "a.json", "b.json")).toBe(2);
  });

  it("is in --help", () => {
    expect(HELP).toMatch(/prefab lint <file\|-> \[--theme light\|dark\|both\] \[--strict\] \[--quiet\]/);
  });
});
