import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { toText } from "./coerce.js";
import { HOSTILE_SEGMENTS } from "./path.js";
import { applyPipe } from "./pipes.js";
import { compileTemplate, errorMessage } from "./template.js";
import type { ExpressionOptions, ScopeLookup } from "./types.js";

/**
 * Resolve one string (§5.2): no `{{` → unchanged; a sole `{{ expr }}` → the typed value, or the original
 * string when it is undefined or fails; a mixed template → a string with undefined parts empty.
 */
export function interpolateString(value: string, lookup: ScopeLookup, options?: ExpressionOptions): unknown {
  if (!value.includes("{{")) return value;
  // Never undefined for a string it handles (an unresolved sole template is its own text).
  const direct = nameTemplate(value, lookup, options);
  return direct !== undefined ? direct : compileTemplate(value)(lookup, options);
}

/**
 * One `{{ name }}` or `{{ name | pipe }}` / `{{ name | pipe:arg }}` with plain text around it (`{{ label_3_4 }}`,
 * `{{ count | number }} items`): a top-level name, an optional pipe with an optional one-token argument (a name,
 * taken as its text, or digits), only the tokenizer's ASCII whitespace inside, no brace in the text around (which
 * could make another shape: a second template, or a sole one ending in `}}}`).
 */
const NAME_TEMPLATE =
  /^([^{}]*)\{\{([ \t\n\r\f\v]*([A-Za-z_$][\w$]*)[ \t\n\r\f\v]*(?:\|[ \t\n\r\f\v]*([A-Za-z_$][\w$]*)(?:[ \t\n\r\f\v]*:[ \t\n\r\f\v]*(?:([A-Za-z_$][\w$]*)|(\d+)))?[ \t\n\r\f\v]*)?)\}\}([^{}]*)$/;
/** Literals and operators the parser reads differently, and names a path never resolves (path.ts). */
const NOT_NAMES: ReadonlySet<string> = new Set(["true", "false", "null", "and", "or", "not"]);

/**
 * The commonest templates, usually with a different key per node, so caching their compiled form would keep a
 * runner, an AST and two cache entries per node (~0.2 KiB each), and parsing them is most of a first render's
 * template cost. Evaluated directly instead, with the compiled template's results (template.ts: sole → the typed
 * value, or the template text when undefined; mixed → text with an undefined value left out) and issues; undefined
 * for any other shape.
 */
function nameTemplate(template: string, lookup: ScopeLookup, options: ExpressionOptions | undefined) {
  const m = NAME_TEMPLATE.exec(template);
  if (m === null || NOT_NAMES.has(m[3]!) || NOT_NAMES.has(m[4]!) || NOT_NAMES.has(m[5]!)) return undefined;
  const [, before, inner, name, pipe, argName, digits, after] = m as unknown as string[];
  let value: unknown;
  try {
    // A hostile root is never read (path.ts); a pipe still runs on undefined, as for the parsed path.
    value = HOSTILE_SEGMENTS.has(name!) ? undefined : lookup(name!);
    if (pipe) value = applyPipe(pipe, value, argName ?? (digits && +digits), options?.format, options?.pipes);
  } catch (error) {
    value = undefined;
    options?.onIssue?.({ kind: "evaluate", expression: inner!.trim(), message: errorMessage(error) });
  }
  // Sole when only whitespace surrounds it (trim(), as splitTemplate).
  if (!(before! + after!).trim()) return value === undefined ? template : value;
  return before! + (value === undefined ? "" : toText(value)) + after!;
}

/**
 * Resolve every template string inside `value`, recursing through arrays and plain objects. The input is
 * never mutated, and any array or object in which nothing changed is returned as the same reference, so
 * memoised React components skip re-rendering. Non-plain objects (class instances, dates) are left alone.
 */
export function interpolate(value: unknown, lookup: ScopeLookup, options?: ExpressionOptions): unknown {
  if (typeof value === "string") return interpolateString(value, lookup, options);
  if (Array.isArray(value)) {
    // Table rows the envelope parser found to hold no template (plain-rows.ts): nothing to resolve.
    return isPlainRows(value) ? value : interpolateArray(value, lookup, options);
  }
  if (isPlainObject(value)) return interpolateObject(value, lookup, options);
  return value;
}

function interpolateArray(
  items: readonly unknown[],
  lookup: ScopeLookup,
  options: ExpressionOptions | undefined,
): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (copy === undefined && isInert(item)) continue;
    const next = interpolate(item, lookup, options);
    if (copy !== undefined) copy.push(next);
    else if (!Object.is(next, item)) {
      copy = items.slice(0, i);
      copy.push(next);
    }
  }
  return copy ?? items;
}

function interpolateObject(
  object: Record<string, unknown>,
  lookup: ScopeLookup,
  options: ExpressionOptions | undefined,
): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (isInert(item)) continue;
    const next = interpolate(item, lookup, options);
    if (Object.is(next, item)) continue;
    copy ??= { ...object };
    // defineProperty, not assignment: an own `__proto__` key (possible from JSON.parse) must stay data.
    Object.defineProperty(copy, key, { value: next, writable: true, enumerable: true, configurable: true });
  }
  return copy ?? object;
}

/** A scalar that interpolates to itself (a table's 50k cells are mostly these): no call, no recursion. */
function isInert(value: unknown): boolean {
  return typeof value === "string" ? !value.includes("{{") : typeof value !== "object" || value === null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
