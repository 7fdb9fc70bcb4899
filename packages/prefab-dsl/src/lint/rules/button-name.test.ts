import { describe, expect, it } from "vitest";
import { lintInput } from "../index.js";

const lint = (view: unknown) =>
  lintInput({ $prefab: { version: "0.3" }, view }).findings.filter((i) => i.code === "a11y-button-name");

describe("a11y-button-name", () => {
  it("flags an icon-only button with an empty label, with its path", () => {
    const found = lint({
      type: "Row",
      children: [{ type: "Button", label: "", icon: "plus", size: "icon" }],
    });
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "view.children[0]",
        message: expect.stringMatching(/^icon-only Button/),
      }),
    ]);
  });

  it("flags a blank label on a normal-size button", () => {
    expect(lint({ type: "Button", label: "   " })[0]?.message).toMatch(/empty label/);
  });

  it("accepts a labelled icon button (the label is read by screen readers)", () => {
    expect(lint({ type: "Button", label: "Add item", icon: "plus", size: "icon-sm" })).toEqual([]);
    expect(lint({ type: "Button", label: "Save" })).toEqual([]);
  });

  it("skips a templated label", () => {
    expect(lint({ type: "Button", label: "{{ action }}", size: "icon" })).toEqual([]);
  });
});
