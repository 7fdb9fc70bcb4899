/**
 * `envelopeToText`: a compact plain-text rendering of a view for the model and for
 * hosts without UI. FastMCP sends "[Rendered Prefab UI]", which leaves the model
 * blind to what the user sees; headings, metrics and table rows are what a model
 * needs to talk about the view.
 */
import type { Envelope } from "@prefab-ui/dsl";

export interface TextFallbackOptions {
  /** Table rows listed per table before "… N more rows". Default 20. */
  maxRows?: number;
  /** Hard cap on the whole text. Default 4000 characters. */
  maxChars?: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, CardTitle: 3, AlertTitle: 4 };
const PROSE = new Set([
  "Text",
  "P",
  "Lead",
  "Large",
  "Small",
  "Muted",
  "BlockQuote",
  "Markdown",
  "CardDescription",
  "AlertDescription",
  "TableCaption",
]);
const CHARTS = new Set([
  "BarChart",
  "LineChart",
  "AreaChart",
  "PieChart",
  "RadarChart",
  "RadialChart",
  "ScatterChart",
  "Sparkline",
]);
/** Inputs and buttons say nothing about the data; a model reads the tool's schema instead. */
const SILENT = new Set([
  "Button",
  "Input",
  "Textarea",
  "Select",
  "Checkbox",
  "Switch",
  "Slider",
  "Icon",
  "Loader",
]);

const TEMPLATE = /\{\{\s*(.*?)\s*\}\}/g;
const SIMPLE = /^([A-Za-z_$][\w$]*(?:\.[\w$]+)*)\s*(?:\|\s*(\w+)(?::\s*'?([^'\s]*)'?)?)?$/;

function lookup(state: Json, path: string): unknown {
  let cur: unknown = state;
  for (const key of path.split(".")) {
    if (!isObject(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Json)[key];
  }
  return cur;
}

function applyPipe(value: unknown, pipe: string | undefined, arg: string | undefined): unknown {
  if (pipe === undefined || typeof value !== "number") return value;
  switch (pipe) {
    case "currency":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: arg || "USD" }).format(value);
    case "percent":
      return `${(value * 100).toFixed(arg ? Number(arg) : 0)}%`;
    case "compact":
      return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    case "number":
      return new Intl.NumberFormat("en-US", arg ? { maximumFractionDigits: Number(arg) } : {}).format(value);
    case "round":
      return Number(value.toFixed(arg ? Number(arg) : 0));
    default:
      return value;
  }
}

/**
 * Resolve `{{ path }}` and `{{ path | pipe }}` against the initial state. Anything
 * richer is left as written: the model can still read the expression.
 */
