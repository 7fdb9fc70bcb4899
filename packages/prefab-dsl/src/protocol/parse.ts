/**
 * `parseEnvelope`: read untrusted input into a typed envelope plus a list of issues.
 * It never throws. Each node is validated on its own, so a bad node becomes an
 * `InvalidNode` placeholder (with its path and message) while the rest survives.
 */
import * as z from "zod/mini";
import { getActionSpec } from "./actions.js";
import { getComponentSpec } from "./components/index.js";
import {
  type Envelope,
  EnvelopeFieldsSchema,
  EnvelopeShape,
  envelopeVersion,
  SUPPORTED_VERSIONS,
} from "./envelope.js";
import { type Issue, type IssueCode, IssueCollector } from "./issues.js";
import { isObject, type Json } from "./json.js";
import { formatPath, type PathSegment } from "./json-path.js";
import { FORBIDDEN_KEYS, MAX_NODE_DEPTH, MAX_NODES, MAX_VALUE_DEPTH } from "./limits.js";
import type { ActionList, InvalidNode, Node } from "./nodes.js";
import { describeZodIssue } from "./zod-issues.js";

export interface ParseOptions {
  maxNodeDepth?: number;
  maxNodes?: number;
}

export interface ParseResult {
  /** No error-severity issue (warnings allowed). */
  ok: boolean;
  /** Always present unless the input was not JSON or not an object. */
  envelope: Envelope | undefined;
  issues: Issue[];
  /** Declared protocol version (`$prefab.version ?? version`, default "0.2"). */
  version: string;
}

const ENVELOPE_KEYS = new Set(Object.keys(EnvelopeShape));
const REF_KEYS = new Set(["$ref", "let", "cssClass"]);

class Walker {
  nodes = 0;
  private overflowReported = false;
  /** def name → names it references, for cycle detection. */
  readonly refsByDef = new Map<string, Set<string>>();
  currentDef: string | undefined;
  readonly refUses: { name: string; path: string }[] = [];

  constructor(
    readonly issues: IssueCollector,
    readonly maxDepth: number,
    readonly maxNodes: number,
  ) {}

