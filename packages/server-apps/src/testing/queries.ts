/**
 * Finding elements the way a user names them: controls by accessible name or visible
 * text, fields by label, aria-label, placeholder or name. Exact matches win over
 * partial ones, so `click("Save")` does not hit "Save as…" when both exist.
 */

const CLICKABLE =
  'button, a[href], [role="button"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [role="row"], tr, summary, label';
const FIELDS = "input, textarea, select";

const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** The accessible name, as far as tests need it: aria-label, aria-labelledby, else text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute("aria-label");
  if (label) return norm(label);
  const by = el.getAttribute("aria-labelledby");
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? "")
      .join(" ");
    if (norm(text)) return norm(text);
  }
  return norm(el.textContent);
}

const visible = (el: Element) => !el.closest("[hidden], [aria-hidden='true']");

function pick<T extends Element>(candidates: T[], name: string, nameOf: (el: T) => string[]): T | undefined {
  const lower = name.toLowerCase();
  return (
    candidates.find((el) => nameOf(el).some((n) => n === name)) ??
    candidates.find((el) => nameOf(el).some((n) => n.toLowerCase() === lower)) ??
    candidates.find((el) => nameOf(el).some((n) => n.toLowerCase().includes(lower)))
  );
}

/** The innermost clickable element named `name`. */
export function findClickable(root: Element, name: string): HTMLElement {
  const all = [...root.querySelectorAll<HTMLElement>(CLICKABLE)].filter(visible);
  // Innermost first: a row containing a button named "Delete" should not win over the button.
  const innermostFirst = all.filter((el) => !all.some((o) => o !== el && el.contains(o)));
  const rest = all.filter((el) => !innermostFirst.includes(el));
  const found = pick([...innermostFirst, ...rest], name, (el) => [accessibleName(el)]);
  if (found) return found;
  throw new Error(
    `no clickable element named "${name}"; clickable: ${all.map((el) => `"${accessibleName(el).slice(0, 40)}"`).join(", ") || "none"}`,
  );
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A form field by its label text, aria-label, placeholder or name. */
export function findField(root: Element, label: string): Field {
  const doc = root.ownerDocument;
  const fields = [...root.querySelectorAll<Field>(FIELDS)].filter(
    (el) =>
      visible(el) &&
      !(el instanceof doc.defaultView!.HTMLInputElement && ["hidden", "file"].includes(el.type)),
  );
  const labelsOf = (el: Field): string[] => {
    const names: string[] = [];
    if (el.id) {
      for (const l of root.querySelectorAll(`label[for="${el.id.replace(/["\\]/g, "\\$&")}"]`))
        names.push(norm(l.textContent));
    }
    const wrapping = el.closest("label");
    if (wrapping) names.push(norm(wrapping.textContent));
    names.push(
      norm(el.getAttribute("aria-label")),
      norm(el.getAttribute("placeholder")),
      norm(el.getAttribute("name")),
    );
    return names.filter(Boolean);
  };
  const found = pick(fields, label, labelsOf);
  if (found) return found;
  throw new Error(
    `no field labelled "${label}"; fields: ${fields.map((f) => `"${labelsOf(f)[0] ?? "?"}"`).join(", ") || "none"}`,
  );
}

/** Visible text, one space between separate text runs. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = norm(node.textContent);
      if (t) parts.push(t);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === "SCRIPT" || el.tagName === "STYLE" || el.hasAttribute("hidden")) return;
    for (const child of el.childNodes) walk(child);
  };
  walk(root);
  return parts.join(" ");
}
