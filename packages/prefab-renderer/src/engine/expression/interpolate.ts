import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { HOSTILE_SEGMENTS } from "./path.js";
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
