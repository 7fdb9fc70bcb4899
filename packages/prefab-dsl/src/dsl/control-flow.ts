/** Loops, conditions and reusable templates, with scope refs typed from state. */
import type { Node, NodeOf, RefNode } from "../protocol/nodes.js";
import { type Child, component, type NodeLike, type PropsFor, resolveChild } from "./builder.js";
import { type Expr, isExpr, toWire } from "./expr.js";
import { makeRef, type Ref, refPath } from "./ref.js";

type ItemOf<T> = NonNullable<T> extends readonly (infer E)[] ? E : unknown;

const forEachNode = component("ForEach");

export interface ForEachOptions extends Omit<PropsFor<"ForEach">, "key" | "children"> {
  /**
   * Name the loop variable instead of using `$item`/`$index`: the node gets
   * `let: { <as>: "{{ $item }}", <as>_idx: "{{ $index }}" }` and the callback's refs
   * point at those names. Needed in nested loops, where an inner `$item` shadows the
   * outer one; it is also the form the Python DSL emits (`_loop_<n>`).
   */
  as?: string;
}

/**
 * `ForEach(s.todos, (todo, i) => Row(Text(todo.text), …))` — the callback gets refs
 * to `$item` and `$index` (or to the `as` names), typed from the array's element type.
 */
export function ForEach<T>(
  items: Ref<T> | string,
  render: (item: Ref<ItemOf<T>>, index: Ref<number>) => Child,
  options: ForEachOptions = {},
): NodeOf<"ForEach"> {
  const key = typeof items === "string" ? items : refPath(items);
  if (key === undefined) throw new Error("ForEach needs a state ref or a path string");
  const { as, ...props } = options;
  const itemName = as ?? "$item";
  const indexName = as === undefined ? "$index" : `${as}_idx`;
  const bindings =
    as === undefined ? {} : { let: { ...props.let, [itemName]: "{{ $item }}", [indexName]: "{{ $index }}" } };
  const children = render(makeRef<ItemOf<T>>(itemName), makeRef<number>(indexName));
  return forEachNode({ ...props, ...bindings, key } as PropsFor<"ForEach">, children) as NodeOf<"ForEach">;
}

type Cond = Expr<unknown> | string;
const condText = (c: Cond) => (isExpr(c) ? c.toString() : c.includes("{{") ? c : `{{ ${c} }}`);

interface ConditionBuilder {
  /** Another case, tried when the earlier ones are false. */
  elif(condition: Cond, ...children: Child[]): ConditionBuilder;
  /** The fallback; ends the chain. */
  else(...children: Child[]): NodeOf<"Condition">;
  toJSON(): NodeOf<"Condition">;
}

function flattenChildren(children: Child[]): Node[] {
  const out: Node[] = [];
  const walk = (c: Child) => {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) for (const x of c) walk(x);
    else out.push(resolveChild(c as Node | NodeLike));
  };
  for (const c of children) walk(c);
  return out;
}

/**
 * `when(s.count.gt(0), Text("some")).elif(s.loading, Loader()).else(Text("none"))`.
 * The chain is itself a node (it serialises as a Condition), so `.else` is optional.
 */
export function when(condition: Cond, ...children: Child[]): ConditionBuilder {
  const cases: { when: string; children: Node[] }[] = [];
  const add = (c: Cond, kids: Child[]) => cases.push({ when: condText(c), children: flattenChildren(kids) });
  add(condition, children);
  const builder: ConditionBuilder & { type: "Condition"; cases: typeof cases } = {
    type: "Condition",
    cases,
    elif(c, ...kids) {
      add(c, kids);
      return builder;
    },
    else(...kids) {
      return { type: "Condition", cases: [...cases], else: flattenChildren(kids) } as NodeOf<"Condition">;
    },
    toJSON() {
      return { type: "Condition", cases: [...cases] } as NodeOf<"Condition">;
    },
  };
  return builder;
}

/** A template stored once in `defs` and instantiated with `.use(bindings)`. */
export interface Template<Vars extends Record<string, unknown> = Record<string, unknown>> {
  readonly name: string;
  readonly node: Node;
  use(bindings?: { [K in keyof Vars]: Vars[K] | Expr<unknown> }, opts?: { cssClass?: string }): RefNode;
  /** Refs to the template's own variables, for use inside its body. */
  readonly vars: { readonly [K in keyof Vars & string]: Ref<Vars[K]> };
}

/**
 * `const userCard = define("user-card", (v) => Card(CardTitle(v.name)))` then
 * `userCard.use({ name: s.user.name })`; pass `defs: [userCard]` to PrefabApp.
 */
export function define<Vars extends Record<string, unknown> = Record<string, unknown>>(
  name: string,
  body: Node | ((vars: Template<Vars>["vars"]) => Node),
): Template<Vars> {
  const vars = new Proxy({} as Template<Vars>["vars"], {
    get: (_t, p) => (typeof p === "string" ? makeRef(p) : undefined),
  });
  const node = typeof body === "function" ? body(vars) : body;
  return {
    name,
    node,
    vars,
    use(bindings, opts) {
      const ref: RefNode = { $ref: name };
      if (bindings && Object.keys(bindings).length > 0) ref.let = toWire(bindings) as Record<string, unknown>;
      if (opts?.cssClass) ref.cssClass = opts.cssClass;
      return ref;
    },
  };
}