  /**
   * Removes forbidden keys and cuts absurd nesting anywhere in plain data. Returns
   * the same reference when the value is clean, so big row arrays are not copied.
   */
  sanitize(value: unknown, path: PathSegment[], depth = 0): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (depth > MAX_VALUE_DEPTH) {
      this.issues.error("too-deep", path, `data nested deeper than ${MAX_VALUE_DEPTH} levels was dropped`);
      return null;
    }
    // Scalars are clean as they are: only objects are visited (a 10k-row table is 50k scalars).
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== "object" || item === null) continue;
        path.push(i);
        const v = this.sanitize(item, path, depth + 1);
        path.pop();
        if (v !== item) {
          out ??= value.slice();
          out[i] = v;
        }
      }
      return out ?? value;
    }
    let out: Json | undefined;
    for (const key of Object.keys(value)) {
      const original = (value as Json)[key];
      if (FORBIDDEN_KEYS.has(key)) {
        path.push(key);
        this.issues.error("forbidden-key", path, `the key "${key}" is not allowed (prototype pollution)`);
        path.pop();
        out ??= copyWithout(value as Json, key);
        delete out[key];
      } else if (typeof original === "object" && original !== null) {
        path.push(key);
        const v = this.sanitize(original, path, depth + 1);
        path.pop();
        if (v !== original) {
          out ??= copyWithout(value as Json);
          out[key] = v;
        }
      }
    }
    return out ?? value;
  }

  invalid(
    code: IssueCode,
    path: PathSegment[],
    message: string,
    source?: Json,
    children?: Node[],
  ): InvalidNode {
    this.issues.error(code, path, message);
    const node: InvalidNode = { type: "$invalid", code, path: formatPath(path), message };
    if (source && typeof source.type === "string") node.sourceType = source.type;
    if (children && children.length > 0) node.children = children;
    return node;
  }

  node(raw: unknown, path: PathSegment[], depth: number): Node {
    this.nodes++;
    if (this.nodes > this.maxNodes) {
      if (!this.overflowReported) {
        this.overflowReported = true;
        this.issues.error(
          "too-many-nodes",
          path,
          `more than ${this.maxNodes} nodes; the rest is not rendered`,
        );
      }
      return {
        type: "$invalid",
        code: "too-many-nodes",
        path: formatPath(path),
        message: "node limit reached",
      };
    }
    if (depth > this.maxDepth) {
      return this.invalid("too-deep", path, `components nested deeper than ${this.maxDepth} levels`);
    }
    if (!isObject(raw)) {
      const got = Array.isArray(raw) ? "an array" : raw === null ? "null" : typeof raw;
      return this.invalid("invalid-node", path, `expected a component object with a "type", got ${got}`);
    }
    if ("$ref" in raw) return this.ref(raw, path);
    if (typeof raw.type !== "string") {
      const children = this.childList(raw.children, path, depth);
      return this.invalid(
        "invalid-node",
        path,
        'missing "type" (a component name such as "Column")',
        raw,
        children,
      );
    }
    const spec = getComponentSpec(raw.type);
    if (!spec) {
      const children = this.childList(raw.children, path, depth);
      return this.invalid("unknown-component", path, `unknown component type "${raw.type}"`, raw, children);
    }

    const out: Json = { ...raw };
    for (const key of Object.keys(raw)) {
      if (!spec.knownKeys.has(key)) {
        path.push(key);
        this.issues.warn(
          "unknown-prop",
          path,
          `${raw.type} has no prop "${key}" (kept, ignored by renderers)`,
        );
        path.pop();
      } else if (spec.eventKeys.has(key)) {
        path.push(key);
        this.actionList(raw[key], path, 0);
        path.pop();
      }
    }
    if (spec.children && raw.children !== undefined) out.children = this.childList(raw.children, path, depth);
    if (raw.type === "Condition") this.conditionSlots(raw, out, path, depth);
    let checked = raw;
    if (raw.type === "DataTable" && Array.isArray(raw.rows)) {
      out.rows = this.tableRows(raw.rows, path, depth);
      // Rows are data: once every row is known to be an object, zod need not walk (and copy) each of them.
      if (raw.rows.every(isObject)) checked = { ...raw, rows: [] };
    }

    const result = z.safeParse(spec.schema, checked);
    if (!result.success) {
      const before = this.issues.errorCount;
      for (const issue of result.error.issues) {
        // Slots are validated node by node above; zod only sees their container shape.
        const segs = issue.path.filter((s): s is string | number => typeof s !== "symbol");
        path.push(...segs);
        this.issues.error("invalid-props", path, describeZodIssue(issue, raw));
        path.length -= segs.length;
      }
      const children = Array.isArray(out.children) ? (out.children as Node[]) : undefined;
      const node: InvalidNode = {
        type: "$invalid",
        code: "invalid-props",
        path: formatPath(path),
        message: `invalid ${raw.type} props (${this.issues.errorCount - before} problem${this.issues.errorCount - before === 1 ? "" : "s"})`,
        sourceType: raw.type,
      };
      if (children?.length) node.children = children;
      return node;
    }
    return out as unknown as Node;
  }

  childList(raw: unknown, path: PathSegment[], depth: number, key = "children"): Node[] {
    if (raw === undefined) return [];
    path.push(key);
    if (!Array.isArray(raw)) {
      this.issues.error("invalid-node", path, "expected an array of components");
      path.pop();
      return [];
    }
    const out = new Array<Node>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      path.push(i);
      out[i] = this.node(raw[i], path, depth + 1);
      path.pop();
    }
    path.pop();
    return out;
  }

  private conditionSlots(raw: Json, out: Json, path: PathSegment[], depth: number): void {
    if (Array.isArray(raw.cases)) {
      path.push("cases");
      out.cases = raw.cases.map((c, i) => {
        if (!isObject(c)) return c;
        path.push(i);
        const children = this.childList(c.children, path, depth);
        path.pop();
        return c.children === undefined ? c : { ...c, children };
      });
      path.pop();
    }
    if (raw.else !== undefined) out.else = this.childList(raw.else, path, depth, "else");
  }

  /** 0.3 rows may carry `_detail` nodes and node-valued cells; plain rows are left as they are. */
  private tableRows(rows: unknown[], path: PathSegment[], depth: number): unknown[] {
    let out: unknown[] | undefined;
    path.push("rows");
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!isObject(row)) continue;
      let copy: Json | undefined;
      for (const k of Object.keys(row)) {
        const v = row[k];
        if (isObject(v) && (k === "_detail" || typeof v.type === "string")) {
          path.push(i, k);
          copy ??= { ...row };
          copy[k] = this.node(v, path, depth + 1);
          path.length -= 2;
        }
      }
      if (copy) {
        out ??= rows.slice();
        out[i] = copy;
      }
    }
    path.pop();
    return out ?? rows;
  }

  private ref(raw: Json, path: PathSegment[]): Node {
    if (typeof raw.$ref !== "string") {
      return this.invalid("invalid-node", path, '"$ref" must be the name of a template in defs');
    }
    for (const key of Object.keys(raw)) {
      if (!REF_KEYS.has(key)) {
        path.push(key);
        this.issues.warn("unknown-prop", path, `a $ref node has no prop "${key}" (kept, ignored)`);
        path.pop();
      }
    }
    if (raw.let !== undefined && !isObject(raw.let)) {
      path.push("let");
      this.issues.error("invalid-props", path, "expected an object of bindings");
      path.pop();
    }
    if (raw.cssClass !== undefined && typeof raw.cssClass !== "string") {
      path.push("cssClass");
      this.issues.error("invalid-props", path, "expected a string of classes");
      path.pop();
    }
    if (this.currentDef !== undefined) this.refsByDef.get(this.currentDef)?.add(raw.$ref);
    this.refUses.push({ name: raw.$ref, path: formatPath(path) });
    return raw as unknown as Node;
  }

  actionList(raw: unknown, path: PathSegment[], depth: number): void {
    if (Array.isArray(raw)) {
      for (let i = 0; i < raw.length; i++) {
        path.push(i);
        this.action(raw[i], path, depth);
        path.pop();
      }
    } else {
      this.action(raw, path, depth);
    }
  }

  private action(raw: unknown, path: PathSegment[], depth: number): void {
    if (depth > this.maxDepth) {
      this.issues.error("too-deep", path, `actions nested deeper than ${this.maxDepth} levels`);
      return;
    }
    if (!isObject(raw)) {
      this.issues.error("invalid-action", path, 'expected an action object with an "action" name');
      return;
    }
    if (typeof raw.action !== "string") {
      this.issues.error("invalid-action", path, 'missing "action" (e.g. "setState", "toolCall")');
      return;
    }
    const spec = getActionSpec(raw.action);
    if (!spec) {
      this.issues.error("unknown-action", path, `unknown action "${raw.action}"`);
      return;
    }
    const result = z.safeParse(spec.schema, raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const segs = issue.path.filter((s): s is string | number => typeof s !== "symbol");
        path.push(...segs);
        this.issues.error("invalid-action", path, describeZodIssue(issue, raw));
        path.length -= segs.length;
      }
    }
    for (const key of Object.keys(raw)) {
      path.push(key);
      if (!spec.knownKeys.has(key)) {
        this.issues.warn("unknown-prop", path, `${raw.action} has no field "${key}" (kept, ignored)`);
      } else if (spec.callbackKeys.has(key)) {
        this.actionList(raw[key], path, depth + 1);
      }
      path.pop();
    }
  }

  checkDefs(defs: Record<string, unknown> | undefined): void {
    const names = new Set(defs ? Object.keys(defs) : []);
    for (const use of this.refUses) {
      if (!names.has(use.name)) {
        // A warning, as in the original: the ref renders nothing. A template library
        // may legitimately be sent in a later result.
        this.issues.issues.push({
          severity: "warning",
          code: "unknown-def",
          path: use.path,
          message: `no template named "${use.name}" in defs; it renders nothing`,
        });
      }
    }
    // Iterative three-colour DFS: defs chains can be long, recursion is not safe.
    const state = new Map<string, 1 | 2>();
    for (const start of names) {
      if (state.has(start)) continue;
      const stack: { name: string; next: Iterator<string> }[] = [];
      const enter = (name: string) => {
        state.set(name, 1);
        stack.push({ name, next: (this.refsByDef.get(name) ?? new Set<string>()).values() });
      };
      enter(start);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const step = top.next.next();
        if (step.done) {
          state.set(top.name, 2);
          stack.pop();
          continue;
        }
        const target = step.value;
        if (!names.has(target)) continue;
        const s = state.get(target);
        if (s === 1) {
          const cycle = [
            ...stack.slice(stack.findIndex((f) => f.name === target)).map((f) => f.name),
            target,
          ];
          this.issues.error("defs-cycle", ["defs", target], `defs cycle: ${cycle.join(" → ")}`);
        } else if (s === undefined) {
          enter(target);
        }
      }
    }
  }
}

