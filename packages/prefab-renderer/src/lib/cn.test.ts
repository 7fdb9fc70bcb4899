import { describe, expect, it } from "vitest";
import { collectTypes } from "../render/registry.js";
import { cn, hasClassMerge } from "./cn.js";

describe("cn", () => {
  it("joins conditionally without loading tailwind-merge", () => {
    expect(hasClassMerge()).toBe(false);
    expect(cn("p-4", false, undefined, ["text-sm", { hidden: true, block: false }])).toBe(
      "p-4 text-sm hidden",
    );
  });

  it("lets the author's class win once the class-merge chunk has run", async () => {
    await import("./class-merge.js");
    expect(hasClassMerge()).toBe(true);
    expect(cn("p-4 text-sm", "p-2 bg-red-500")).toBe("text-sm p-2 bg-red-500");
  });

  it("is preloaded for envelopes with author classes only", () => {
    expect(
      collectTypes({ type: "Card", children: [{ type: "Text", cssClass: "p-2" }] }).has("$cssClass"),
    ).toBe(true);
    expect(collectTypes({ type: "Card", children: [{ type: "Text", cssClass: "" }] }).has("$cssClass")).toBe(
      false,
    );
  });
});
