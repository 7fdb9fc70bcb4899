/**
 * Table rows known to be plain data: every row an object whose values are scalars, no string holding a `{{ }}`
 * template. The envelope parser marks every such array in the envelope while it sanitizes it (DataTable rows, chart
 * data: the check rides on the pass that looks for forbidden keys anyway); later walks over the same array (the
 * parser's own DataTable pass, the 0.2 upgrade, a renderer's type collection and template interpolation) can skip
 * it instead of visiting every cell of a possibly huge table again. Parsed envelopes are never mutated, so a mark
 * stays true.
 */
const plain = new WeakSet<object>();

export function markPlainRows(rows: readonly unknown[]): void {
  plain.add(rows);
}

/** Whether `value` is a rows array the parser found to be plain data. */
export function isPlainRows(value: unknown): boolean {
  return typeof value === "object" && value !== null && plain.has(value);
}
