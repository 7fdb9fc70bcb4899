/**
 * a11y-button-name: a Button must have a non-empty `label`. For icon sizes the renderer
 * puts the label in a screen-reader-only span, so naming an icon button costs nothing
 * visually; without it a screen reader announces just "button".
 */
import type { LintRule } from "../types.js";
import { isTemplated, str } from "../walk.js";

export const buttonName: LintRule = {
  code: "a11y-button-name",
  check(node, ctx) {
    if (node.type !== "Button" || isTemplated(node, "label")) return;
    if ((str(node, "label") ?? "").trim() !== "") return;
    const size = str(node, "size") ?? "default";
    const icon = str(node, "icon");
    const what = size.startsWith("icon") || icon ? "icon-only Button" : "Button with an empty label";
    const hint = size.startsWith("icon")
      ? "set `label` (icon sizes show it to screen readers only)"
      : 'set `label`, or use an icon size (`size: "icon"`) and a `label` read only by screen readers';
    ctx.report("a11y-button-name", node, `${what} has no accessible name: ${hint}`);
  },
};
