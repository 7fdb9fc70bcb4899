/** Layout views: flex/grid containers, cards, separators, Div/Span. */
import type { CSSProperties } from "react";
import { cn } from "../lib/cn.js";
import { asBool, asNumber, asOptString, cssLength, styleObject } from "../lib/coerce.js";
import { type NodeViewProps, registerViews } from "../render/registry.js";

type P = NodeViewProps;

const cls = (p: P) => asOptString(p.props.cssClass);
const idOf = (p: P) => asOptString(p.props.id);

/** The base classes, merged with the author's only when there are some (our bases never conflict themselves). */
const withAuthor = (base: string, p: P): string => {
  const css = cls(p);
  return css ? cn(base, css) : base;
};

/**
 * A `div` with the base classes, and `data-slot` (shadcn's styling hook, which selectors use:
 * `has-data-[slot=card-footer]`) for the card family and containers as in the original renderer. Rows and columns,
 * the bulk of a big view, have none there either: one attribute less for React to set per node.
 */
function box(base: string, slot?: string) {
  return function Box(p: P) {
    return (
      <div id={idOf(p)} data-slot={slot} className={withAuthor(base, p)}>
        {p.children}
      </div>
    );
  };
}

function Grid(p: P) {
  const template = asOptString(p.props.columnTemplate);
  const min = asOptString(p.props.minColumnWidth);
  const style: CSSProperties = {};
  if (template) style.gridTemplateColumns = template;
  else if (min) style.gridTemplateColumns = `repeat(auto-fit, minmax(min(${min}, 100%), 1fr))`;
  return (
    <div id={idOf(p)} data-slot="grid" className={cn("pf-grid grid w-full", cls(p))} style={style}>
      {p.children}
    </div>
  );
}

function GridItem(p: P) {
  const col = asNumber(p.props.colSpan, 1);
  const row = asNumber(p.props.rowSpan, 1);
  const style: CSSProperties = {};
  if (col !== 1) style.gridColumnEnd = `span ${col}`;
  if (row !== 1) style.gridRowEnd = `span ${row}`;
  return (
    <div id={idOf(p)} className={cn("min-w-0", cls(p))} style={style}>
      {p.children}
    </div>
  );
}

function Dashboard(p: P) {
  const columns = asNumber(p.props.columns, 12);
  const rows = p.props.rows === undefined ? undefined : asNumber(p.props.rows, 0);
  const rowHeight = cssLength(p.props.rowHeight) ?? "120px";
  const style: CSSProperties = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` };
  if (rows) style.gridTemplateRows = `repeat(${rows}, minmax(0, 1fr))`;
  else style.gridAutoRows = rowHeight;
  return (
    <div id={idOf(p)} data-slot="dashboard" className={cn("pf-dashboard grid w-full", cls(p))} style={style}>
      {p.children}
    </div>
  );
}

function DashboardItem(p: P) {
  const col = asNumber(p.props.col, 1);
  const row = asNumber(p.props.row, 1);
  const style: CSSProperties = {
    gridColumn: `${col} / span ${asNumber(p.props.colSpan, 1)}`,
    gridRow: `${row} / span ${asNumber(p.props.rowSpan, 1)}`,
  };
  if (p.props.zIndex !== undefined) style.zIndex = asNumber(p.props.zIndex, 0);
  return (
    <div id={idOf(p)} className={cn("min-h-0 min-w-0", cls(p))} style={style}>
      {p.children}
    </div>
  );
}

function Div(p: P) {
  return (
    <div id={idOf(p)} className={cls(p)} style={styleObject(p.props.style) as CSSProperties}>
      {p.children}
    </div>
  );
}

function Span(p: P) {
  const content = asOptString(p.props.content);
  const className = cn(asBool(p.props.bold) && "font-bold", asBool(p.props.italic) && "italic", cls(p));
  const style = styleObject(p.props.style) as CSSProperties;
  if (asBool(p.props.code)) {
    return (
      <code
        id={idOf(p)}
        className={cn("pf-code rounded bg-muted px-[0.3rem] py-[0.2rem] font-mono text-[0.85em]", className)}
        style={style}
      >
        {content}
      </code>
    );
  }
  return (
    <span id={idOf(p)} className={className || undefined} style={style}>
      {content}
    </span>
  );
}

function Separator(p: P) {
  const vertical = p.props.orientation === "vertical";
  return (
    <div
      id={idOf(p)}
      role="separator"
      aria-orientation={vertical ? "vertical" : "horizontal"}
      className={cn(
        "pf-separator shrink-0 bg-border",
        vertical ? "h-auto w-px self-stretch" : "h-px w-full",
        cls(p),
      )}
    />
  );
}

function CardText(base: string, Tag: "div" | "h3") {
  return function CardTextView(p: P) {
    const content = asOptString(p.props.content);
    return (
      <Tag id={idOf(p)} className={withAuthor(base, p)}>
        {content ?? p.children}
      </Tag>
    );
  };
}

function ButtonGroup(p: P) {
  const vertical = p.props.orientation === "vertical";
  return (
    <div
      id={idOf(p)}
      role="group"
      className={cn(
        "pf-button-group inline-flex w-fit",
        vertical
          ? "flex-col [&>*:not(:first-child)]:rounded-t-none [&>*:not(:last-child)]:rounded-b-none [&>*:not(:first-child)]:-mt-px"
          : "[&>*:not(:first-child)]:rounded-l-none [&>*:not(:last-child)]:rounded-r-none [&>*:not(:first-child)]:-ml-px",
        cls(p),
      )}
    >
      {p.children}
    </div>
  );
}

registerViews({
  Column: box("pf-column flex w-full min-w-0 flex-col"),
  Row: box("pf-row flex flex-row"),
  Container: box("pf-container container mx-auto w-full px-4 sm:px-6 lg:px-8", "container"),
  Card: box(
    "pf-card flex flex-col gap-4 rounded-xl bg-card py-4 text-sm text-card-foreground ring-1 ring-foreground/10 has-data-[slot=card-footer]:pb-0",
    "card",
  ),
  CardHeader: box("pf-card-header grid auto-rows-min items-start gap-1 rounded-t-xl px-4", "card-header"),
  CardContent: box("pf-card-content px-4", "card-content"),
  CardFooter: box(
    "pf-card-footer flex items-center gap-2 rounded-b-xl border-t bg-muted/50 p-4",
    "card-footer",
  ),
  CardTitle: CardText("pf-card-title text-base leading-snug font-medium", "h3"),
  CardDescription: CardText("pf-card-description text-sm text-muted-foreground", "div"),
  Grid,
  GridItem,
  Dashboard,
  DashboardItem,
  Div,
  Span,
  Separator,
  ButtonGroup,
});
