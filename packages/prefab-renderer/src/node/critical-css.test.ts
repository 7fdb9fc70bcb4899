import { describe, expect, it } from "vitest";
import { classesOf, criticalCss, markupClasses, selectorMayMatch } from "./critical-css.js";

describe("classesOf", () => {
  it("reads escaped class names and skips attribute values and strings", () => {
    expect(classesOf(".\\[\\&_\\[data-title\\]\\]\\:text-success [data-title]")).toEqual([
      "[&_[data-title]]:text-success",
    ]);
    expect(classesOf(".group-hover\\:x:is(:where(.group):hover *)")).toEqual(["group-hover:x", "group"]);
    expect(classesOf(".\\32 xl\\:p-4")).toEqual(["2xl:p-4"]);
    expect(classesOf('.a[data-x="b.c"]')).toEqual(["a"]);
    expect(classesOf(".a[data-x=b.c]")).toEqual(["a"]);
    expect(classesOf(":root")).toEqual([]);
  });
});

describe("selectorMayMatch", () => {
  const used = new Set(["flex", "dark:bg-x", "dark"]);
  it("keeps a selector list when one selector names only used classes", () => {
    expect(selectorMayMatch(".flex", used)).toBe(true);
    expect(selectorMayMatch(".grid,.flex", used)).toBe(true);
    expect(selectorMayMatch(".grid", used)).toBe(false);
    expect(selectorMayMatch(".dark\\:bg-x:where(.dark,.dark *)", used)).toBe(true);
    expect(selectorMayMatch(".dark\\:bg-y:where(.dark,.dark *)", used)).toBe(false);
    expect(selectorMayMatch("*,:before", used)).toBe(true);
  });
});

describe("markupClasses", () => {
  it("collects class tokens with entities decoded", () => {
    const used = markupClasses(
      '<div class="flex  gap-2"><span class="[&amp;_svg]:size-4 a&#x2f;b"></span><p id="class"></p></div>',
    );
    expect([...used].sort()).toEqual(["[&_svg]:size-4", "a/b", "flex", "gap-2"]);
  });
});

describe("criticalCss", () => {
  const css =
    "@layer theme{:root{--x:1}}@layer base{*{margin:0}}@layer utilities{.flex{display:flex}.grid{display:grid}" +
    '.content-\\[\\"\\}\\"\\]{content:"}"}@media (min-width:40rem){.sm\\:flex{display:flex}.sm\\:grid{display:grid}}' +
    "@supports (x:y){.grid{x:y}}.hover\\:flex:hover{@media (hover:hover){display:flex}}}.dark{--y:2}@keyframes spin{to{rotate:1turn}}";

  it("drops unused utilities, recursing into at-rules, and keeps everything outside the layer", () => {
    const out = criticalCss(css, new Set(["flex", "sm:flex", "hover:flex"]));
    expect(out).toBe(
      "@layer theme{:root{--x:1}}@layer base{*{margin:0}}@layer utilities{.flex{display:flex}" +
        "@media (min-width:40rem){.sm\\:flex{display:flex}}.hover\\:flex:hover{@media (hover:hover){display:flex}}}" +
        ".dark{--y:2}@keyframes spin{to{rotate:1turn}}",
    );
  });

  it("returns the sheet unchanged when it cannot read it", () => {
    expect(criticalCss("@layer utilities{.a{x:y}", new Set())).toBe("@layer utilities{.a{x:y}");
    expect(criticalCss(".a{x:y}", new Set())).toBe(".a{x:y}");
  });
});
