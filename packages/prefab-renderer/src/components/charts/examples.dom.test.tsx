// @vitest-environment happy-dom
/**
 * Every DataTable/chart fixture and the data-heavy examples render without an
 * inline error and without console errors. Types owned by other component
 * families that are not registered yet get a neutral stub view (so a missing
 * Metric doesn't fail the chart suite); every stub is listed in the output.
 * Layout: happy-dom reports 0 sizes, so charts draw at ChartFrame's fallback
 * width and tables with ≤100 rows render all rows (no virtualisation).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SHARED_DIR } from "../../../test/shared-dir.js";
import { PrefabView } from "../../app/prefab-view.js";
import { getView, preloadLazyModules, registerViews } from "../../render/registry.js";

const FIXTURES = `${SHARED_DIR}/prefab-fixtures/components`;
const EXAMPLES = `${SHARED_DIR}/prefab-examples`;
const MINE = [
  "DataTable",
  "BarChart",
  "LineChart",
  "AreaChart",
  "PieChart",
  "RadarChart",
  "RadialChart",
  "ScatterChart",
];
const EXAMPLE_PREFIXES = [
  "data-table",
  "bar-chart",
  "line-chart",
  "area-chart",
  "pie-chart",
  "radar-chart",
  "radial-chart",
  "scatter-chart",
  "histogram",
  "sparkline",
  "cross-filter",
  "dashboard-grid",
  "metric",
];

const fixtureFiles = existsSync(FIXTURES)
  ? MINE.map((t) => join(FIXTURES, `${t}.json`)).filter(existsSync)
  : [];
const exampleFiles = existsSync(EXAMPLES)
  ? readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".json") && EXAMPLE_PREFIXES.some((p) => f.startsWith(`${p}-`)))
      .sort()
      .map((f) => join(EXAMPLES, f))
  : [];

const stubbed = new Set<string>();
function stubMissing(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) stubMissing(n);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, unknown>;
  const t = n.type;
  if (
    typeof t === "string" &&
    !["ForEach", "Condition", "Slot", "State", "If", "Elif", "Else"].includes(t) &&
    !getView(t)
  ) {
    stubbed.add(t);
    registerViews({
      [t]: ({ children }: { children: unknown }) => <div data-stub={t}>{children as never}</div>,
    });
  }
  for (const v of Object.values(n)) stubMissing(v);
}

afterEach(cleanup);
beforeAll(async () => {
  await import("./index.js");
  await import("../data-table/index.js");
  // Charts without a static picture load recharts' chunk while rendering: have it loaded, as an app would soon.
  await preloadLazyModules();
}, 30_000);

async function renderClean(envelope: unknown) {
  stubMissing(envelope);
  const errors: unknown[][] = [];
  const err = vi.spyOn(console, "error").mockImplementation((...a) => void errors.push(a));
  const warn = vi.spyOn(console, "warn").mockImplementation((...a) => void errors.push(a));
  try {
    const { container } = render(<PrefabView envelope={envelope} hostContext={{ locale: "en-US" }} />);
    // Lazy chunks resolve, then nothing is left loading.
    await waitFor(() => expect(container.querySelector(".pf-loading")).toBeNull(), { timeout: 5000 });
    const inline = [...container.querySelectorAll("[data-prefab-error]")].map((e) => e.textContent);
    expect(inline, "inline errors").toEqual([]);
    expect(
      errors.map((a) => a.map(String).join(" ")),
      "console errors",
    ).toEqual([]);
    return container;
  } finally {
    err.mockRestore();
    warn.mockRestore();
  }
}

describe("fixtures", () => {
  it.each(fixtureFiles)("%s", async (file) => {
    // Fixtures are bare nodes (0.2 defaults spelled out): wrap them in an envelope.
    const node = JSON.parse(readFileSync(file, "utf8"));
    await renderClean({ version: "0.2", view: node });
  });
});

describe("examples", () => {
  it.each(exampleFiles)("%s", async (file) => {
    const container = await renderClean(JSON.parse(readFileSync(file, "utf8")));
    const name = file.split("/").pop()!;
    if (/chart|histogram|cross-filter/.test(name)) {
      const charts = container.querySelectorAll("[data-slot=chart]");
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.getAttribute("role")).toBe("img");
        expect(c.getAttribute("aria-label")).toBeTruthy();
      }
    }
    if (name.startsWith("data-table")) expect(container.querySelector("table")).toBeTruthy();
  });

  it("lists the stubbed (not yet implemented elsewhere) types", () => {
    console.info(`stubbed types: ${[...stubbed].sort().join(", ") || "none"}`);
  });
});
