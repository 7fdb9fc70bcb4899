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
import { isPlainRows, markPlainRows } from "./plain-rows.js";
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
      // Whether every item is a plain record (plain-rows.ts), found in this same pass.
      let plain = value.length > 0;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== "object" || item === null) {
          plain = false;
          continue;
        }
        // Plain records (table rows, chart points) are the bulk of a big envelope: one check, no recursion.
        if (!Array.isArray(item) && depth < MAX_VALUE_DEPTH && plainRecord(item)) continue;
        plain = false;
        path.push(i);
        const v = this.sanitize(item, path, depth + 1);
        path.pop();
        if (v !== item) {
          out ??= value.slice();
          out[i] = v;
        }
      }
      if (plain) markPlainRows(value);
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

    // The node is returned as it came (no copy) unless a slot changed: parsed envelopes share their nodes with
    // the input, so a host that keeps both does not hold two copies of every node.
    let out: Json = raw;
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
    if (spec.children && raw.children !== undefined)
      out = withKey(out, raw, "children", this.childList(raw.children, path, depth));
    if (raw.type === "Condition") out = this.conditionSlots(raw, out, path, depth);
    let checked = raw;
    if (raw.type === "DataTable" && Array.isArray(raw.rows)) {
      const table = this.tableRows(raw.rows, path, depth);
      out = withKey(out, raw, "rows", table.rows);
      // Rows are data: once every row is known to be an object, zod need not walk (and copy) each of them.
      if (table.objects) checked = { ...raw, rows: [] };
    }

    // Most nodes are plain strings, booleans and enums: a compiled check of the present keys (passesFast) stands in
    // for zod, which runs only when that check fails or cannot judge a prop, to report exact issues.
    const result = passesFast(spec.schema, checked) ? OK : z.safeParse(spec.schema, checked);
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
    // The same array when every child came back unchanged.
    let out: Node[] | undefined;
    for (let i = 0; i < raw.length; i++) {
      path.push(i);
      const node = this.node(raw[i], path, depth + 1);
      path.pop();
      if (out === undefined && node !== raw[i]) out = raw.slice(0, raw.length) as Node[];
      if (out !== undefined) out[i] = node;
    }
    path.pop();
    return out ?? (raw as Node[]);
  }

  private conditionSlots(raw: Json, out: Json, path: PathSegment[], depth: number): Json {
    if (Array.isArray(raw.cases)) {
      path.push("cases");
      let cases: unknown[] | undefined;
      for (let i = 0; i < raw.cases.length; i++) {
        const c: unknown = raw.cases[i];
        if (!isObject(c)) continue;
        path.push(i);
        const children = this.childList(c.children, path, depth);
        path.pop();
        if (c.children === undefined || children === c.children) continue;
        cases ??= raw.cases.slice();
        cases[i] = { ...c, children };
      }
      path.pop();
      if (cases !== undefined) out = withKey(out, raw, "cases", cases);
    }
    if (raw.else !== undefined)
      out = withKey(out, raw, "else", this.childList(raw.else, path, depth, "else"));
    return out;
  }

  /** 0.3 rows may carry `_detail` nodes and node-valued cells; plain rows are left as they are. */
  private tableRows(
    rows: unknown[],
    path: PathSegment[],
    depth: number,
  ): { rows: unknown[]; objects: boolean } {
    // Marked plain by `sanitize`, which has just visited every row (plain-rows.ts): no node in them.
    if (isPlainRows(rows)) return { rows, objects: true };
    // One pass that also tells whether every row is an object. Checks are inline: this loop runs once per cell
    // of a possibly huge table, in code that has not been optimised yet (an envelope is parsed once).
    let out: unknown[] | undefined;
    let objects = true;
    path.push("rows");
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        objects = false;
        continue;
      }
      let copy: Json | undefined;
      for (const k of Object.keys(row)) {
        const v = (row as Json)[k];
        if (
          typeof v === "object" &&
          v !== null &&
          !Array.isArray(v) &&
          (k === "_detail" || typeof (v as Json).type === "string")
        ) {
          path.push(i, k);
          copy ??= { ...(row as Json) };
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
    return { rows: out ?? rows, objects };
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

/**
 * Whether every key of `record` is allowed and every value a scalar, no string holding `{{` (a plain row, clean as it
 * is; anything else is left to the full walk). `for…in` allocates no key array; it also visits inherited enumerable
 * keys, which can only turn the answer into false.
 */
function plainRecord(record: object): boolean {
  for (const k in record) {
    const v: unknown = (record as Json)[k];
    if (
      FORBIDDEN_KEYS.has(k) ||
      (typeof v === "object" && v !== null) ||
      (typeof v === "string" && v.includes("{{"))
    )
      return false;
  }
  return true;
}

/** `out` with `key` set to `value`, copying `raw` first if `out` is still `raw` (copy on write). */
function withKey(out: Json, raw: Json, key: string, value: unknown): Json {
  if (out[key] === value) return out;
  const copy = out === raw ? { ...raw } : out;
  copy[key] = value;
  return copy;
}

const OK = { success: true } as const;

/** A check standing in for a zod schema: true only if zod would accept the value. */
type Check = (value: unknown) => boolean;

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string; checks?: unknown[] }; values?: Set<unknown> };
}

