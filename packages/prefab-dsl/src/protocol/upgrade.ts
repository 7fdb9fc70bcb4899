/**
 * Rewrites 0.2 wire forms into their 0.3 equivalents (protocol doc §14, "How a
 * renderer should accept both"). The rules key on unambiguous 0.2 markers, so
 * they are safe to apply to every envelope; the renderer then knows only 0.3.
 * Also folds Python's If/Elif/Else sibling runs into Condition nodes.
 */
import { CURRENT_VERSION, type Envelope, type Theme } from "./envelope.js";
import { isObject, type Json } from "./json.js";
import type { Node } from "./nodes.js";
import { isPlainRows } from "./plain-rows.js";

const isTemplate = (v: unknown): v is string => typeof v === "string" && v.includes("{{");

/** `"x > 1"` → `"{{ x > 1 }}"`, as the Python serializer does for If conditions. */
export function wrapCondition(condition: string): string {
  const t = condition.trim();
  return t.startsWith("{{") && t.endsWith("}}") ? condition : `{{ ${condition} }}`;
}

/** Compile a 0.2 theme map to the CSS string 0.3 sends in `css`. */
export function themeToCss(theme: Theme): string {
  const block = (selector: string, vars: unknown) => {
    if (typeof vars === "string") return vars;
    if (!isObject(vars)) return "";
    const decls = Object.entries(vars)
      .filter(([, v]) => typeof v === "string")
      .map(([k, v]) => `  --${k.replace(/^--/, "")}: ${v};`);
    return decls.length ? `${selector} {\n${decls.join("\n")}\n}` : "";
  };
  return [block(":root", theme.light), block(".dark", theme.dark ?? theme.light), theme.css ?? ""]
    .filter(Boolean)
    .join("\n");
}

function upgradeProps(node: Json): Json {
  switch (node.type) {
    case "Checkbox":
    case "Switch": {
      if (
        !("checked" in node) &&
        !(node.type === "Checkbox" && typeof node.value === "string" && !isTemplate(node.value))
      )
        return node;
      const { checked, ...rest } = node;
      if (node.type === "Checkbox" && typeof node.value === "string" && !isTemplate(node.value))
        rest.formValue = node.value;
      rest.value =
        checked ??
        (typeof rest.value === "string" && !isTemplate(rest.value) ? false : (rest.value ?? false));
      return rest;
    }
    case "Radio": {
      if ("option" in node) return node;
      const { checked, ...rest } = node;
      // A 0.3 boolean (or template) `value` is the initial selection, not an option id: keep it.
      const legacyId = typeof node.value === "string" && !isTemplate(node.value);
      rest.option = legacyId ? node.value : node.label;
      rest.value = checked ?? (legacyId ? false : (node.value ?? false));
      return rest;
    }
    case "Tabs":
    case "Pages": {
      if (!("defaultValue" in node)) return node;
      const { defaultValue, ...rest } = node;
      if (rest.value === undefined) rest.value = defaultValue;
      return rest;
    }
    case "DataTable": {
      if (!("searchable" in node)) return node;
      const { searchable, ...rest } = node;
      if (rest.search === undefined) rest.search = searchable;
      return rest;
    }
    case "BarChart":
    case "LineChart":
    case "AreaChart": {
      if (!("yAxisFormat" in node)) return node;
      const { yAxisFormat, ...rest } = node;
      if (yAxisFormat === "compact" && rest.valueFormat === undefined) rest.valueFormat = "compact";
      return rest;
    }
    case "InlineCode": {
      const { type: _t, ...rest } = node;
      return { type: "Span", ...rest, code: true };
    }
    default:
      return node;
  }
}

