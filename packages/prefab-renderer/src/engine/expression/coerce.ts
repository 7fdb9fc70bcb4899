/**
 * `String(value)` that cannot throw: objects without a prototype (or with a throwing `toString`) would
 * otherwise abort a whole template over one odd value.
 */
export function toText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * A pipe's "decimals"-style argument, read the way the published renderer does (`parseInt(String(arg))`),
 * but invalid or out-of-range values fall back to the default instead of making `Intl`/`toFixed` throw.
 */
export function toDigits(arg: unknown, fallback: number | undefined): number | undefined {
  if (arg === undefined || arg === null) return fallback;
  const digits = Number.parseInt(toText(arg), 10);
  if (Number.isNaN(digits)) return fallback;
  return Math.min(Math.max(digits, 0), 20);
}

/** `Number(value)` for numeric pipes: NaN (also from exotic objects) means "not a number, pass it on". */
export function toNumber(value: unknown): number {
  try {
    return Number(value);
  } catch {
    return Number.NaN;
  }
}
