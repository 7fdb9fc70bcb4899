import { describe, expect, it } from "vitest";
import { lintInput } from "../index.js";

const lint = (view: unknown) =>
  lintInput({ $prefab: { version: "0.3" }, view }).findings.filter((i) => i.code === "a11y-image-alt");

describe("a11y-image-alt", () => {
  it("flags a missing and an empty alt", () => {
    const found = lint({
      type: "Column",
      children: [
        { type: "Image", src: "https://example.com/a.png" },
        { type: "Image", src: "https://example.com/b.png", alt: " " },
      ],
    });
    expect(found.map((f) => f.path)).toEqual(["view.children[0]", "view.children[1]"]);
    expect(found[0]!.message).toMatch(/no `alt`.*describe/);
    expect(found[1]!.message).toMatch(/empty `alt`/);
  });

  it("accepts alt text and skips templated alt", () => {
    expect(lint({ type: "Image", src: "x.png", alt: "Company logo" })).toEqual([]);
    expect(lint({ type: "Image", src: "x.png", alt: "{{ item.name }}" })).toEqual([]);
  });

  it("lints templates in defs at their own paths", () => {
    const found = lintInput({
      $prefab: { version: "0.3" },
      defs: { avatar: { type: "Image", src: "{{ url }}" } },
      view: { $ref: "avatar", let: { url: "a.png" } },
    }).findings;
    expect(found.map((f) => f.path)).toEqual(["defs.avatar"]);
  });
});
