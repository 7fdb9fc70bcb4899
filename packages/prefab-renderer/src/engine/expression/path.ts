import type { PathNode } from "@prefab-ui/dsl/expression";
import type { ScopeLookup } from "./types.js";

/** Never readable from an expression, so a template cannot reach a prototype or a constructor. */
export const HOSTILE_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * One step of a dot path: `length` of arrays and strings, otherwise own properties of objects only
 * (array elements are own properties, so `items.0` works and `items.01` does not).
 */
export function readMember(container: unknown, segment: string): unknown {
  if (container === null || container === undefined) return undefined;
  if (segment === "length" && (typeof container === "string" || Array.isArray(container))) {
    return container.length;
  }
  if (typeof container !== "object" || HOSTILE_SEGMENTS.has(segment)) return undefined;
  if (!Object.hasOwn(container, segment)) return undefined;
  return (container as Record<string, unknown>)[segment];
}

export function resolvePath(node: PathNode, lookup: ScopeLookup): unknown {
  const { segments } = node;
  const root = segments[0] ?? "";
  if (HOSTILE_SEGMENTS.has(root)) return undefined;
  let value = lookup(root);
  for (let i = 1; i < segments.length && value !== undefined; i++) {
    value = readMember(value, segments[i] as string);
  }
  return value;
}
