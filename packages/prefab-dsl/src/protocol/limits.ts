/**
 * Hard limits on untrusted input. They exist so a hostile or broken envelope gets a
 * clear error instead of a stack overflow, a hang or prototype pollution.
 */
export const MAX_NODE_DEPTH = 512;
export const MAX_NODES = 200_000;
/** Raw JSON nesting (data inside props and state), well above any real use. */
export const MAX_VALUE_DEPTH = 2_048;
/** Keys that would reach Object.prototype when copied into a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
