/**
 * Prints the TypeScript DSL call that produces a node or an envelope:
 * `Button("Save", { variant: "outline" })`, `Column({ cssClass: "gap-4" }, H1("Title"))`.
 * The printer reads the registry (primary prop, children) so it stays in step with
 * the builders; values that have no builder form are printed as object literals.
 */
import { getComponentSpec } from "@prefab-ui/dsl";

type Json = unknown;
type Obj = Record<string, unknown>;

const IDENT = /^[A-Za-z_$][\w$]*$/;
const INDENT = "  ";
const WIDTH = 100;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function key(k: string): string {
  return IDENT.test(k) ? k : JSON.stringify(k);
}

/** Collects the builder names used, for the import line. */
class Printer {
  readonly used = new Set<string>();

  value(v: Json, depth: number): string {
    if (isObj(v) && typeof v.type === "string" && getComponentSpec(v.type)) return this.node(v, depth);
    if (isObj(v) && typeof v.action === "string") return this.action(v, depth);
    if (Array.isArray(v)) {
      if (v.length === 0) return "[]";
      const items = v.map((x) => this.value(x, depth + 1));
      return this.wrap("[", items, "]", depth);
    }
    if (isObj(v)) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (entries.length === 0) return "{}";
      const items = entries.map(([k, x]) => `${key(k)}: ${this.value(x, depth + 1)}`);
      return this.wrap("{ ", items, " }", depth, "{", "}");
    }
    return JSON.stringify(v) ?? "undefined";
  }

  /** `open a, b close` on one line if it fits, else one item per line. */
  private wrap(open: string, items: string[], close: string, depth: number, openMl = open, closeMl = close) {
    const flat = `${open}${items.join(", ")}${close}`;
    if (flat.length + depth * INDENT.length <= WIDTH && !flat.includes("\n")) return flat;
    const pad = INDENT.repeat(depth + 1);
    return `${openMl.trim()}\n${items.map((i) => `${pad}${i},`).join("\n")}\n${INDENT.repeat(depth)}${closeMl.trim()}`;
  }

  private call(name: string, args: string[], depth: number): string {
    this.used.add(name);
    if (args.length === 0) return `${name}()`;
    return this.wrap(`${name}(`, args, ")", depth);
  }

  action(a: Obj, depth: number): string {
    const { action, ...rest } = a;
    const only = (...keys: string[]) => Object.keys(rest).every((k) => keys.includes(k));
    const opts = (omit: string[]) => {
      const o = Object.fromEntries(Object.entries(rest).filter(([k]) => !omit.includes(k)));
      return Object.keys(o).length > 0 ? [this.value(o, depth + 1)] : [];
    };
    const str = (k: string) => typeof rest[k] === "string";
    switch (action) {
      case "setState":
        if (str("key"))
          return this.call(
            "setState",
            [JSON.stringify(rest.key), this.value(rest.value, depth + 1), ...opts(["key", "value"])],
            depth,
          );
        break;
      case "toggleState":
        if (str("key")) return this.call("toggleState", [JSON.stringify(rest.key), ...opts(["key"])], depth);
        break;
      case "toolCall":
        if (str("tool"))
          return this.call(
            "toolCall",
            [
              JSON.stringify(rest.tool),
              ...(rest.arguments !== undefined || !only("tool")
                ? [this.value(rest.arguments ?? {}, depth + 1)]
                : []),
              ...opts(["tool", "arguments"]),
            ],
            depth,
          );
        break;
      case "sendMessage":
        if (str("content"))
          return this.call("sendMessage", [JSON.stringify(rest.content), ...opts(["content"])], depth);
        break;
      case "openLink":
        if (str("url")) return this.call("openLink", [JSON.stringify(rest.url), ...opts(["url"])], depth);
        break;
      case "showToast":
        if (str("message"))
          return this.call("showToast", [JSON.stringify(rest.message), ...opts(["message"])], depth);
        break;
      case "closeOverlay":
        if (only()) return this.call("closeOverlay", [], depth);
        break;
    }
    const items = Object.entries(a).map(([k, x]) => `${key(k)}: ${this.value(x, depth + 1)}`);
    return this.wrap("{ ", items, " }", depth, "{", "}");
  }

  node(n: Obj, depth: number): string {
    const type = n.type as string;
    if (type === "Condition") return this.condition(n, depth);
    if (type === "ForEach") return this.forEach(n, depth);
    const spec = getComponentSpec(type)!;
    const { type: _t, children, ...props } = n;
    const args: string[] = [];
    const primary = spec.primary as string | undefined;
    if (primary && typeof props[primary] === "string") {
      args.push(JSON.stringify(props[primary]));
      delete props[primary];
    }
    const kids = Array.isArray(children) ? children : [];
    if (Object.keys(props).length > 0) args.push(this.value(props, depth + 1));
    for (const c of kids) args.push(this.value(c, depth + 1));
    return this.call(type, args, depth);
  }

  private condition(n: Obj, depth: number): string {
    const cases = (Array.isArray(n.cases) ? n.cases : []) as Obj[];
    this.used.add("when");
    if (cases.length === 0) return this.value({ ...n }, depth);
    const part = (name: string, when: unknown, kids: unknown) => {
      const args = [
        JSON.stringify(String(when ?? "")),
        ...((Array.isArray(kids) ? kids : []) as Json[]).map((c) => this.value(c, depth + 1)),
      ];
      return this.wrap(`${name}(`, args, ")", depth);
    };
    let out = part("when", cases[0]!.when, cases[0]!.children);
    for (const c of cases.slice(1)) out += `.${part("elif", c.when, c.children)}`;
    if (Array.isArray(n.else)) {
      const args = (n.else as Json[]).map((c) => this.value(c, depth + 1));
      out += `.${args.length === 0 ? "else()" : this.wrap("else(", args, ")", depth)}`;
    }
    return out;
  }

  private forEach(n: Obj, depth: number): string {
    const { type: _t, key: items, children, ...rest } = n;
    this.used.add("ForEach");
    const kids = (Array.isArray(children) ? children : []) as Json[];
    const body = kids.length === 1 ? this.value(kids[0], depth + 1) : this.value(kids, depth + 1);
    const args = [JSON.stringify(items ?? ""), `() => ${body}`];
    if (Object.keys(rest).length > 0) args.push(this.value(rest, depth + 1));
    return this.wrap("ForEach(", args, ")", depth);
  }
}

const ENVELOPE_KEYS = ["state", "defs", "theme", "css", "stylesheets", "mode", "keyBindings"] as const;

/** The DSL program for an envelope: imports, then `PrefabApp({ view, state… })` (or the bare view). */
export function dslSource(envelope: Obj): string {
  const p = new Printer();
  const view = envelope.view;
  const extra = ENVELOPE_KEYS.filter((k) => envelope[k] !== undefined);
  let body: string;
  if (extra.length === 0) {
    body = `export const view = ${view === undefined ? "undefined" : p.value(view, 0)};`;
  } else {
    p.used.add("PrefabApp");
    const items = [
      ...(view === undefined ? [] : [`view: ${p.value(view, 1)}`]),
      ...extra.map((k) => `${k}: ${p.value(envelope[k], 1)}`),
    ];
    body = `export const app = PrefabApp({\n${items.map((i) => `${INDENT}${i},`).join("\n")}\n});`;
  }
  const names = [...p.used].sort((a, b) => a.localeCompare(b));
  return `import { ${names.join(", ")} } from "@prefab-ui/dsl";\n\n${body}\n`;
}
