/**
 * Form (§9): client-side validation with our own per-field messages (the browser's `validity` and
 * `validationMessage`, never its bubble), then every named field's value is written to state
 * (strings; booleans for checkboxes), then `onSubmit` runs.
 */
import { type FormEvent, useState } from "react";
import { cn } from "../../lib/cn.js";
import { useRuntime } from "../../render/runtime.js";
import { cls, FieldErrors, FormContext, type FormState, idOf, type P, validationText } from "./shared.js";

type FieldElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const NOT_VALUES = new Set(["file", "submit", "button", "reset", "image"]);

function isField(el: Element): el is FieldElement {
  return el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT";
}

const keyOf = (el: FieldElement) => el.getAttribute("data-pf-field") || el.name;

/** The element to focus for an invalid field: the visible control, not Radix's hidden form input. */
function focusTarget(form: HTMLFormElement, el: FieldElement, key: string): HTMLElement | null {
  if (el.getAttribute("aria-hidden") !== "true" && el.tabIndex >= 0) return el;
  for (const node of form.querySelectorAll<HTMLElement>("[data-pf-field]")) {
    if (node.getAttribute("data-pf-field") !== key || node === el) continue;
    if (node.getAttribute("aria-hidden") === "true") continue;
    if (node.tabIndex >= 0) return node;
    return node.querySelector<HTMLElement>("button:not([disabled]),input:not([disabled]),[tabindex]");
  }
  return null;
}

export function Form(p: P) {
  const { store } = useRuntime();
  const [ctx] = useState<FormState>(() => ({ errors: new FieldErrors() }));

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fields = [...form.elements].filter(isField);

    // 1. Validation: every field's message follows its current validity.
    const invalidKeys = new Set<string>();
    let first: HTMLElement | null = null;
    for (const el of fields) {
      const key = keyOf(el);
      if (!key) continue;
      if (el.willValidate && !el.validity.valid) {
        if (!invalidKeys.has(key)) ctx.errors.set(key, validationText(el));
        invalidKeys.add(key);
        first ??= focusTarget(form, el, key);
      } else if (!invalidKeys.has(key)) ctx.errors.set(key, undefined);
    }
    if (invalidKeys.size > 0) {
      first?.focus();
      return;
    }

    // 2. Values into state, in one notification.
    const values: Record<string, unknown> = {};
    store.batch(() => {
      for (const el of fields) {
        const name = el.name;
        if (!name || el.disabled || el.hasAttribute("data-pf-skip") || NOT_VALUES.has(el.type)) continue;
        let v: unknown;
        if (el.type === "checkbox") v = (el as HTMLInputElement).checked;
        else if (el.type === "radio") {
          if (!(el as HTMLInputElement).checked) continue;
          v = el.value;
        } else v = el.value;
        values[name] = v;
        if (store.get(name) !== v) store.set(name, v);
      }
    });

    // 3. The author's actions.
    void p.emit("onSubmit", values);
  };

  return (
    <form
      id={idOf(p)}
      noValidate
      data-slot="form"
      onSubmit={onSubmit}
      className={cn("pf-form flex w-full flex-col", cls(p))}
    >
      <FormContext.Provider value={ctx}>{p.children}</FormContext.Provider>
    </form>
  );
}
