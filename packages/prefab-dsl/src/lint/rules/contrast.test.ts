import { describe, expect, it } from "vitest";
import { lintInput } from "../index.js";
import type { LintOptions } from "../types.js";

const lint = (view: unknown, options: LintOptions = {}, extra: Record<string, unknown> = {}) =>
  lintInput({ $prefab: { version: "0.3" }, view, ...extra }, options).findings.filter(
    (i) => i.code === "a11y-contrast",
  );

const tile = (bg: string, text: string, textClass = "font-semibold") => ({
  type: "Div",
  cssClass: `${bg} rounded-md p-4`,
  children: [{ type: "Text", content: "A", cssClass: `${text} ${textClass}` }],
});

describe("a11y-contrast", () => {
  it("flags text-white on bg-emerald-500 set on one node, with a passing shade", () => {
    const [f, ...rest] = lint({ type: "Div", cssClass: "bg-emerald-500 text-white px-3", children: [] });
    expect(rest).toEqual([]);
    expect(f?.path).toBe("view");
    expect(f?.message).toMatch(/^low contrast: text-white on bg-emerald-500 is 2\.\d\d:1, below the 4\.5:1/);
    expect(f?.message).toMatch(/bg-emerald-700 gives/);
  });

  it("measures a text colour against an ancestor's background (the dashboard tiles)", () => {
    const found = lint({
      type: "Row",
      children: [tile("bg-blue-500", "text-white"), tile("bg-blue-700", "text-white")],
    });
    expect(found.map((f) => f.path)).toEqual(["view.children[0].children[0]"]);
    expect(found[0]!.message).toMatch(/text-white on bg-blue-500 is 3\.\d\d:1/);
  });

  it("measures a background under an inherited text colour", () => {
    const view = {
      type: "Div",
      cssClass: "text-white",
      children: [{ type: "Div", cssClass: "bg-yellow-300" }],
    };
    // On the dark page white text is fine; the yellow panel under it is not.
    expect(lint(view, { theme: "dark" }).map((f) => f.path)).toEqual(["view.children[0]"]);
    // On the light page the white text itself is unreadable too.
    expect(lint(view, { theme: "light" }).map((f) => f.path)).toEqual(["view", "view.children[0]"]);
  });

  it("uses 3:1 for large text", () => {
    // white on blue-500 is ≈3.8:1: fails for body text, passes for text-2xl or text-lg bold.
    expect(lint(tile("bg-blue-500", "text-white", "text-2xl"))).toEqual([]);
    expect(lint(tile("bg-blue-500", "text-white", "text-lg font-bold"))).toEqual([]);
    expect(lint(tile("bg-blue-500", "text-white", "text-lg"))).toHaveLength(1);
    expect(
      lint({
        type: "Div",
        cssClass: "bg-blue-500",
        children: [{ type: "H1", content: "Hi", cssClass: "text-white" }],
      }),
    ).toEqual([]);
    // Below 3:1 fails even when large.
    expect(lint(tile("bg-emerald-500", "text-white", "text-2xl"))[0]?.message).toMatch(
      /3:1 WCAG AA minimum for large text/,
    );
  });

  it("checks a text colour on the theme background, per theme", () => {
    // gray-400 is too light on white; on the dark background it is fine.
    const found = lint({ type: "Text", content: "x", cssClass: "text-gray-400" });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/text-gray-400 on the light page background is .*in the light theme/);
    expect(lint({ type: "Text", content: "x", cssClass: "text-gray-400" }, { theme: "dark" })).toEqual([]);
    // gray-800 is the reverse.
    const dark = lint({ type: "Text", content: "x", cssClass: "text-gray-800" }, { theme: "both" });
    expect(dark[0]?.message).toMatch(/in the dark theme/);
    expect(lint({ type: "Text", content: "x", cssClass: "text-gray-800" }, { theme: "light" })).toEqual([]);
    // The envelope's forced mode is the default.
    expect(lint({ type: "Text", content: "x", cssClass: "text-gray-800" }, {}, { mode: "light" })).toEqual(
      [],
    );
  });

  it("honours dark: variants and Card surfaces", () => {
    expect(lint({ type: "Text", content: "x", cssClass: "text-gray-800 dark:text-gray-200" })).toEqual([]);
    // In a dark Card (oklch 0.205) gray-700 text is unreadable.
    const found = lint(
      { type: "Card", children: [{ type: "Text", content: "x", cssClass: "text-gray-700" }] },
      { theme: "dark" },
    );
    expect(found[0]?.message).toMatch(/on the Card background/);
  });

  it("skips what it can't know: templates, inline styles, gradients, overridden tokens", () => {
    expect(lint({ type: "Div", cssClass: "{{ tone }} text-white", children: [] })).toEqual([]);
    expect(
      lint({
        type: "Div",
        style: { background: "#333" },
        children: [{ type: "P", content: "x", cssClass: "text-white" }],
      }),
    ).toEqual([]);
    expect(
      lint({
        type: "Div",
        cssClass: "bg-gradient-to-r from-blue-500 to-purple-500 text-white",
        children: [],
      }),
    ).toEqual([]);
    expect(lint({ type: "Text", content: "x", cssClass: "text-[var(--brand)]" })).toEqual([]);
    const overridden = { css: [":root { --background: var(--host-bg); }"] };
    expect(lint({ type: "Text", content: "x", cssClass: "text-gray-400" }, {}, overridden)).toEqual([]);
  });

  it("accepts good pairs and does not check theme text on a custom background", () => {
    expect(lint({ type: "Div", cssClass: "bg-emerald-700 text-white", children: [] })).toEqual([]);
    expect(lint({ type: "Div", cssClass: "bg-amber-100 text-amber-900", children: [] })).toEqual([]);
    expect(
      lint({ type: "Div", cssClass: "bg-emerald-500", children: [{ type: "Text", content: "x" }] }),
    ).toEqual([]);
  });
});
