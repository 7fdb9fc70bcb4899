export const FORM_INPUTS = 50;
/** The input typed into (0-based) and the dependent Text's prefix. */
export const TYPED_INPUT = 25;
export const boundPrefix = (i: number) => `Echo ${i}: `;

/** 50 named Inputs, each followed by a Text bound to it (`"Echo i: {{ field_i }}"`). */
export function formEnvelope() {
  const children = [];
  for (let i = 0; i < FORM_INPUTS; i++) {
    children.push({ type: "Input", name: `field_${i}`, inputType: "text", placeholder: `Field ${i}` });
    children.push({ type: "Text", content: `${boundPrefix(i)}{{ field_${i} }}` });
  }
  return { version: "0.2", view: { type: "Column", cssClass: "gap-2", children } };
}

/** 100 keystrokes, deterministic. */
export const KEYS = "the quick brown fox jumps over the lazy dog 0123456789 ".repeat(2).slice(0, 100);