const ANY: Check = () => true;

/**
 * A plain check for the zod/mini vocabulary of the component specs (strings, booleans, finite numbers, enums,
 * literals, unions, optionals, arrays, records, loose objects, `{{ }}` regexes), or null for anything else.
 * Conservative: a check that says true means zod accepts; false or null means "ask zod".
 */
function compileCheck(schema: unknown): Check | null {
  const zod = (schema as ZodInternals | undefined)?._zod;
  if (!zod) return null;
  const def = zod.def;
  const checks = def.checks ?? [];
  switch (def.type) {
    case "unknown":
    case "any":
      return ANY;
    case "string": {
      if (checks.length === 0) return (v) => typeof v === "string";
      const patterns: RegExp[] = [];
      for (const c of checks) {
        const cd = (c as ZodInternals)._zod.def;
        if (cd.check !== "string_format" || cd.format !== "regex" || !(cd.pattern instanceof RegExp))
          return null;
        patterns.push(cd.pattern);
      }
      return (v) =>
        typeof v === "string" &&
        patterns.every((p) => {
          p.lastIndex = 0;
          return p.test(v);
        });
    }
    case "boolean":
      return checks.length === 0 ? (v) => typeof v === "boolean" : null;
    case "number":
      return checks.length === 0 ? (v) => typeof v === "number" && Number.isFinite(v) : null;
    case "enum":
    case "literal": {
      const values = zod.values;
      return values && checks.length === 0 ? (v) => values.has(v) : null;
    }
    case "optional": {
      const inner = compileCheck(def.innerType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case "nullable": {
      const inner = compileCheck(def.innerType);
      return inner && ((v) => v === null || inner(v));
    }
    case "union": {
      const options = (def.options as unknown[]).map(compileCheck);
      if (options.some((o) => o === null)) return null;
      const fns = options as Check[];
      return (v) => fns.some((f) => f(v));
    }
    case "array": {
      const element = checks.length === 0 ? compileCheck(def.element) : null;
      if (!element) return null;
      return element === ANY
        ? (v) => Array.isArray(v)
        : (v) => Array.isArray(v) && v.every((x) => element(x));
    }
    case "record": {
      const key = compileCheck(def.keyType);
      const value = compileCheck(def.valueType);
      const keyDef = (def.keyType as ZodInternals)._zod.def;
      if (!key || !value || keyDef.type !== "string" || (keyDef.checks?.length ?? 0) > 0) return null;
      if (value === ANY) return isPlainRecord;
      return (v) => {
        if (!isPlainRecord(v)) return false;
        for (const k in v) if (Object.hasOwn(v, k) && !value(v[k])) return false;
        return true;
      };
    }
    case "object": {
      const catchall = (def.catchall as ZodInternals | undefined)?._zod.def.type;
      // Unknown keys: kept (loose), stripped (no catchall) or rejected (strict: ask zod).
      if (catchall !== undefined && catchall !== "unknown" && catchall !== "any") return null;
      const shape = def.shape as Record<string, unknown>;
      const entries: [string, Check][] = [];
      for (const k of Object.keys(shape)) {
        const check = compileCheck(shape[k]);
        if (!check) return null;
        entries.push([k, check]);
      }
      return (v) => isPlainRecord(v) && entries.every(([k, check]) => check(v[k]));
    }
    default:
      return null;
  }
}

function isPlainRecord(v: unknown): v is Json {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Per node schema: a check per shape key (null: that key needs zod) and the keys that must be present. */
interface FastSpec {
  keys: Map<string, Check | null>;
  required: string[];
}
const fastSpecs = new WeakMap<object, FastSpec | null>();

function fastSpec(schema: object): FastSpec | null {
  let spec = fastSpecs.get(schema);
  if (spec !== undefined) return spec;
  spec = null;
  const def = (schema as ZodInternals)._zod?.def;
  const catchall = (def?.catchall as ZodInternals | undefined)?._zod.def.type;
  if (def?.type === "object" && (catchall === "unknown" || catchall === "any")) {
    const shape = def.shape as Record<string, unknown>;
    const keys = new Map<string, Check | null>();
    const required: string[] = [];
    for (const k of Object.keys(shape)) {
      const check = compileCheck(shape[k]);
      keys.set(k, check);
      if (check === null || !check(undefined)) required.push(k);
    }
    spec = { keys, required };
  }
  fastSpecs.set(schema, spec);
  return spec;
}

/** Whether `node` certainly satisfies the (loose object) node schema, without running zod. Exported for tests. */
export function passesFast(schema: object, node: Json): boolean {
  const spec = fastSpec(schema);
  if (spec === null) return false;
  for (const k of spec.required) if (!Object.hasOwn(node, k)) return false;
  for (const k in node) {
    if (!Object.hasOwn(node, k)) continue;
    const check = spec.keys.get(k);
    if (check === undefined) continue; // unknown prop: kept by the loose schema (warned above)
    if (check === null || !check(node[k])) return false;
  }
  return true;
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

  // The envelope's own fields (a 1,000-key `state` record included) pass the compiled check without zod walking
  // and copying them; zod runs only to report what is wrong.
  const fields = passesFast(EnvelopeFieldsSchema, raw) ? OK : z.safeParse(EnvelopeFieldsSchema, raw);
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
