/** Data display: badges, alerts, metrics, progress, tables and indicators. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import {
  bool,
  num,
  once,
  oneOf,
  openEnum,
  orientation,
  rowsOrTemplate,
  size3,
  statusVariants,
  str,
} from "../schema-kit.js";

export const Badge = defineComponent({
  type: "Badge",
  family: "data",
  description: "Small status label: `label` text or children.",
  props: () => ({
    label: z.optional(str),
    variant: z.optional(
      openEnum(["default", "secondary", "destructive", "success", "warning", "info", "outline", "ghost"]),
    ),
  }),
  defaults: { variant: "default" },
  children: true,
  primary: "label",
  example: { label: "Active", variant: "success" },
});

export const Alert = defineComponent({
  type: "Alert",
  family: "data",
  description: "Callout box with optional icon; children are AlertTitle and AlertDescription.",
  props: () => ({
    variant: z.optional(openEnum(["default", "destructive", "success", "warning", "info"])),
    icon: z.optional(str),
  }),
  defaults: { variant: "default" },
  children: true,
});
export const AlertTitle = defineComponent({
  type: "AlertTitle",
  family: "data",
  description: "Title line of an Alert.",
  props: () => ({ content: str }),
  primary: "content",
  example: { content: "Heads up" },
});
export const AlertDescription = defineComponent({
  type: "AlertDescription",
  family: "data",
  description: "Body text of an Alert.",
  props: () => ({ content: str }),
  primary: "content",
  example: { content: "Something happened." },
});

export const Icon = defineComponent({
  type: "Icon",
  family: "data",
  description: "A lucide icon by kebab-case name (e.g. 'check-circle').",
  props: () => ({ name: str, size: z.optional(size3) }),
  defaults: { size: "default" },
  primary: "name",
  example: { name: "star" },
});
export const Loader = defineComponent({
  type: "Loader",
  family: "data",
  description: "Loading indicator: spin, dots, pulse, bars or ios.",
  props: () => ({
    variant: z.optional(openEnum(["spin", "dots", "pulse", "bars", "ios"])),
    size: z.optional(size3),
  }),
  defaults: { variant: "spin", size: "default" },
});
export const Metric = defineComponent({
  type: "Metric",
  family: "data",
  description: "A KPI: label, big value, optional delta with trend arrow and sentiment colour.",
  props: () => ({
    label: str,
    value: z.union([z.number(), z.string()]),
    description: z.optional(str),
    delta: z.optional(z.union([z.number(), z.string()])),
    trend: z.optional(oneOf(["up", "down", "neutral"])),
    trendSentiment: z.optional(oneOf(["positive", "negative", "neutral"])),
  }),
  primary: "label",
  example: { label: "Revenue", value: "$12.4k", delta: "+8%" },
});

const progressLike = once(() => ({
  // Python emits the value as a string when it came from a template or a Decimal.
  value: z.optional(z.union([z.number(), z.string()])),
  min: z.optional(num),
  max: z.optional(num),
  variant: z.optional(openEnum(statusVariants)),
  indicatorClass: z.optional(str),
  target: z.optional(num),
  targetClass: z.optional(str),
}));
export const Progress = defineComponent({
  type: "Progress",
  family: "data",
  description: "Progress bar from min to max, optional target marker.",
  props: () => ({ ...progressLike(), orientation: z.optional(orientation), size: z.optional(size3) }),
  defaults: { value: 0, min: 0, max: 100, variant: "default", orientation: "horizontal" },
  example: { value: 40 },
});
export const Ring = defineComponent({
  type: "Ring",
  family: "data",
  description: "Circular progress with a centred label (or children).",
  props: () => ({
    ...progressLike(),
    label: z.optional(str),
    size: z.optional(size3),
    thickness: z.optional(num),
  }),
  defaults: { value: 0, min: 0, max: 100, variant: "default", size: "default", thickness: 6 },
  children: true,
  example: { value: 72, label: "72%" },
});
export const Dot = defineComponent({
  type: "Dot",
  family: "data",
  description: "A small coloured status dot.",
  props: () => ({
    variant: z.optional(
      openEnum(["default", "secondary", "success", "warning", "destructive", "info", "muted"]),
    ),
    size: z.optional(size3),
    shape: z.optional(oneOf(["circle", "square", "rounded"])),
  }),
  defaults: { variant: "default", size: "default", shape: "circle" },
  since: "0.3",
});

/** One DataTable column. 0.3 added format/width/class props. */
export const DataTableColumn = z.looseObject({
  key: str,
  header: str,
  sortable: z.optional(bool),
  format: z.optional(str),
  width: z.optional(z.union([z.string(), z.number()])),
  minWidth: z.optional(z.union([z.string(), z.number()])),
  maxWidth: z.optional(z.union([z.string(), z.number()])),
  headerClass: z.optional(str),
  cellClass: z.optional(str),
  align: z.optional(oneOf(["left", "center", "right"])),
});
export type DataTableColumn = z.output<typeof DataTableColumn>;

export const DataTable = defineComponent({
  type: "DataTable",
  family: "data",
  description: "Sortable, searchable, paginated table of rows; onRowClick gets the row as $event.",
  props: () => ({
    columns: z.array(DataTableColumn),
    rows: z.optional(rowsOrTemplate),
    name: z.optional(str),
    search: z.optional(bool),
    searchable: z.optional(bool),
    paginated: z.optional(bool),
    pageSize: z.optional(num),
    caption: z.optional(str),
    selectable: z.optional(oneOf(["single", "multiple"])),
  }),
  defaults: { rows: [], search: false, paginated: false, pageSize: 10 },
  events: ["onRowClick"],
  example: {
    columns: [
      { key: "name", header: "Name", sortable: true },
      { key: "amount", header: "Amount", format: "currency" },
    ],
    rows: [{ name: "Ada", amount: 1200 }],
  },
});

function tablePart<const T extends string>(type: T, description: string) {
  return defineComponent({ type, family: "data", description, props: () => ({}), children: true });
}
function tableCell<const T extends string>(type: T, description: string) {
  return defineComponent({
    type,
    family: "data",
    description,
    props: () => ({ content: z.optional(str) }),
    children: true,
    primary: "content",
  });
}
export const Table = tablePart("Table", "A static HTML table; children are its parts.");
export const TableHeader = tablePart("TableHeader", "Table head section (thead).");
export const TableBody = tablePart("TableBody", "Table body section (tbody).");
export const TableFooter = tablePart("TableFooter", "Table footer section (tfoot).");
export const TableRow = tablePart("TableRow", "A table row.");
export const TableHead = tableCell("TableHead", "A header cell: `content` or children.");
export const TableCell = tableCell("TableCell", "A body cell: `content` or children.");
export const TableCaption = defineComponent({
  type: "TableCaption",
  family: "data",
  description: "Caption of a Table.",
  props: () => ({ content: str }),
  primary: "content",
  example: { content: "Invoices" },
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [
  Alert,
  AlertDescription,
  AlertTitle,
  Badge,
  DataTable,
  Dot,
  Icon,
  Loader,
  Metric,
  Progress,
  Ring,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
] as const;
