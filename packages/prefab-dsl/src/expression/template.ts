import type { ExpressionError } from "./ast.js";
import { parseExpression } from "./parse.js";

/** A literal run of text inside a mixed template. */
export interface TemplateText {
  readonly kind: "text";
  readonly text: string;
}

/** One `{{ … }}`: `expression` is the trimmed inner text, `offset` where it starts in the whole string. */
export interface TemplateExpression {
  readonly kind: "expression";
  readonly expression: string;
  readonly offset: number;
}

export type TemplatePart = TemplateText | TemplateExpression;

/**
 * How a string is interpolated (§5.2):
 * - `plain`: no `{{`, the string is used unchanged;
 * - `sole`: the whole (trimmed) string is one `{{ expr }}`, which yields a typed value;
 * - `mixed`: text and expressions concatenated into a string; an unclosed `{{` stays literal text.
 */
export type TemplateShape =
  | { readonly kind: "plain"; readonly text: string }
  | { readonly kind: "sole"; readonly expression: string; readonly offset: number }
  | { readonly kind: "mixed"; readonly parts: readonly TemplatePart[] };

export interface TemplateError extends ExpressionError {
  /** The trimmed expression text that failed to parse. */
  readonly expression: string;
}

/** True when the string contains `{{`, i.e. interpolation could change it. */
export function hasTemplate(value: string): boolean {
  return value.includes("{{");
}

/**
 * If the trimmed string is exactly one `{{ … }}` with no other braces pair inside, its trimmed inner
 * expression and the expression's offset in `value`; otherwise null.
 */
export function soleTemplateExpression(value: string): { expression: string; offset: number } | null {
  const trimmed = value.trim();
  if (trimmed.length < 4 || !trimmed.startsWith("{{") || !trimmed.endsWith("}}")) return null;
  const inner = trimmed.slice(2, -2);
  if (inner.includes("{{") || inner.includes("}}")) return null;
  const start = value.indexOf("{{") + 2;
  return { expression: inner.trim(), offset: start + leadingSpace(inner) };
}

export function splitTemplate(value: string): TemplateShape {
  if (!hasTemplate(value)) return { kind: "plain", text: value };
  const sole = soleTemplateExpression(value);
  if (sole) return { kind: "sole", ...sole };
  return { kind: "mixed", parts: scanMixed(value) };
}

function scanMixed(value: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pushText = (text: string): void => {
    if (text === "") return;
    const last = parts[parts.length - 1];
    // Merge neighbouring text runs so consumers see one run between expressions.
    if (last?.kind === "text") parts[parts.length - 1] = { kind: "text", text: last.text + text };
    else parts.push({ kind: "text", text });
  };
  let cursor = 0;
  while (cursor < value.length) {
    const open = value.indexOf("{{", cursor);
    if (open === -1) {
      pushText(value.slice(cursor));
      break;
    }
    pushText(value.slice(cursor, open));
    const close = value.indexOf("}}", open + 2);
    if (close === -1) {
      // An unclosed `{{` is copied verbatim, with everything after it.
      pushText(value.slice(open));
      break;
    }
    const inner = value.slice(open + 2, close);
    parts.push({ kind: "expression", expression: inner.trim(), offset: open + 2 + leadingSpace(inner) });
    cursor = close + 2;
  }
  return parts;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Parse every `{{ }}` in a string and report the failures, with offsets into the whole string.
 * An unclosed `{{` is not an error: the protocol renders it as literal text.
 */
export function validateTemplates(value: string): TemplateError[] {
  const shape = splitTemplate(value);
  const expressions =
    shape.kind === "sole"
      ? [{ expression: shape.expression, offset: shape.offset }]
      : shape.kind === "mixed"
        ? shape.parts.filter((part): part is TemplateExpression => part.kind === "expression")
        : [];
  const errors: TemplateError[] = [];
  for (const { expression, offset } of expressions) {
    const result = parseExpression(expression);
    if (!result.ok) {
      errors.push({ message: result.error.message, offset: offset + result.error.offset, expression });
    }
  }
  return errors;
}
