// @vitest-environment happy-dom
/**
 * Every fixture and documentation example of the navigation, overlay, display, media and content
 * families renders without an inline error and without console errors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cleanup, render, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SHARED_DIR } from "../../test/shared-dir.js";
import { PrefabView } from "../app/prefab-view.js";

const FIXTURES = `${SHARED_DIR}/prefab-fixtures/components`;
const EXAMPLES = `${SHARED_DIR}/prefab-examples`;

const TYPES = [
  "Tabs",
  "Tab",
  "Accordion",
  "AccordionItem",
  "Pages",
  "Page",
  "Carousel",
  "Dialog",
  "Popover",
  "HoverCard",
  "Tooltip",
  "Badge",
  "Alert",
  "AlertTitle",
  "AlertDescription",
  "Metric",
  "Progress",
  "Ring",
  "Loader",
  "Dot",
  "Icon",
  "Table",
  "TableHeader",
  "TableBody",
  "TableFooter",
  "TableRow",
  "TableHead",
  "TableCell",
  "TableCaption",
  "Image",
  "Video",
  "Audio",
  "Svg",
  "Embed",
  "Markdown",
  "Code",
  "Kbd",
];
const PREFIXES =
  /^(tabs|accordion|pages|carousel|dialog|popover|hover-card|tooltip|badge|alert|metric|progress|ring|loader|icon|image|video|audio|svg|embed|markdown|code|table|kbd|dot)-\d+\.json$/;

const fixtures = readdirSync(FIXTURES)
  .filter((f) => TYPES.includes(f.replace(/\.json$/, "")))
  .sort();
const examples = readdirSync(EXAMPLES)
  .filter((f) => PREFIXES.test(f))
  .sort();

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderClean(envelope: unknown) {
  const errors = vi.spyOn(console, "error");
  const issues: unknown[] = [];
  const { container } = render(<PrefabView envelope={envelope} onIssues={(i) => issues.push(...i)} />);
  // Lazy chunks (Markdown, Code) show a busy placeholder until they load.
  await waitFor(() => expect(container.querySelector("[aria-busy='true']")).toBeNull(), { timeout: 15_000 });
  const inlineErrors = [...container.querySelectorAll("[data-prefab-error]")].map((e) => e.textContent);
  expect(inlineErrors).toEqual([]);
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  return container;
}

describe("fixtures of the families render cleanly", () => {
  it("finds the fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(30));
  it.each(fixtures)("%s", async (file) => {
    const node = JSON.parse(readFileSync(`${FIXTURES}/${file}`, "utf8"));
    const container = await renderClean({ version: "0.2", view: node });
    expect(container.querySelector(".prefab-root")).not.toBeNull();
  });
});

describe("examples of the families render cleanly", () => {
  it("finds the examples", () => expect(examples.length).toBeGreaterThanOrEqual(80));
  it.each(examples)("%s", { timeout: 20_000 }, async (file) => {
    const envelope = JSON.parse(readFileSync(`${EXAMPLES}/${file}`, "utf8"));
    const container = await renderClean(envelope);
    expect(container.querySelector(".prefab-root")?.childElementCount).toBeGreaterThan(0);
  });
});

describe("0.3 types without fixtures render cleanly", () => {
  it.each([
    [
      "Carousel",
      {
        type: "Carousel",
        showDots: true,
        children: [
          { type: "Text", content: "A" },
          { type: "Text", content: "B" },
        ],
      },
    ],
    [
      "Carousel (fade, auto)",
      {
        type: "Carousel",
        effect: "fade",
        autoAdvance: 3000,
        children: [
          { type: "Text", content: "A" },
          { type: "Text", content: "B" },
        ],
      },
    ],
    [
      "Carousel (marquee)",
      { type: "Carousel", continuous: true, children: [{ type: "Text", content: "A" }] },
    ],
    [
      "Carousel (natural size)",
      { type: "Carousel", visible: null, children: [{ type: "Text", content: "A" }] },
    ],
    ["Dot", { type: "Dot", variant: "success", size: "lg", shape: "square" }],
    ["Kbd", { type: "Kbd", label: "⌘K" }],
  ])("%s", async (_name, view) => {
    await renderClean({ $prefab: { version: "0.3" }, view });
  });
});
