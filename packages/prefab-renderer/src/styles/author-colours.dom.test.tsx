// @vitest-environment happy-dom
/** Readable author colours in the tree: the examples that paint their own fills (styles/author-colours.ts). */
import { readFileSync } from "node:fs";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PrefabView } from "../app/prefab-view.js";
// Palette classes are queued for the lazy class compiler: have it loaded so its import settles in the test.
import "./jit/compile-utility.js";
import { SHARED_DIR } from "../../test/shared-dir.js";

const EXAMPLES = `${SHARED_DIR}/prefab-examples`;

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 20));
});

const classesOf = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll<HTMLElement>("*")].find((e) => e.textContent === text && e.children.length === 0)
    ?.className ?? "";

function show(view: unknown): HTMLElement {
  return render(<PrefabView envelope={{ version: "0.2", view }} />).container;
}

describe("author colours in the tree", () => {
  it("a default Button on bg-emerald-500 gets readable text instead of primary-foreground (button-8)", () => {
    const { view } = JSON.parse(readFileSync(`${EXAMPLES}/button-8.json`, "utf8"));
    const root = show(view);
    for (const label of ["Full Width Emerald", "Pill Shape Rose"]) {
      const button = [...root.querySelectorAll("button")].find((b) => b.textContent === label)!;
      expect(button.className).toContain("text-neutral-950");
      expect(button.className).not.toMatch(/(^| )text-primary-foreground( |$)/);
    }
  });

  it("text-white in a child checks against the parent's fill (dashboard-grid-5, grid-8)", () => {
    const root = show(JSON.parse(readFileSync(`${EXAMPLES}/dashboard-grid-5.json`, "utf8")).view);
    expect(classesOf(root, "Stretches")).toContain("text-neutral-950");
    expect(classesOf(root, "Stretches")).not.toContain("text-white");
    const grid = show(JSON.parse(readFileSync(`${EXAMPLES}/grid-8.json`, "utf8")).view);
    expect(classesOf(grid, "Tall")).toMatch(/text-neutral-950/);
  });

  it("the same cssClass (row-8) and a passing pair are kept or fixed in place", () => {
    const root = show(JSON.parse(readFileSync(`${EXAMPLES}/row-8.json`, "utf8")).view);
    expect(classesOf(root, "Large")).toContain(
      "bg-emerald-500 rounded-md px-3 py-2 text-neutral-950 text-2xl",
    );
    const ok = show({
      type: "Div",
      cssClass: "bg-emerald-800",
      children: [{ type: "Text", content: "fine", cssClass: "text-white" }],
    });
    expect(classesOf(ok, "fine")).toContain("text-white");
  });

  it("stops at a view with its own surface, and gives Muted a readable foreground", () => {
    const root = show({
      type: "Div",
      cssClass: "bg-emerald-500",
      children: [
        { type: "Muted", content: "caption" },
        { type: "Card", children: [{ type: "Text", content: "on the card", cssClass: "text-white" }] },
      ],
    });
    expect(classesOf(root, "caption")).toContain("text-neutral-950");
    expect(classesOf(root, "on the card")).toContain("text-white");
  });

  it("reaches through ForEach items", () => {
    const root = render(
      <PrefabView
        envelope={{
          version: "0.2",
          state: { items: ["a"] },
          view: {
            type: "Div",
            cssClass: "bg-blue-500 p-2",
            children: [
              {
                type: "ForEach",
                key: "items",
                children: [{ type: "Text", content: "item {{ $item }}", cssClass: "text-white" }],
              },
            ],
          },
        }}
      />,
    ).container;
    expect(classesOf(root, "item a")).toContain("text-neutral-950");
  });

  it("leaves nodes without author colours alone", () => {
    const root = show({ type: "Column", children: [{ type: "Muted", content: "plain" }] });
    expect(classesOf(root, "plain")).not.toContain("neutral");
  });
});
