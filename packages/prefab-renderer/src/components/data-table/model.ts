/**
 * The DataTable's row model, over row indexes: filter → sort → page, without a per-row object.
 *
 * A table of n rows costs one `number[]` of n indexes (plus the sort); only the rows on screen
 * become React elements. Row ids are the row's index in `rows` (as strings, for the selection and
 * expansion maps), so they survive sorting and filtering.
 *
 * The semantics are TanStack Table v8's, which the table used before (sortDescFirst false, sorting
 * removal on, shift-click multi-sort, a global filter over every column, row selection over the
 * filtered rows), so behaviour did not change when it was replaced.
 */
import { asString } from "../../lib/coerce.js";

export type Row = Record<string, unknown>;

/** One sort key: a column id and its direction. Earlier keys win; ties fall back to the row order. */
export interface SortKey {
  readonly id: string;
  readonly desc: boolean;
}
export type Sorting = readonly SortKey[];

/** Selected row ids (`String(index)`) → true. Ids that are not selected are absent. */
export type Selection = Readonly<Record<string, true>>;

/** A column as the model sees it: its id and the row key it reads. */
export interface ModelColumn {
  readonly id: string;
  readonly key: string;
}

export function isNodeValue(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Row).type === "string";
}

/** Text used by search (and sorting of node cells): a node's label/content, else String(value). */
export function textOf(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isNodeValue(v)) {
    for (const k of ["label", "content", "text", "value"])
      if (typeof v[k] === "string") return v[k] as string;
    return "";
  }
  return asString(v);
}

// Made on the first text comparison: the first Intl.Collator of a page loads ICU collation data (~15 ms),
// which a table that is never sorted by text should not pay for before its first paint.
let collator: Intl.Collator | undefined;
function collate(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return collator.compare(a, b);
}

/** Ascending order of two cell values: empty values (undefined, null, "") last, numbers numerically, text by locale. */
export function compareValues(a: unknown, b: unknown): number {
  const an = a === undefined || a === null || a === "";
  const bn = b === undefined || b === null || b === "";
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (typeof a === "string" && typeof b === "string") return a === b ? 0 : collate(a, b);
  return collate(textOf(a), textOf(b));
}

/**
 * The sorting after a click on column `id`'s header (TanStack's toggleSorting): unsorted → asc → desc →
 * unsorted. `multi` (shift-click) toggles the column inside the current keys or appends it; a plain click
 * replaces every key, except that on the last (or only) key it just toggles that key.
 */
export function nextSorting(sorting: Sorting, id: string, multi: boolean): Sorting {
  const index = sorting.findIndex((s) => s.id === id);
  const current = index < 0 ? undefined : sorting[index];
  // asc first; after asc comes desc; after desc the column is removed.
  const next: "asc" | "desc" | false = !current ? "asc" : current.desc ? false : "desc";
  const desc = next === "desc";
  let action: "add" | "toggle" | "replace";
  if (sorting.length > 0 && multi) action = current ? "toggle" : "add";
  else if (sorting.length > 0 && index !== sorting.length - 1) action = "replace";
  else action = current ? "toggle" : "replace";
  if (action === "add") return [...sorting, { id, desc }];
  if (action === "toggle") {
    if (next === false) return sorting.filter((s) => s.id !== id);
    return sorting.map((s) => (s.id === id ? { id, desc } : s));
  }
  return [{ id, desc }];
}

/**
 * The indexes of `rows` to show, in order: rows matching `filter` (a lower-case substring of any
 * column's text; "" keeps every row), sorted by `sorting` (keys naming no column are ignored), ties in
 * row order.
 */
export function viewOrder(
  rows: readonly Row[],
  columns: readonly ModelColumn[],
  filter: string,
  sorting: Sorting,
): number[] {
  const n = rows.length;
  let order: number[];
  if (filter) {
    order = [];
    const texts = searchTexts(rows, columns);
    for (let i = 0; i < n; i++) if (texts[i]!.includes(filter)) order.push(i);
  } else {
    order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
  }
  const keys: SortColumn[] = [];
  for (const s of sorting) {
    const col = columns.find((c) => c.id === s.id);
    if (col) keys.push(sortColumn(rows, order, col.key, s.desc ? -1 : 1));
  }
  if (keys.length > 0) {
    order.sort((a, b) => {
      for (const k of keys) {
        let r: number;
        if (k.ranks) {
          const x = k.ranks[a]!;
          const y = k.ranks[b]!;
          r = x === y ? 0 : x < y ? -1 : 1;
        } else r = compareValues(k.values![a], k.values![b]);
        if (r !== 0) return r * k.sign;
      }
      return a - b;
    });
  }
  return order;
}