function resolveValue(value: unknown, state: Json): unknown {
  if (typeof value !== "string" || !value.includes("{{")) return value;
  const whole = /^\{\{\s*(.*?)\s*\}\}$/.exec(value.trim());
  const evaluate = (src: string): unknown => {
    const m = SIMPLE.exec(src);
    if (!m?.[1]) return undefined;
    const found = lookup(state, m[1]);
    return found === undefined ? undefined : applyPipe(found, m[2], m[3]);
  };
  if (whole?.[1] !== undefined && !whole[1].includes("}}")) {
    const v = evaluate(whole[1]);
    return v === undefined ? value : v;
  }
  return value.replace(TEMPLATE, (raw, src: string) => {
    const v = evaluate(src);
    return v === undefined ? raw : String(typeof v === "object" ? JSON.stringify(v) : v);
  });
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

class TextWriter {
  readonly lines: string[] = [];
  private readonly seenRefs = new Set<string>();
  constructor(
    private readonly state: Json,
    private readonly defs: Json,
    private readonly maxRows: number,
  ) {}

  text(value: unknown): string {
    return show(resolveValue(value, this.state)).trim();
  }

  node(node: unknown): void {
    if (Array.isArray(node)) {
      for (const n of node) this.node(n);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.$ref === "string") {
      // Guard cycles: the parser rejects them, but this runs on unvalidated input too.
      if (this.seenRefs.has(node.$ref)) return;
      this.seenRefs.add(node.$ref);
      this.node(this.defs[node.$ref]);
      this.seenRefs.delete(node.$ref);
      return;
    }
    const type = typeof node.type === "string" ? node.type : "";
    if (SILENT.has(type)) return;
    const level = type === "Heading" ? Number(node.level ?? 1) : HEADING_LEVEL[type];
    if (level !== undefined && node.content !== undefined) {
      this.lines.push(`${"#".repeat(Math.min(Math.max(level, 1), 4))} ${this.text(node.content)}`);
    } else if (PROSE.has(type) && node.content !== undefined) {
      const t = this.text(node.content);
      if (t) this.lines.push(t);
    } else if (type === "Metric") {
      const delta = node.delta === undefined ? "" : ` (${this.text(node.delta)})`;
      const desc = node.description === undefined ? "" : ` — ${this.text(node.description)}`;
      this.lines.push(`${this.text(node.label)}: ${this.text(node.value)}${delta}${desc}`);
    } else if (type === "Badge" && node.label !== undefined) {
      this.lines.push(`[${this.text(node.label)}]`);
    } else if ((type === "Progress" || type === "Ring") && node.value !== undefined) {
      const label = node.label === undefined ? type : this.text(node.label);
      this.lines.push(
        `${label}: ${this.text(node.value)}${node.max === undefined ? "%" : ` / ${show(node.max)}`}`,
      );
    } else if (type === "DataTable") {
      this.dataTable(node);
    } else if (CHARTS.has(type)) {
      this.chart(type, node);
    } else if (type === "TableRow") {
      const cells = (Array.isArray(node.children) ? node.children : []).map((c) =>
        isObject(c) ? this.text(c.content) : "",
      );
      this.lines.push(cells.join(" | "));
      return;
    } else if (type === "ForEach") {
      const items = typeof node.key === "string" ? lookup(this.state, node.key) : undefined;
      if (Array.isArray(items)) this.lines.push(`(${items.length} × ${node.key})`);
      return;
    } else if (type === "Condition") {
      return;
    }
    if (Array.isArray(node.children)) this.node(node.children);
  }

  private rows(value: unknown): Json[] | undefined {
    const rows = resolveValue(value, this.state);
    return Array.isArray(rows) ? rows.filter(isObject) : undefined;
  }

  private dataTable(node: Json): void {
    const columns = (Array.isArray(node.columns) ? node.columns : []).filter(isObject);
    const rows = this.rows(node.rows);
    if (node.caption !== undefined) this.lines.push(this.text(node.caption));
    if (columns.length === 0) return;
    this.lines.push(columns.map((c) => show(c.header ?? c.key)).join(" | "));
    if (!rows) {
      this.lines.push(`(rows from ${show(node.rows)})`);
      return;
    }
    for (const row of rows.slice(0, this.maxRows)) {
      this.lines.push(columns.map((c) => show(row[show(c.key)])).join(" | "));
    }
    if (rows.length > this.maxRows) this.lines.push(`… ${rows.length - this.maxRows} more rows`);
    if (rows.length === 0) this.lines.push("(no rows)");
  }

  private chart(type: string, node: Json): void {
    const data = this.rows(node.data);
    const series = (Array.isArray(node.series) ? node.series : [])
      .filter(isObject)
      .map((s) => show(s.label ?? s.dataKey))
      .filter(Boolean);
    const by = node.xAxis ?? node.nameKey ?? node.axisKey;
    const what = [series.length ? series.join(", ") : show(node.dataKey), by ? `by ${show(by)}` : ""]
      .filter(Boolean)
      .join(" ");
    this.lines.push(`[${type}${what ? `: ${what}` : ""}${data ? `, ${data.length} points` : ""}]`);
  }
}

/** Plain text for `content`: headings, prose, metrics, badges, table rows and chart summaries. */
export function envelopeToText(envelope: Envelope | Json, options: TextFallbackOptions = {}): string {
  const env = envelope as Json;
  const writer = new TextWriter(
    isObject(env.state) ? env.state : {},
    isObject(env.defs) ? env.defs : {},
    options.maxRows ?? 20,
  );
  writer.node(env.view);
  const lines = writer.lines.filter((l) => l.length > 0);
  const text = lines.length > 0 ? lines.join("\n") : "[Prefab view rendered for the user]";
  const max = options.maxChars ?? 4000;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
