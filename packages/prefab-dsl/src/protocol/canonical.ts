/**
 * Canonical form: props equal to the renderer's default removed. The Python DSL
 * emits almost every default (`"variant":"default","size":"default",...`); dropping
 * them makes envelopes smaller and lets two producers' output be compared.
 */
import { getComponentSpec } from "./components/index.js";
import { isObject, type Json } from "./json.js";
import type { Node } from "./nodes.js";

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b);
}

export function stripDefaults<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripDefaults) as T;
  if (!isObject(value)) return value;
  const spec = typeof value.type === "string" ? getComponentSpec(value.type) : undefined;
  const defaults = (spec?.defaults ?? {}) as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (spec && Object.hasOwn(defaults, k) && sameValue(defaults[k], v)) continue;
    // Empty child lists carry nothing either.
    if (spec && k === "children" && Array.isArray(v) && v.length === 0) continue;
    out[k] = k === "state" || k === "rows" || k === "data" ? v : stripDefaults(v);
  }
  return out as T;
}

export type { Node };