function copyWithout(obj: Json, _skip?: string): Json {
  // Object.create(null) is unnecessary: forbidden keys are never copied back.
  const out: Json = {};
  for (const k of Object.keys(obj)) if (!FORBIDDEN_KEYS.has(k)) out[k] = obj[k];
  return out;
}

export function parseEnvelope(input: unknown, options: ParseOptions = {}): ParseResult {
  const issues = new IssueCollector();
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (e) {
      issues.error("invalid-json", [], `not valid JSON: ${(e as Error).message}`);
      return { ok: false, envelope: undefined, issues: issues.issues, version: "0.2" };
    }
  }
  const walker = new Walker(issues, options.maxNodeDepth ?? MAX_NODE_DEPTH, options.maxNodes ?? MAX_NODES);
  value = walker.sanitize(value, []);
  if (!isObject(value)) {
    issues.error("invalid-envelope", [], "expected a JSON object with a view");
    return { ok: false, envelope: undefined, issues: issues.issues, version: "0.2" };
  }
  // FastMCP also sends bare components; treat one as the view.
  if (typeof value.type === "string" && !("view" in value)) value = { view: value };
  const raw = value as Json;
  const version = envelopeVersion(raw);

  const fields = z.safeParse(EnvelopeFieldsSchema, raw);
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      const segs = issue.path.filter((s): s is string | number => typeof s !== "symbol");
      issues.error("invalid-envelope", segs, describeZodIssue(issue, raw));
    }
  }
  if (!(SUPPORTED_VERSIONS as readonly string[]).includes(version)) {
    issues.warn(
      "unknown-version",
      raw.$prefab ? ["$prefab", "version"] : ["version"],
      `unknown protocol version "${version}"; rendering as ${SUPPORTED_VERSIONS.at(-1)}`,
    );
  }
  for (const key of Object.keys(raw)) {
    if (!ENVELOPE_KEYS.has(key))
      issues.warn("unknown-prop", [key], `unknown envelope key "${key}" (kept, ignored)`);
  }

  const envelope: Json = { ...raw };
  if (raw.defs !== undefined && isObject(raw.defs)) {
    const defs: Record<string, Node> = {};
    for (const [name, def] of Object.entries(raw.defs)) {
      walker.refsByDef.set(name, new Set());
      walker.currentDef = name;
      defs[name] = walker.node(def, ["defs", name], 0);
    }
    walker.currentDef = undefined;
    envelope.defs = defs;
  }
  if (raw.view !== undefined) envelope.view = walker.node(raw.view, ["view"], 0);
  if (isObject(raw.keyBindings)) {
    for (const [combo, actions] of Object.entries(raw.keyBindings)) {
      walker.actionList(actions, ["keyBindings", combo], 0);
    }
  }
  walker.checkDefs(isObject(raw.defs) ? raw.defs : undefined);

  return { ok: issues.errorCount === 0, envelope: envelope as Envelope, issues: issues.issues, version };
}

/** Validate a single component node (e.g. one fixture) with the envelope's rules. */
export function parseNode(
  input: unknown,
  options: ParseOptions = {},
): { ok: boolean; node: Node; issues: Issue[] } {
  const res = parseEnvelope({ view: input }, options);
  const node = res.envelope?.view ?? {
    type: "$invalid",
    code: "invalid-node",
    path: "view",
    message: "no node",
  };
  return { ok: res.ok, node: node as Node, issues: res.issues };
}

/** Validate one action or a list of actions. */
export function parseActions(input: unknown): {
  ok: boolean;
  actions: ActionList | undefined;
  issues: Issue[];
} {
  const issues = new IssueCollector();
  const walker = new Walker(issues, MAX_NODE_DEPTH, MAX_NODES);
  const clean = walker.sanitize(input, []);
  walker.actionList(clean, [], 0);
  return { ok: issues.errorCount === 0, actions: clean as ActionList, issues: issues.issues };
}
