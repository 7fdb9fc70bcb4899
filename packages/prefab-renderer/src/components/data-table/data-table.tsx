/**
 * DataTable: a row model over row indexes (model.ts: filter → sort → page) and TanStack Virtual for long
 * unpaginated tables. A 10,000-row paginated table renders one page and allocates one index array;
 * cells holding plain values are formatted text inside their `<td>` (one formatter per column).
 *
 * Wire: §8 and §14.3/§14.6 of the protocol notes. Columns carry `format` pipes,
 * widths and classes; cells may be component nodes; rows may carry a `_detail`
 * node (expandable row); sorting cycles asc → desc → none (shift-click adds a
 * column); `search` filters with a case-insensitive substring over the columns;
 * `onRowClick` runs with `$event` = the row (clicking the active row again
 * deactivates it without running the action, as 0.3 does); `selectable` adds a
 * checkbox column and writes the selection to `state[name]`.
 *
 * Virtualisation keeps the semantic `<table>`: the visible rows sit between two
 * aria-hidden spacer rows. Compared with `role="grid"` divs this keeps native
 * table semantics (screen readers announce rows/columns; `aria-rowcount` and
 * `aria-rowindex` tell them about the rows that are not in the DOM), the sticky
 * `<thead>` works natively and the markup is the same as the small-table path,
 * so themes and `cssClass` behave identically. In virtual mode the table uses
 * `table-layout: fixed` so column widths don't jitter as different rows scroll in.
 * Tables with at most VIRTUAL_THRESHOLD rows render every row (cheap, and find-in-page
 * and printing keep working).
 */
import { type Node, parseNode } from "@prefab-ui/dsl";
import { elementScroll, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { ArrowDown, ArrowUp, ChevronRight, ChevronsUpDown } from "lucide-react";
import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString, asString, cssLength } from "../../lib/coerce.js";
import type { NodeViewProps } from "../../render/registry.js";
import { useRuntime } from "../../render/runtime.js";
import { makeFormatter, type ValueFormatter } from "./format.js";
import {
  allSelected as isAllSelected,
  isNodeValue,
  nextSorting,
  type Row,
  type Selection,
  type Sorting,
  selectedRows,
  toggleAll,
  toggleRow,
  viewOrder,
} from "./model.js";

/** Above this many rows an unpaginated table is virtualised. */
export const VIRTUAL_THRESHOLD = 100;
const ROW_HEIGHT = 37;
const VIRTUAL_RECT = { width: 800, height: 576 };
/** Rows rendered beyond each edge of a virtual table's viewport. */
const OVERSCAN = 6;
const PAGE_SIZES = [10, 20, 50, 100];

interface Col {
  id: string;
  key: string;
  header: string;
  sortable: boolean;
  format: ValueFormatter;
  style: CSSProperties | undefined;
  headerClass: string | undefined;
  cellClass: string | undefined;
  justify: string;
}

const nodeCache = new WeakMap<object, Node>();

/** Node-valued cells and `_detail` may come from a template at runtime: validate them like a Slot does. */
function asNode(v: Record<string, unknown>): Node {
  let n = nodeCache.get(v);
  if (!n) {
    n = parseNode(v).node;
    nodeCache.set(v, n);
  }
  return n;
}

const ALIGN_RE = /(?:^|\s)(?:[a-z0-9]+:)*text-(left|center|right)(?:\s|$)/;

function readColumns(raw: unknown, expression: Parameters<typeof makeFormatter>[1]): Col[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: Col[] = [];
  for (const c of raw) {
    if (typeof c !== "object" || c === null) continue;
    const col = c as Row;
    const key = asString(col.key);
    let id = key || `col${out.length}`;
    while (seen.has(id)) id = `${id}_`;
    seen.add(id);
    const align =
      col.align === "left" || col.align === "center" || col.align === "right" ? col.align : undefined;
    const alignClass = align ? `text-${align}` : undefined;
    const headerClass = cn(alignClass, asOptString(col.headerClass)) || undefined;
    const cellClass = cn(alignClass, asOptString(col.cellClass)) || undefined;
    const headerAlign = headerClass ? ALIGN_RE.exec(headerClass)?.[1] : undefined;
    const style: CSSProperties = {};
    const w = cssLength(col.width);
    const minW = cssLength(col.minWidth);
    const maxW = cssLength(col.maxWidth);
    if (w) style.width = w;
    if (minW) style.minWidth = minW;
    if (maxW) style.maxWidth = maxW;
    out.push({
      id,
      key,
      header: asString(col.header),
      sortable: asBool(col.sortable),
      format: makeFormatter(col.format, expression),
      style: w || minW || maxW ? style : undefined,
      headerClass,
      cellClass,
      justify: headerAlign === "right" ? "justify-end" : headerAlign === "center" ? "justify-center" : "",
    });
  }
  return out;
}

