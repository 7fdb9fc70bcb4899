import type { ScopeLookup } from "./types.js";

/**
 * A lookup over plain objects, first match wins (e.g. `lookupFrom(localScope, state)`), reading own
 * properties only. Allocation happens once here, not per evaluation.
 */
export function lookupFrom(...sources: readonly Readonly<Record<string, unknown>>[]): ScopeLookup {
  return (name) => {
    for (const source of sources) {
      if (Object.hasOwn(source, name)) return source[name];
    }
    return undefined;
  };
}
