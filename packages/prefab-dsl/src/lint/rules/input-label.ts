/**
 * a11y-input-label: a form control needs an accessible name a sighted user also sees.
 * Accepted: its own `label` prop (Checkbox, Switch), a `Label` whose `forId` is the
 * control's `id`, a `Label` or `ChoiceCard` wrapping it (both render `<label>`), or a
 * `Field` around it holding a `FieldTitle` or `Label`. A placeholder alone gets a
 * softer message: the renderer does use it as `aria-label`, but it vanishes as soon as
 * the user types, so it is not a label.
 */

import type { LintRule } from "../types.js";
import type { LintNode } from "../walk.js";
import { ancestors, descendants, hasText, isTemplated, str } from "../walk.js";

const CONTROLS = new Set([
  "Input",
  "Textarea",
  "Select",
  "Combobox",
  "Slider",
  "DatePicker",
  "Checkbox",
  "Switch",
  "RadioGroup",
]);
const HAS_LABEL_PROP = new Set(["Checkbox", "Switch"]);
/** DatePicker shows "Pick a date" when no placeholder is given. */
const DEFAULT_PLACEHOLDER: Record<string, string> = { DatePicker: "Pick a date" };
const WRAPPING_LABELS = new Set(["Label", "ChoiceCard"]);
const FIELD_TITLES = new Set(["FieldTitle", "Label"]);

function labelText(node: LintNode): boolean {
  return hasText(node, "content") || hasText(node, "text") || node.children.length > 0;
}

function fieldHasTitle(field: LintNode): boolean {
  for (const d of descendants(field)) if (FIELD_TITLES.has(d.type) && labelText(d)) return true;
  return false;
}

function isLabelled(node: LintNode, labelledIds: ReadonlySet<string>): boolean {
  if (HAS_LABEL_PROP.has(node.type) && hasText(node, "label")) return true;
  const id = str(node, "id");
  if (id && labelledIds.has(id)) return true;
  for (const a of ancestors(node)) {
    if (WRAPPING_LABELS.has(a.type)) return true;
    // The nearest Field decides: an outer Field's title belongs to a different control group.
    if (a.type === "Field") return fieldHasTitle(a);
  }
  return false;
}

/**
 * A Label right next to the control (before it, or after it as with switches) that is
 * not tied to it: the likely intended label, worth naming in the message.
 */
function strayLabelNextTo(node: LintNode): boolean {
  return [node.siblings[node.index - 1], node.siblings[node.index + 1]].some(
    (n) => n?.type === "Label" && str(n, "forId") === undefined && n.children.length === 0,
  );
}

export const inputLabel: LintRule = {
  code: "a11y-input-label",
  check(node, ctx) {
    if (!CONTROLS.has(node.type)) return;
    // A templated id or label may well match at render time: don't guess.
    if (isTemplated(node, "id") || isTemplated(node, "label")) return;
    if (isLabelled(node, ctx.labelledIds)) return;

    const how = HAS_LABEL_PROP.has(node.type)
      ? "set `label`, or add a Label with `forId` set to its `id`"
      : node.type === "RadioGroup"
        ? "put it in a Field with a FieldTitle, or add a Label with `forId` set to its `id`"
        : "add a Label with `forId` set to its `id`, or put it in a Field with a FieldTitle";
    const name = str(node, "name");
    const stray =
      name !== undefined && ctx.labelledIds.has(name)
        ? ` (a Label has \`forId: "${name}"\`, which is this control's name, not its id: set \`id: "${name}"\`)`
        : strayLabelNextTo(node)
          ? " (the Label next to it has no `forId`, so it is not tied to the control)"
          : "";

    if (isTemplated(node, "placeholder")) return;
    const placeholder = str(node, "placeholder") ?? DEFAULT_PLACEHOLDER[node.type];
    if (placeholder !== undefined && placeholder.trim() !== "") {
      ctx.report(
        "a11y-input-label",
        node,
        `${node.type} is named only by its placeholder "${placeholder}"; a placeholder is not a label (it disappears once filled in): ${how}${stray}`,
      );
      return;
    }
    ctx.report("a11y-input-label", node, `${node.type} has no label: ${how}${stray}`);
  },
};
