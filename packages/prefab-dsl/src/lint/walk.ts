/**
 * The linter's view of an envelope: every component node with its path, parent and
 * siblings, built once so rules can look around (a Label elsewhere, the Card a chart
 * sits in, the backgrounds above a text colour) without each re-walking the tree.
 */
import { hasTemplate } from "../expression/index.js";
import type { Envelope } from "../protocol/envelope.js";
import { isObject, type Json } from "../protocol/json.js";
import type { PathSegment } from "../protocol/json-path.js";
import type { Node } from "../protocol/nodes.js";
import { upgradeNode } from "../protocol/upgrade.js";

export interface LintNode {
  /** The component type; `$ref` for a template instance, `$invalid` for a parser placeholder. */
  type: string;
  /** The node's own props, upgraded to 0.3 (slots left out: they are `children`). */
  props: Readonly<Json>;
  /** Where the node is in the input, e.g. `["view", "children", 2]`. */
  path: readonly PathSegment[];
  parent: LintNode | undefined;
  /** The child list this node sits in (itself included) and its index there. */
  siblings: readonly LintNode[];
  index: number;
  /** Child nodes from every slot (children, Condition cases/else, DataTable cells), in order. */
  children: LintNode[];
}

/** If/Elif/Else are 0.2 sugar: `upgradeNode` folds them into a Condition, which changes paths. */
const SUGAR = new Set(["If", "Elif", "Else"]);

/**
 * Upgrade one node's own props (0.2 → 0.3) without touching its slots. The linter walks
 * the parsed tree rather than `upgradeEnvelope`'s output so that paths name the input
 * as written: folding If/Elif/Else would renumber children.
 */
function ownProps(raw: Json): Json {
  if (typeof raw.type !== "string" || SUGAR.has(raw.type)) return raw;
  const { children: _c, cases: _k, else: _e, rows: _r, ...own } = raw;
  return upgradeNode(own as unknown as Node) as unknown as Json;
}

function build(
  raw: unknown,
  path: PathSegment[],
  parent: LintNode | undefined,
  siblings: LintNode[],
): LintNode | undefined {
  if (!isObject(raw)) return undefined;
  const rawType =
    typeof raw.$ref === "string" ? "$ref" : typeof raw.type === "string" ? raw.type : "$invalid";
  const props = rawType === "$ref" || rawType === "$invalid" ? raw : ownProps(raw);
  // Upgrading may rename the type (0.2 InlineCode is a 0.3 Span with `code: true`).
  const type = typeof props.type === "string" && rawType !== "$ref" ? props.type : rawType;
  const node: LintNode = {
    type,
    props,
    path: [...path],
    parent,
    siblings,
    index: siblings.length,
    children: [],
  };
  siblings.push(node);
  if (type === "$ref") return node;

  const list = (value: unknown, key: PathSegment[]) => {
    if (!Array.isArray(value)) return;
    // One sibling list per slot: a Condition's branches are alternatives, not neighbours.
    const slot: LintNode[] = [];
    value.forEach((child, i) => {
      const built = build(child, [...path, ...key, i], node, slot);
      if (built) node.children.push(built);
    });
  };
  list(raw.children, ["children"]);
  if (Array.isArray(raw.cases)) {
    raw.cases.forEach((c, i) => {
      if (isObject(c)) list(c.children, ["cases", i, "children"]);
    });
  }
  list(raw.else, ["else"]);
  if (type === "DataTable" && Array.isArray(raw.rows)) {
    raw.rows.forEach((row, i) => {
      if (!isObject(row)) return;
      for (const [k, v] of Object.entries(row)) {
        if (isObject(v) && (k === "_detail" || typeof v.type === "string")) {
          // Each cell is its own little tree: cells in a row are not reading-order neighbours.
          const cell = build(v, [...path, "rows", i, k], node, []);
          if (cell) node.children.push(cell);
        }
      }
    });
  }
  return node;
}

/** The roots to lint: the view and each template in defs. */
export function lintRoots(envelope: Envelope): LintNode[] {
  const roots: LintNode[] = [];
  if (envelope.view !== undefined) {
    const root = build(envelope.view, ["view"], undefined, []);
    if (root) roots.push(root);
  }
  for (const [name, def] of Object.entries(envelope.defs ?? {})) {
    const root = build(def, ["defs", name], undefined, []);
    if (root) roots.push(root);
  }
  return roots;
}

/** Every node under (and including) `root`, parents before children. */
export function* descendants(root: LintNode): Generator<LintNode> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Ancestors from the parent up to the root. */
export function* ancestors(node: LintNode): Generator<LintNode> {
  for (let p = node.parent; p; p = p.parent) yield p;
}

/** A string prop, or undefined when absent or not a string. */
export function str(node: LintNode, key: string): string | undefined {
  const v = node.props[key];
  return typeof v === "string" ? v : undefined;
}

/** Whether a prop holds a `{{ }}` template: its value is only known at render time. */
export function isTemplated(node: LintNode, key: string): boolean {
  const v = node.props[key];
  return typeof v === "string" && hasTemplate(v);
}

/** A non-blank string prop (templates count: they will render something). */
export function hasText(node: LintNode, key: string): boolean {
  const v = str(node, key);
  return v !== undefined && v.trim() !== "";
}
