/**
 * The linter over every generated example in shared/prefab-examples: it must not throw
 * on real envelopes, and it must find the offenders we know about. The per-rule counts
 * are printed so a change in a rule's reach shows up in the test log.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Issue } from "../protocol/issues.js";
import { lintInput } from "./index.js";

const DIR = "/work/shared/prefab-examples";
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("lint over the shared examples", () => {
  const byFile = new Map<string, Issue[]>();
  for (const f of files) byFile.set(f, lintInput(readFileSync(`${DIR}/${f}`, "utf8")).findings);
  const find = (file: string, code: string) => (byFile.get(file) ?? []).filter((i) => i.code === code);

  it("lints all 298 examples without throwing and prints a count per rule", () => {
    expect(files).toHaveLength(298);
    const counts: Record<string, { findings: number; files: number }> = {};
    for (const issues of byFile.values()) {
      const seen = new Set<string>();
      for (const i of issues) {
        counts[i.code] ??= { findings: 0, files: 0 };
        counts[i.code]!.findings++;
        if (!seen.has(i.code)) counts[i.code]!.files++;
        seen.add(i.code);
        expect(i.severity).toBe("warning");
      }
    }
    console.log(
      `prefab lint over ${files.length} examples:\n${Object.entries(counts)
        .map(
          ([code, c]) =>
            `  ${code.padEnd(24)} ${String(c.findings).padStart(4)} findings in ${c.files} files`,
        )
        .join("\n")}`,
    );
    for (const code of ["a11y-button-name", "a11y-input-label", "a11y-chart-description", "a11y-contrast"]) {
      expect(counts[code]?.findings ?? 0, code).toBeGreaterThan(0);
    }
  });

  it("finds the known offenders", () => {
    // button-5: four icon-only "+" buttons with label "".
    expect(find("button-5.json", "a11y-button-name").map((i) => i.path)).toEqual([
      "view.children[0]",
      "view.children[1]",
      "view.children[2]",
      "view.children[3]",
    ]);
    // dashboard-grid-1: white text on the blue/emerald/amber/purple 500 tiles (Storybook's axe found these).
    const tiles = find("dashboard-grid-1.json", "a11y-contrast").map((i) => i.message);
    expect(tiles).toHaveLength(4);
    expect(tiles.join("\n")).toMatch(/text-white on bg-emerald-500/);
    expect(tiles.join("\n")).toMatch(/text-white on bg-blue-500/);
    // label-2: the Label's forId names the Input's `name`, but the Input has no id.
    expect(find("label-2.json", "a11y-input-label")[0]?.message).toMatch(/control's name, not its id/);
    // A bare chart has no title; the sales dashboard's charts sit in titled Cards.
    expect(find("bar-chart-1.json", "a11y-chart-description")).toHaveLength(1);
    expect(find("sales-dashboard-1.json", "a11y-chart-description")).toEqual([]);
  });

  it("stays quiet on examples that do it right", () => {
    expect(byFile.get("button-1.json")).toEqual([]);
    expect(find("image-1.json", "a11y-image-alt")).toEqual([]);
  });
});
