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
  const sole = SOLE_NAME.exec(value);
  if (sole !== null && !NOT_NAMES.has(sole[1]!)) return soleName(value, sole[1]!, lookup, options);
  const piped = namePipe(value, lookup, options);
  if (piped !== NOT_THIS_SHAPE) return piped;
  return compileTemplate(value)(lookup, options);
}

/**
 * `{{ name }}`, a single state key or variable: the commonest template, and usually a different key per node
 * (`{{ label_3_4 }}`), so caching its compiled form would keep a runner, an AST and two cache entries per node
 * (~0.2 KiB each) for a lookup. Evaluated directly instead, with the sole-template rules (compile.ts, template.ts).
 */
const SOLE_NAME = /^\s*\{\{\s*([A-Za-z_$][A-Za-z0-9_$]*)\s*\}\}\s*$/;
/** Literals and operators the parser reads differently, and names a path never resolves (path.ts). */
const NOT_NAMES: ReadonlySet<string> = new Set(["true", "false", "null", "and", "or", "not"]);

function soleName(
  template: string,
  name: string,
  lookup: ScopeLookup,
  options: ExpressionOptions | undefined,
): unknown {
  if (HOSTILE_SEGMENTS.has(name)) return template; // as resolvePath: never read
  let value: unknown;
  try {
    value = lookup(name);
  } catch (error) {
    options?.onIssue?.({ kind: "evaluate", expression: name, message: errorMessage(error) });
    return template;
  }
  // An unresolved sole template leaves its text in place (§5.2).
  return value === undefined ? template : value;
}

/** `namePipe`'s answer for a string of another shape. */
const NOT_THIS_SHAPE: unique symbol = Symbol("not this shape");

/**
 * The inside of `{{ name | pipe }}` / `{{ name | pipe:arg }}`: a top-level name, a pipe, an optional one-token
 * argument (a name, taken as its text, or digits). Only the tokenizer's ASCII whitespace, as the parser would.
 */
const NAME_PIPE =
  /^[ \t\n\r\f\v]*([A-Za-z_$][A-Za-z0-9_$]*)[ \t\n\r\f\v]*\|[ \t\n\r\f\v]*([A-Za-z_$][A-Za-z0-9_$]*)(?:[ \t\n\r\f\v]*:[ \t\n\r\f\v]*(?:([A-Za-z_$][A-Za-z0-9_$]*)|([0-9]+)))?[ \t\n\r\f\v]*$/;

/**
 * One `{{ name | pipe }}` with plain text around it (`{{ count | number }} items`, `Total: {{ t | currency }}`):
 * the next commonest template, again usually a different key per node, so it is evaluated directly rather than
 * split, parsed (the parser is most of a first render's template cost) and cached per string. The result is what
 * the compiled template gives (template.ts: sole → typed value or the template text when undefined; mixed → text
 * with an undefined value left out), failures reported alike. Any other shape answers NOT_THIS_SHAPE.
 */
function namePipe(template: string, lookup: ScopeLookup, options: ExpressionOptions | undefined): unknown {
  const open = template.indexOf("{{");
  const close = template.indexOf("}}", open + 2);
  if (close === -1) return NOT_THIS_SHAPE;
  const before = template.slice(0, open);
  const after = template.slice(close + 2);
  // Braces in the text could make another shape (a second template, or a sole one ending in `}}}`).
  if (hasBrace(before) || hasBrace(after)) return NOT_THIS_SHAPE;
  const inner = template.slice(open + 2, close);
  const m = NAME_PIPE.exec(inner);
  if (m === null) return NOT_THIS_SHAPE;
  const name = m[1]!;
  const pipe = m[2]!;
  const argName = m[3];
  if (NOT_NAMES.has(name) || NOT_NAMES.has(pipe) || (argName !== undefined && NOT_NAMES.has(argName)))
    return NOT_THIS_SHAPE;
  const arg = argName ?? (m[4] === undefined ? undefined : Number.parseFloat(m[4]));
  let value: unknown;
  try {
    // A hostile root is never read (path.ts); the pipe still runs on undefined, as for the parsed path.
    value = applyPipe(
      pipe,
      HOSTILE_SEGMENTS.has(name) ? undefined : lookup(name),
      arg,
      options?.format,
      options?.pipes,
    );
  } catch (error) {
    options?.onIssue?.({ kind: "evaluate", expression: inner.trim(), message: errorMessage(error) });
    value = undefined;
  }
  // Sole when only whitespace surrounds it (trim(), as splitTemplate): typed, or the template text when undefined.
  if (before.trim() === "" && after.trim() === "") return value === undefined ? template : value;
  return value === undefined ? before + after : before + toText(value) + after;
}

function hasBrace(text: string): boolean {
  return text.includes("{") || text.includes("}");
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
