/**
 * Pure list operations behind appendState / popState.
 *
 * The index may arrive as a string because action fields are interpolated templates (`"{{ $index }}"`).
 * The 0.2 renderer compared such strings numerically but then concatenated them (`length + "-1"`), so a
 * string index silently went to the wrong place; here it is parsed strictly or rejected.
 */
const INTEGER_RE = /^[+-]?\d+$/;

/** An integer from a number or an integer string; `undefined` when it is neither. */
export function parseListIndex(index: number | string): number | undefined {
  if (typeof index === "number") return Number.isSafeInteger(index) ? index : undefined;
  const trimmed = index.trim();
  if (!INTEGER_RE.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Copy of `list` with `value` inserted. Without an index it is pushed. A negative index counts from the end
 * and clamps at 0; an index past the end appends (both as `Array.prototype.splice` does, like 0.2).
 */
export function insertAt(list: readonly unknown[], value: unknown, index?: number): unknown[] {
  const copy = list.slice();
  if (index === undefined) {
    copy.push(value);
    return copy;
  }
  const position = index < 0 ? Math.max(0, list.length + index) : Math.min(index, list.length);
  copy.splice(position, 0, value);
  return copy;
}

/**
 * Where `index` points in a list of `length` (negative counts from the end), or `undefined` when it
 * points outside, so the caller can fail instead of 0.2's silent no-op.
 */
export function resolveRemoveIndex(length: number, index: number): number | undefined {
  const position = index < 0 ? length + index : index;
  return position >= 0 && position < length ? position : undefined;
}
