/**
 * a11y-image-alt: an Image needs `alt` text. The protocol has no way to mark an image
 * decorative (an empty alt is also its default, so absent and empty can't be told
 * apart), so both are reported; the message says how to fix or accept it.
 */
import type { LintRule } from "../types.js";
import { isTemplated, str } from "../walk.js";

export const imageAlt: LintRule = {
  code: "a11y-image-alt",
  check(node, ctx) {
    if (node.type !== "Image" || isTemplated(node, "alt")) return;
    if ((str(node, "alt") ?? "").trim() !== "") return;
    const missing = node.props.alt === undefined ? "has no `alt`" : "has an empty `alt`";
    ctx.report(
      "a11y-image-alt",
      node,
      `Image ${missing}: describe what it shows (e.g. "Company logo"); a purely decorative image can keep an empty alt, but say so in review`,
    );
  },
};
