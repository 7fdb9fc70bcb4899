/** The static Table parts (a lazy chunk, registered in display.tsx). */
import { createContext, type ReactNode, useContext } from "react";
import { cn } from "../lib/cn.js";
import { asOptString } from "../lib/coerce.js";
import type { Registry } from "../render/registry.js";
import { cls, idOf, type P } from "./display.js";

// ── Table ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * How deep inside a table a part renders (0 none, 1 table, 2 thead/tbody/tfoot, 3 tr). A part rendered
 * outside its parent (a lone TableRow or TableCell) wraps itself in the missing ancestors, so the DOM
 * stays valid.
 */
const TableLevel = createContext(0);

function withAncestors(level: number, needs: number, element: ReactNode): ReactNode {
  let out = element;
  if (needs >= 3 && level < 3) out = <tr>{out}</tr>;
  if (needs >= 2 && level < 2) out = <tbody>{out}</tbody>;
  if (needs >= 1 && level < 1) out = <table className="pf-table w-full caption-bottom text-sm">{out}</table>;
  return out;
}

function Table(p: P) {
  return (
    <div data-slot="table-container" className="pf-table-container relative w-full overflow-x-auto">
      <table id={idOf(p)} data-slot="table" className={cn("pf-table w-full caption-bottom text-sm", cls(p))}>
        <TableLevel.Provider value={1}>{p.children}</TableLevel.Provider>
      </table>
    </div>
  );
}

function part(Tag: "thead" | "tbody" | "tfoot" | "tr", slot: string, base: string) {
  const own = Tag === "tr" ? 3 : 2;
  return function TablePart(p: P) {
    const level = useContext(TableLevel);
    return withAncestors(
      level,
      own - 1,
      <Tag id={idOf(p)} data-slot={slot} className={cn(base, cls(p))}>
        <TableLevel.Provider value={own}>{p.children}</TableLevel.Provider>
      </Tag>,
    );
  };
}

function cell(Tag: "th" | "td", slot: string, base: string) {
  return function TableCellView(p: P) {
    const level = useContext(TableLevel);
    return withAncestors(
      level,
      3,
      <Tag id={idOf(p)} data-slot={slot} className={cn(base, cls(p))}>
        <TableLevel.Provider value={0}>
          {asOptString(p.props.content)}
          {p.children}
        </TableLevel.Provider>
      </Tag>,
    );
  };
}

function TableCaption(p: P) {
  const level = useContext(TableLevel);
  return withAncestors(
    level,
    1,
    <caption
      id={idOf(p)}
      data-slot="table-caption"
      className={cn("pf-table-caption mt-4 text-sm text-muted-foreground", cls(p))}
    >
      {asOptString(p.props.content)}
    </caption>,
  );
}

export const views: Registry = {
  Table,
  TableHeader: part("thead", "table-header", "pf-table-header [&_tr]:border-b"),
  TableBody: part("tbody", "table-body", "pf-table-body [&_tr:last-child]:border-0"),
  TableFooter: part(
    "tfoot",
    "table-footer",
    "pf-table-footer border-t bg-muted/50 font-medium [&>tr]:last:border-b-0",
  ),
  TableRow: part(
    "tr",
    "table-row",
    "pf-table-row border-b transition-colors hover:bg-muted/50 data-[state=selected]:bg-muted",
  ),
  TableHead: cell(
    "th",
    "table-head",
    "pf-table-head h-10 px-2 text-left align-middle text-xs font-semibold tracking-wide whitespace-nowrap text-muted-foreground uppercase [&:has([role=checkbox])]:pr-0",
  ),
  TableCell: cell(
    "td",
    "table-cell",
    "pf-table-cell p-2 align-middle whitespace-nowrap [&:has([role=checkbox])]:pr-0",
  ),
  TableCaption,
};