/** Fold runs of If / Elif / Else siblings into Condition nodes. */
function foldConditions(children: Node[]): Node[] {
  const isSugar = (c: unknown) => {
    const t = (c as Json | null)?.type;
    return t === "If" || t === "Elif" || t === "Else";
  };
  if (!children.some(isSugar)) {
    return children;
  }
  const out: Node[] = [];
  let current: { type: "Condition"; cases: { when: string; children?: Node[] }[]; else?: Node[] } | undefined;
  for (const child of children) {
    const c = child as unknown as Json;
    if (c.type === "If" || (c.type === "Elif" && !current)) {
      current = { type: "Condition", cases: [] };
      out.push(current as unknown as Node);
      current.cases.push({
        when: wrapCondition(String(c.condition)),
        children: (c.children as Node[]) ?? [],
      });
    } else if (c.type === "Elif" && current) {
      current.cases.push({
        when: wrapCondition(String(c.condition)),
        children: (c.children as Node[]) ?? [],
      });
    } else if (c.type === "Else") {
      if (!current) {
        // An Else with no If: the Python DSL refuses it; render its children as-is.
        out.push({ type: "Condition", cases: [{ when: "{{ false }}", children: [] }] } as unknown as Node);
        current = out[out.length - 1] as unknown as typeof current;
      }
      current!.else = (c.children as Node[]) ?? [];
      current = undefined;
    } else {
      current = undefined;
      out.push(child);
    }
  }
  return out;
}

/**
 * A child list upgraded (sugar runs folded first: upgrading a sugar node on its own turns it into a one-case
 * Condition, which would split an If/Elif/Else run). The same array when no child changed, so an envelope without
 * legacy forms shares its nodes with the input: the MCP App keeps the tool result and renders the upgraded
 * envelope, one tree instead of a copy of every container node.
 */
function upgradeList(list: Node[]): Node[] {
  const out = foldConditions(list).map(upgradeNode);
  return out.length === list.length && out.every((n, i) => n === list[i]) ? list : out;
}

export function upgradeNode(node: Node): Node {
  if (!isObject(node) || "$ref" in node) return node;
  let out = upgradeProps(node as Json);
  const copy = () => {
    if (out === node) out = { ...out };
    return out;
  };
  if (Array.isArray(out.children)) {
    const kids = upgradeList(out.children as Node[]);
    if (kids !== out.children) copy().children = kids;
  }
  if (out.type === "If" || out.type === "Elif" || out.type === "Else") {
    // A lone sugar node (e.g. the view itself) becomes a one-case Condition.
    return foldConditions([out as unknown as Node])[0]!;
  }
  if (out.type === "Condition") {
    const c = copy();
    if (Array.isArray(c.cases)) {
      c.cases = (c.cases as Json[]).map((k) =>
        isObject(k) && Array.isArray(k.children) ? { ...k, children: upgradeList(k.children as Node[]) } : k,
      );
    }
    if (Array.isArray(c.else)) c.else = upgradeList(c.else as Node[]);
  }
  if (out.type === "DataTable" && Array.isArray(out.rows) && !isPlainRows(out.rows)) {
    // Rows are data: only rows holding nodes (cells, `_detail`) are copied, and the array only if one was.
    const rows = out.rows as unknown[];
    let next: unknown[] | undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!isObject(row)) continue;
      let r = row;
      for (const k of Object.keys(row)) {
        const v = row[k];
        // Inline object check: once per cell, in not yet optimised code.
        if (
          typeof v === "object" &&
          v !== null &&
          !Array.isArray(v) &&
          (k === "_detail" || typeof (v as Json).type === "string")
        ) {
          if (r === row) r = { ...row };
          r[k] = upgradeNode(v as unknown as Node);
        }
      }
      if (r !== row) {
        next ??= rows.slice();
        next[i] = r;
      }
    }
    if (next) copy().rows = next;
  }
  return out as unknown as Node;
}

/** 0.2 (or mixed) envelope → canonical 0.3 envelope. Pure: the input is not modified. */
export function upgradeEnvelope(envelope: Envelope): Envelope {
  const { version: _v, theme, ...rest } = envelope;
  const out: Envelope = { $prefab: { version: CURRENT_VERSION }, ...rest };
  out.$prefab = { ...(envelope.$prefab ?? {}), version: CURRENT_VERSION };
  if (theme) {
    const css = themeToCss(theme);
    if (css) out.css = [css, ...(envelope.css ?? [])];
  }
  if (envelope.view) out.view = upgradeNode(envelope.view);
  if (envelope.defs) {
    out.defs = Object.fromEntries(Object.entries(envelope.defs).map(([k, v]) => [k, upgradeNode(v)]));
  }
  return out;
}