const textCache = new WeakMap<readonly Row[], { columns: readonly ModelColumn[]; texts: string[] }>();

/**
 * Per row, the lower-case text of its cells joined by a separator no typed query contains (so a match never spans
 * two cells): built on the first search of a rows/columns pair, then every keystroke is one `includes` per row.
 */
function searchTexts(rows: readonly Row[], columns: readonly ModelColumn[]): string[] {
  const hit = textCache.get(rows);
  if (hit && hit.columns === columns) return hit.texts;
  const texts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let t = "";
    for (const c of columns) t += `${textOf(row[c.key])}\u0000`;
    texts[i] = t.toLowerCase();
  }
  textCache.set(rows, { columns, texts });
  return texts;
}

/** A sort key: comparable ranks per row when the column allows it, else the raw values. */
interface SortColumn {
  ranks?: Float64Array;
  values?: unknown[];
  sign: number;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

/**
 * Read a sort column once per row. A column of numbers (or of booleans) sorts by the numbers; a column of repeated
 * strings by ranks: its distinct strings are sorted once with the collator (not one collator call per comparison of
 * 100k rows), strings the collator finds equal share a rank. Empty cells rank last. The order is the one
 * `compareValues` gives; mixed columns (numbers and text, node cells) and mostly distinct strings use it directly.
 */
function sortColumn(rows: readonly Row[], order: readonly number[], key: string, sign: number): SortColumn {
  const values = new Array<unknown>(rows.length);
  let numbers = true;
  let booleans = true;
  let strings = true;
  for (const i of order) {
    const v = rows[i]![key];
    values[i] = v;
    if (isEmpty(v)) continue;
    const t = typeof v;
    if (t !== "number") numbers = false;
    if (t !== "boolean") booleans = false;
    if (t !== "string") strings = false;
  }
  if (!numbers && !booleans && !strings) return { values, sign };
  const ranks = new Float64Array(rows.length);
  if (strings && !numbers && !booleans) {
    const set = new Set<string>();
    for (const i of order) {
      const v = values[i];
      if (typeof v === "string" && v !== "") set.add(v);
    }
    // Mostly distinct strings (ids): ranking would sort them all anyway, plus one collator call per neighbour pair.
    if (set.size * 2 > order.length) return { values, sign };
    const distinct = [...set];
    distinct.sort(collate);
    const rankOf = new Map<string, number>();
    let rank = 0;
    for (let d = 0; d < distinct.length; d++) {
      if (d > 0 && collate(distinct[d - 1]!, distinct[d]!) !== 0) rank++;
      rankOf.set(distinct[d]!, rank);
    }
    for (const i of order) {
      const v = values[i];
      ranks[i] = isEmpty(v) ? Number.POSITIVE_INFINITY : rankOf.get(v as string)!;
    }
  } else {
    for (const i of order) {
      const v = values[i];
      ranks[i] = isEmpty(v) ? Number.POSITIVE_INFINITY : Number(v);
    }
  }
  return { ranks, sign };
}

/** Toggle one row (TanStack's row.toggleSelected): selecting in single mode drops every other row. */
export function toggleRow(selection: Selection, id: string, multi: boolean, value?: boolean): Selection {
  const on = value ?? !selection[id];
  if (on === (selection[id] === true)) return selection;
  if (!on) {
    const next: Record<string, true> = { ...selection };
    delete next[id];
    return next;
  }
  return multi ? { ...selection, [id]: true } : { [id]: true };
}

/** Select or clear every row of `order` (the filtered rows), keeping the selection of rows outside it. */
export function toggleAll(selection: Selection, order: readonly number[], value: boolean): Selection {
  const next: Record<string, true> = { ...selection };
  if (value) for (const i of order) next[String(i)] = true;
  else for (const i of order) delete next[String(i)];
  return next;
}

/** Whether every row of `order` is selected (false when there is none). */
export function allSelected(selection: Selection, order: readonly number[]): boolean {
  if (order.length === 0) return false;
  for (const i of order) if (!selection[String(i)]) return false;
  return true;
}

/** Selected ids → rows, in row order (the value written to `state[name]`). */
export function selectedRows(selection: Selection, rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (const id of Object.keys(selection)) {
    const r = rows[Number(id)];
    if (r !== undefined) out.push(r);
  }
  return out;
}