/** The table's rows (objects only; row ids are indexes, so the array is copied only when something is dropped). */
function readRows(value: unknown): { rows: readonly Row[]; hasDetail: boolean } {
  if (!Array.isArray(value)) return { rows: [], hasDetail: false };
  let hasDetail = false;
  let plain = true;
  // One pass, inline checks: it runs once per row of a possibly huge table.
  for (let i = 0; i < value.length; i++) {
    const r: unknown = value[i];
    if (typeof r !== "object" || r === null) plain = false;
    else if (!hasDetail) {
      const d = (r as Row)._detail;
      hasDetail = d !== undefined && d !== null;
    }
  }
  const rows = plain ? (value as Row[]) : value.filter((r): r is Row => typeof r === "object" && r !== null);
  return { rows, hasDetail };
}

export function DataTableView(p: NodeViewProps<"DataTable">): ReactNode {
  const { props } = p;
  const runtime = useRuntime();
  const cols = useMemo(
    () => readColumns(props.columns, runtime.expression),
    [props.columns, runtime.expression],
  );
  const { rows, hasDetail } = useMemo(() => readRows(props.rows), [props.rows]);
  const search = asBool(props.search ?? props.searchable);
  const paginated = asBool(props.paginated);
  const initialPageSize = Math.max(1, Math.floor(asNumber(props.pageSize, 10)));
  const selectable =
    props.selectable === "single" || props.selectable === "multiple" ? props.selectable : undefined;
  const name = asOptString(props.name);
  const clickable = p.hasEvent("onRowClick");
  const virtual = !paginated && rows.length > VIRTUAL_THRESHOLD;

  const [sorting, setSorting] = useState<Sorting>([]);
  const [query, setQuery] = useState("");
  const filter = useDeferredValue(query.trim().toLowerCase());
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: initialPageSize });
  const [rowSelection, setRowSelection] = useState<Selection>({});
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [activeId, setActiveId] = useState<string | undefined>();
  const [focusIndex, setFocusIndex] = useState(0);

  // New rows: back to the first page, drop stale selection/expansion (row ids are indexes).
  const seenRows = useRef(rows);
  if (seenRows.current !== rows) {
    seenRows.current = rows;
    setPagination((s) => (s.pageIndex === 0 ? s : { ...s, pageIndex: 0 }));
    setExpanded(new Set());
    setActiveId(undefined);
    setRowSelection({});
  }
  const seenPageSize = useRef(initialPageSize);
  if (seenPageSize.current !== initialPageSize) {
    seenPageSize.current = initialPageSize;
    setPagination({ pageIndex: 0, pageSize: initialPageSize });
  }
  const seenFilter = useRef(filter);
  if (seenFilter.current !== filter) {
    seenFilter.current = filter;
    setPagination((s) => (s.pageIndex === 0 ? s : { ...s, pageIndex: 0 }));
  }

  // Filter + sort over row indexes; only the rows on screen become elements.
  const order = useMemo(() => viewOrder(rows, cols, filter, sorting), [rows, cols, filter, sorting]);
  const pageCount = paginated ? Math.ceil(order.length / pagination.pageSize) : 1;
  const shown = useMemo(() => {
    if (!paginated) return order;
    const start = pagination.pageIndex * pagination.pageSize;
    return order.slice(start, start + pagination.pageSize);
  }, [order, paginated, pagination]);

  // Stable while the order is: the virtualiser recomputes every row's position when its key function changes.
  // A number (the row's index in `rows`), not a string: it is called once per row (100k strings otherwise).
  const getKey = useCallback((index: number) => shown[index] ?? -1 - index, [shown]);

  const store = runtime.store;
  const changeSelection = (next: Selection) => {
    if (next === rowSelection) return;
    setRowSelection(next);
    if (name) {
      const picked = selectedRows(next, rows);
      store.set(name, selectable === "single" ? (picked[0] ?? null) : picked);
    }
  };
  const toggleSelected = (id: string, value?: boolean) => {
    if (selectable) changeSelection(toggleRow(rowSelection, id, selectable === "multiple", value));
  };

  const bodyRef = useRef<HTMLTableSectionElement>(null);
  /** Set by VirtualRows while the table is virtual. */
  const scrollToRef = useRef<((index: number) => void) | undefined>(undefined);

  // Keyboard navigation: focus follows focusIndex once the row is in the DOM.
  const pendingFocus = useRef<number | undefined>(undefined);
  useEffect(() => focusPending(pendingFocus, bodyRef));
  const focusRow = (i: number) => {
    const n = shown.length;
    if (n === 0) return;
    const next = Math.max(0, Math.min(n - 1, i));
    pendingFocus.current = next;
    setFocusIndex(next);
    if (virtual) scrollToRef.current?.(next);
    else bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus();
  };

  const activate = (r: number) => {
    const id = String(r);
    if (!clickable) {
      toggleSelected(id);
      return;
    }
    if (activeId === id) {
      setActiveId(undefined);
      return;
    }
    setActiveId(id);
    void p.emit("onRowClick", rows[r]);
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, r: number) => {
    if (e.target !== e.currentTarget) return; // keys inside a cell's own controls
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        focusRow(index + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        focusRow(index - 1);
        break;
      case "Home":
        e.preventDefault();
        focusRow(0);
        break;
      case "End":
        e.preventDefault();
        focusRow(shown.length - 1);
        break;
      case "PageDown":
        e.preventDefault();
        focusRow(index + 10);
        break;
      case "PageUp":
        e.preventDefault();
        focusRow(index - 10);
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        activate(r);
        break;
      case "ArrowRight":
      case "ArrowLeft":
        if (hasDetail && rows[r]?._detail) {
          e.preventDefault();
          toggleExpanded(String(r), e.key === "ArrowRight");
        }
        break;
    }
  };

  const toggleExpanded = (id: string, open?: boolean) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const colCount = cols.length + (hasDetail ? 1 : 0) + (selectable ? 1 : 0);
  const interactive = clickable || selectable !== undefined;
  // Class names once per render, not once per cell.
  const rowClass = interactive ? `${ROW_CLASS} cursor-pointer` : ROW_CLASS;
  const cellClasses = useMemo(
    () =>
      cols.map((c) =>
        cn(
          "pf-table-cell p-2 align-middle whitespace-nowrap",
          virtual && "overflow-hidden text-ellipsis",
          c.cellClass,
        ),
      ),
    [cols, virtual],
  );
  const tabbable = Math.min(focusIndex, shown.length - 1);

  /** Row `r` of `rows`, shown at position `index`. Plain values are formatted text inside the `<td>`. */
  const renderRow = (r: number, index: number, measure?: (el: Element | null) => void): ReactNode => {
    const original = rows[r]!;
    const id = String(r);
    const detail = original._detail;
    const canExpand = hasDetail && isNodeValue(detail);
    const isOpen = canExpand && expanded.has(id);
    const isSelected = rowSelection[id] === true;
    // In a virtual table, rows of plain text share one height; rows with nodes or details are measured.
    const measured = measure !== undefined && (hasDetail || cols.some((c) => isNodeValue(original[c.key])));
    const out: ReactNode[] = [
      <tr
        key={id}
        ref={measured ? measure : undefined}
        data-measured={measured ? "" : undefined}
        data-index={index}
        data-row-id={id}
        aria-rowindex={index + 2}
        aria-selected={selectable ? isSelected : undefined}
        data-state={isSelected || activeId === id ? "selected" : undefined}
        tabIndex={index === tabbable ? 0 : -1}
        onFocus={() => index !== focusIndex && setFocusIndex(index)}
        onClick={interactive ? () => activate(r) : undefined}
        onKeyDown={(e) => onRowKeyDown(e, index, r)}
        className={rowClass}
      >
        {hasDetail ? (
          <td className="pf-table-cell w-8 p-2 align-middle">
            {canExpand ? (
              <button
                type="button"
                tabIndex={-1}
                aria-expanded={isOpen}
                aria-label={isOpen ? "Collapse row" : "Expand row"}
                className="inline-flex size-6 items-center justify-center rounded-sm text-muted-foreground hover:bg-accent hover:text-foreground"
                onClick={(e) => {
                  e.stopPropagation();
                  toggleExpanded(id);
                }}
              >
                <ChevronRight
                  className={cn("size-4 transition-transform", isOpen && "rotate-90")}
                  aria-hidden
                />
              </button>
            ) : null}
          </td>
        ) : null}
        {selectable ? (
          <td className="pf-table-cell w-8 p-2 align-middle">
            <input
              type="checkbox"
              tabIndex={-1}
              aria-label="Select row"
              className="size-4 cursor-pointer accent-primary align-middle"
              checked={isSelected}
              onClick={(e) => e.stopPropagation()}
              onChange={() => toggleSelected(id)}
            />
          </td>
        ) : null}
        {cols.map((c, ci) => {
          const v = original[c.key];
          return (
            <td key={c.id} className={cellClasses[ci]} style={c.style}>
              {isNodeValue(v) ? p.renderNodes([asNode(v)], `rows[${id}].${c.key}`) : c.format(v)}
            </td>
          );
        })}
      </tr>,
    ];
    if (isOpen) {
      out.push(
        <tr
          key={`${id}-detail`}
          data-detail-for={id}
          className="pf-data-table-detail-row border-b bg-muted/30"
        >
          <td colSpan={colCount} className="p-3">
            {p.renderNodes([asNode(detail as Record<string, unknown>)], `rows[${id}]._detail`)}
          </td>
        </tr>,
      );
    }
    return out;
  };

  let body: ReactNode;
  if (shown.length === 0) {
    body = (
      <tr className="pf-data-table-empty">
        <td colSpan={Math.max(1, colCount)} className="h-24 p-2 text-center text-muted-foreground">
          No results.
        </td>
      </tr>
    );
  } else if (!virtual) {
    body = shown.map((r, i) => renderRow(r, i));
  }

  const allSelected = selectable === "multiple" && isAllSelected(rowSelection, order);
  const someSelected =
    selectable === "multiple" && !allSelected && order.some((r) => rowSelection[String(r)]);
  const sortCount = sorting.length;
  const selectedCount = Object.keys(rowSelection).length;
  const caption = asOptString(props.caption);

  const head = (
    <>
      {caption ? <caption className="mt-4 text-sm text-muted-foreground">{caption}</caption> : null}
      <thead className="sticky top-0 z-10 bg-background [&_tr]:border-b">
        <tr aria-rowindex={1}>
          {hasDetail ? (
            <th className="w-10 px-2" aria-label="Expand" scope="col">
              <span className="sr-only">Expand</span>
            </th>
          ) : null}
          {selectable ? (
            <th className="w-10 px-2" scope="col">
              {selectable === "multiple" ? (
                <input
                  type="checkbox"
                  aria-label="Select all rows"
                  className="size-4 cursor-pointer accent-primary align-middle"
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = someSelected;
                  }}
                  onChange={(e) => changeSelection(toggleAll(rowSelection, order, e.target.checked))}
                />
              ) : (
                <span className="sr-only">Select</span>
              )}
            </th>
          ) : null}
          {cols.map((c) => {
            const sortIndex = c.sortable ? sorting.findIndex((s) => s.id === c.id) : -1;
            const dir = sortIndex < 0 ? false : sorting[sortIndex]!.desc ? "desc" : "asc";
            return (
              <th
                key={c.id}
                scope="col"
                aria-sort={
                  c.sortable
                    ? dir === "asc"
                      ? "ascending"
                      : dir === "desc"
                        ? "descending"
                        : "none"
                    : undefined
                }
                className={cn(
                  "pf-table-head h-10 px-2 text-left align-middle text-xs font-semibold tracking-wide whitespace-nowrap text-muted-foreground uppercase",
                  c.headerClass,
                )}
                style={c.style}
              >
                {c.sortable ? (
                  <button
                    type="button"
                    onClick={(e) => setSorting((s) => nextSorting(s, c.id, e.shiftKey))}
                    title="Sort (shift-click to add a column)"
                    className={cn(
                      "-mx-2 inline-flex h-8 w-[calc(100%+1rem)] items-center gap-1 rounded-md px-2 hover:bg-accent hover:text-accent-foreground",
                      c.justify,
                    )}
                  >
                    <span>{c.header}</span>
                    {dir === "asc" ? (
                      <ArrowUp className="size-3.5" aria-hidden />
                    ) : dir === "desc" ? (
                      <ArrowDown className="size-3.5" aria-hidden />
                    ) : (
                      <ChevronsUpDown className="size-3.5 opacity-40" aria-hidden />
                    )}
                    {dir && sortCount > 1 ? (
                      <span className="text-[10px] text-muted-foreground">{sortIndex + 1}</span>
                    ) : null}
                  </button>
                ) : (
                  c.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
    </>
  );

  return (
    <div
      id={asOptString(props.id)}
      data-slot="data-table"
      className={cn("pf-data-table w-full", asOptString(props.cssClass))}
    >
      {search ? (
        <div className="mb-4 flex items-center">
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Filter..."
            aria-label="Search table"
            className="pf-data-table-search h-8 w-full max-w-sm rounded-lg border border-input bg-transparent px-2.5 py-1 text-sm outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
          />
        </div>
      ) : null}
      {virtual ? (
        <VirtualTable
          count={shown.length}
          colCount={colCount}
          head={head}
          empty={body}
          bodyRef={bodyRef}
          pendingFocus={pendingFocus}
          scrollToRef={scrollToRef}
          getKey={getKey}
          renderRow={(index, measure) => {
            const r = shown[index];
            return r === undefined ? null : renderRow(r, index, measure);
          }}
        />
      ) : (
        scrollBox(false, shown.length, head, bodyRef, body)
      )}
      {paginated ? (
        <div className="pf-data-table-pagination flex flex-wrap items-center justify-end gap-3 py-4 text-sm">
          <span
            aria-live="polite"
            className={cn("text-muted-foreground", selectable !== "multiple" && "mr-auto")}
          >
            Page {pagination.pageIndex + 1} of {Math.max(1, pageCount)}
          </span>
          {selectable === "multiple" ? (
            <span className="mr-auto text-muted-foreground">
              {selectedCount} of {rows.length} selected
            </span>
          ) : null}
          <label className="flex items-center gap-2 text-muted-foreground">
            Rows per page
            <select
              className="h-8 rounded-md border border-input bg-transparent px-2 text-foreground"
              value={pagination.pageSize}
              onChange={(e) => setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}
            >
              {[...new Set([...PAGE_SIZES, initialPageSize])]
                .sort((a, b) => a - b)
                .map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
            </select>
          </label>
          <div className="flex gap-2">
            <button
              type="button"
              className={PAGE_BUTTON}
              disabled={pagination.pageIndex <= 0}
              onClick={() => setPagination((s) => ({ ...s, pageIndex: Math.max(0, s.pageIndex - 1) }))}
            >
              Previous
            </button>
            <button
              type="button"
              className={PAGE_BUTTON}
              disabled={pagination.pageIndex >= pageCount - 1}
              onClick={() => setPagination((s) => ({ ...s, pageIndex: s.pageIndex + 1 }))}
            >
              Next
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Focus the row keyboard navigation moved to, once it is in the DOM. */
function focusPending(
  pending: RefObject<number | undefined>,
  bodyRef: RefObject<HTMLTableSectionElement | null>,
): void {
  const i = pending.current;
  if (i === undefined) return;
  const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${i}"]`);
  if (el) {
    pending.current = undefined;
    el.focus();
  }
}

/** The scroll box, table, head and body: the same markup for short, paginated and virtual tables. */
function scrollBox(
  virtual: boolean,
  rowCount: number,
  head: ReactNode,
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  body: ReactNode,
  scrollRef?: RefObject<HTMLDivElement | null>,
): ReactNode {
  return (
    <div
      ref={scrollRef}
      className={cn("pf-data-table-scroll relative w-full overflow-auto", virtual && "max-h-[36rem]")}
    >
      <table
        className={cn("pf-table w-full caption-bottom text-sm", virtual && "table-fixed")}
        aria-rowcount={rowCount + 1}
      >
        {head}
        <tbody ref={bodyRef} className="[&_tr:last-child]:border-0">
          {body}
        </tbody>
      </table>
    </div>
  );
}

interface VirtualTableProps {
  count: number;
  colCount: number;
  head: ReactNode;
  /** The body when there is no row ("No results."). */
  empty: ReactNode;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** The row (position) keyboard navigation moved to, focused once it is rendered (scrolling renders it here). */
  pendingFocus: RefObject<number | undefined>;
  scrollToRef: RefObject<((index: number) => void) | undefined>;
  /** A stable key per virtual item (the row id), so measured heights follow rows through sorting. */
  getKey: (index: number) => number;
  renderRow: (index: number, measure: (el: Element | null) => void) => ReactNode;
}

/** The virtualiser's view of the scroll box, from a ResizeObserver (its first call comes after layout, before paint). */
function observeBox(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const el = instance.scrollElement;
  const win = instance.targetWindow;
  if (!el || !win) return undefined;
  const read = () => cb({ width: el.clientWidth, height: el.clientHeight });
  if (!win.ResizeObserver) {
    read();
    return undefined;
  }
  const observer = new win.ResizeObserver(read);
  observer.observe(el, { box: "content-box" });
  return () => observer.disconnect();
}

/**
 * A virtual table: the visible range of rows between two spacer rows. Its own component, so a paginated or short
 * table never creates a virtualiser and scrolling re-renders the rows, not the whole view. It owns the scroll box,
 * so the box's ref is attached before the virtualiser looks for it (children commit before their parents).
 */
function VirtualTable({
  count,
  colCount,
  head,
  empty,
  bodyRef,
  pendingFocus,
  scrollToRef,
  getKey,
  renderRow,
}: VirtualTableProps): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Height of a plain row (text cells: one line, `whitespace-nowrap`): read from the first one by a ResizeObserver,
  // never by a synchronous layout read during the commit. Rows holding nodes or details are measured one by one.
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const wroteScroll = useRef(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    getItemKey: getKey,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // The scroll box of a virtual table is `max-h-[36rem]` and always full: starting from that size (not 0×0)
    // renders the visible range in the first pass, and the box is then watched by a ResizeObserver only (the
    // default reads clientHeight at once, a forced layout in the middle of React's commit).
    initialRect: VIRTUAL_RECT,
    observeElementRect: observeBox,
    scrollToFn: (offset, options, instance) => {
      // On mount the virtualiser writes the current offset back to the box it has just found. That box was created
      // at 0, and scrollTo() would force a layout in the middle of React's commit: skip that one no-op write.
      if (!wroteScroll.current) {
        wroteScroll.current = true;
        if (offset + (options.adjustments ?? 0) === 0) return;
      }
      elementScroll(offset, options, instance);
    },
    // A row plus its expanded detail row form one virtual item. A 0 height (hidden
    // container, test DOM) falls back to the estimate so the range stays bounded.
    measureElement: (el) => {
      let h = el.getBoundingClientRect().height;
      const next = el.nextElementSibling as HTMLElement | null;
      if (
        next?.dataset.detailFor !== undefined &&
        next.dataset.detailFor === (el as HTMLElement).dataset.rowId
      )
        h += next.getBoundingClientRect().height;
      return h > 0 ? h : rowHeight;
    },
  });
  const empty0 = count === 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-observe only when rows appear or disappear.
  useEffect(() => {
    const tr = bodyRef.current?.querySelector<HTMLElement>("tr.pf-data-table-row:not([data-measured])");
    if (!tr || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const h = entries[0]?.borderBoxSize?.[0]?.blockSize ?? 0;
      if (h > 0) setRowHeight((old) => (Math.abs(old - h) < 0.5 ? old : h));
    });
    observer.observe(tr);
    return () => observer.disconnect();
  }, [empty0, bodyRef]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new plain-row height re-estimates every row.
  useEffect(() => {
    if (rowHeight !== ROW_HEIGHT) virtualizer.measure();
  }, [rowHeight]);
  scrollToRef.current = (index) => virtualizer.scrollToIndex(index, { align: "auto" });
  useEffect(
    () => () => {
      scrollToRef.current = undefined;
    },
    [scrollToRef],
  );
  useEffect(() => focusPending(pendingFocus, bodyRef));
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const rows =
    count === 0 ? (
      empty
    ) : (
      <>
        {top > 0 ? (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row is not focusable; it only carries height.
          <tr aria-hidden="true" className="pf-data-table-spacer" style={{ height: top }}>
            <td colSpan={colCount} className="p-0" />
          </tr>
        ) : null}
        {items.map((vi) => renderRow(vi.index, virtualizer.measureElement))}
        {bottom > 0 ? (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row is not focusable; it only carries height.
          <tr aria-hidden="true" className="pf-data-table-spacer" style={{ height: bottom }}>
            <td colSpan={colCount} className="p-0" />
          </tr>
        ) : null}
      </>
    );
  return scrollBox(true, count, head, bodyRef, rows, scrollRef);
}

const ROW_CLASS =
  "pf-data-table-row border-b transition-colors outline-none hover:bg-muted/50 focus-visible:bg-muted/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset data-[state=selected]:bg-muted";

const PAGE_BUTTON =
  "inline-flex min-h-7 items-center rounded-[min(var(--radius-md),12px)] border border-border bg-background bg-clip-padding px-2.5 py-1.5 text-[0.8rem] font-medium hover:bg-muted hover:text-foreground disabled:pointer-events-none disabled:opacity-50 dark:border-input dark:bg-input/30 dark:hover:bg-input/50";
