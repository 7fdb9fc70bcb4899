/**
 * Component builders, generated from the registry so every component has one and
 * its props are the spec's props. Call forms:
 *
 *   Column({ cssClass: "gap-4" }, H1("Title"), P("Body"))   // props, then children
 *   Column(H1("Title"), P("Body"))                          // children only
 *   Button("Save", { onClick: toolCall("save") })           // primary prop first
 *   <Column cssClass="gap-4"><H1 content="Title" /></Column> // JSX (jsxImportSource)
 */
import type { ComponentSpec, EventName } from "../protocol/component-spec.js";
import { type Components, type ComponentType, components } from "../protocol/components/index.js";
import type { Node, NodeOf } from "../protocol/nodes.js";
import type { ActionInput } from "./actions.js";
import { type Expr, isExpr, toWire } from "./expr.js";

/** A wire value, or an expression/ref that yields it at run time. */
export type Bindable<T> = T extends readonly (infer E)[]
  ? readonly Bindable<E>[] | Expr<unknown>
  : T extends Record<string, unknown>
    ? { [K in keyof T]: Bindable<T[K]> } | Expr<unknown>
    : T | Expr<unknown>;

/**
 * Something that becomes a node when serialised, such as an open `when(...)` chain
 * (it is still a builder, so it can take `.elif`/`.else`, but it is already a valid child).
 */
export interface NodeLike {
  toJSON(): Node;
}

/** What may stand in a children list: nodes, nested lists, and falsy holes for `cond && X`. */
export type Child = Node | NodeLike | null | undefined | false | readonly Child[];

/** Resolve a NodeLike child to its plain node, so built trees hold only JSON values. */
export function resolveChild(c: Node | NodeLike): Node {
  return !isExpr(c) && typeof (c as Partial<NodeLike>).toJSON === "function"
    ? (c as NodeLike).toJSON()
    : (c as Node);
}

type SpecOf<K extends ComponentType> = Components[K];
type EventsOf<K extends ComponentType> =
  SpecOf<K> extends ComponentSpec<string, never, infer E> ? E : EventName;
type PrimaryOf<K extends ComponentType> =
  SpecOf<K> extends ComponentSpec<string, infer _S, infer _E, infer _C, infer P>
    ? [P] extends [never]
      ? never
      : P
    : never;
type HasChildren<K extends ComponentType> = SpecOf<K>["children"] extends true ? true : false;

type WireProps<K extends ComponentType> = Omit<NodeOf<K>, "type" | "children" | EventName>;

/** Props a builder accepts for component K: wire props (bindable), actions, children. */
export type PropsFor<K extends ComponentType> = { [P in keyof WireProps<K>]: Bindable<WireProps<K>[P]> } & {
  [E in EventsOf<K> | "onMount"]?: ActionInput;
} & (HasChildren<K> extends true ? { children?: Child } : unknown);

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type PropsForms<K extends ComponentType, P, N> = [RequiredKeys<P>] extends [never]
  ? HasChildren<K> extends true
    ? { (props?: P, ...children: Child[]): N; (...children: Child[]): N }
    : (props?: P) => N
  : HasChildren<K> extends true
    ? (props: P, ...children: Child[]) => N
    : (props: P) => N;

// The primary-argument forms are spelled out rather than inferred from PropsForms:
// inferring parameters from an overloaded type reads only its last overload, which for
// containers is `(...children)` and made `Badge("x", { variant })` fail to type-check.
type PrimaryForms<K extends ComponentType, N> = [PrimaryOf<K>] extends [never]
  ? unknown
  : PrimaryCalls<K, Omit<PropsFor<K>, PrimaryOf<K>>, N>;

type PrimaryCalls<K extends ComponentType, P, N> =
  HasChildren<K> extends true
    ? ((primary: string | Expr<unknown>, props: P, ...children: Child[]) => N) &
        ([RequiredKeys<P>] extends [never]
          ? (primary: string | Expr<unknown>, ...children: Child[]) => N
          : unknown)
    : ((primary: string | Expr<unknown>, props: P) => N) &
        ([RequiredKeys<P>] extends [never] ? (primary: string | Expr<unknown>) => N : unknown);

export type Builder<K extends ComponentType> = PropsForms<K, PropsFor<K>, NodeOf<K>> &
  PrimaryForms<K, NodeOf<K>>;

function isNodeLike(v: unknown): boolean {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && !isExpr(v) && ("type" in v || "$ref" in v)
  );
}

function flatten(children: readonly unknown[], out: Node[] = []): Node[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c, out);
    else if (typeof c === "string")
      throw new Error(`a bare string cannot be a child ("${c}"); wrap it in Text(...)`);
    else out.push(resolveChild(c as Node | NodeLike));
  }
  return out;
}

const BUILDER_TYPE = Symbol.for("prefab.builder.type");

/** The component type a DSL builder makes, or undefined for any other function (e.g. a JSX function component). */
export function builderType(fn: unknown): ComponentType | undefined {
  return typeof fn === "function"
    ? ((fn as unknown as Record<symbol, unknown>)[BUILDER_TYPE] as ComponentType | undefined)
    : undefined;
}

/** Make the builder for one component type. */
export function component<K extends ComponentType>(type: K): Builder<K> {
  const spec = components[type] as ComponentSpec;
  const build = (...args: unknown[]): Node => {
    let props: Record<string, unknown> = {};
    let rest = args;
    if (spec.primary && (typeof rest[0] === "string" || isExpr(rest[0]))) {
      props[spec.primary] = rest[0];
      rest = rest.slice(1);
    }
    const first = rest[0];
    if (
      typeof first === "object" &&
      first !== null &&
      !Array.isArray(first) &&
      !isNodeLike(first) &&
      !isExpr(first)
    ) {
      props = { ...props, ...(first as Record<string, unknown>) };
      rest = rest.slice(1);
    }
    const { children: propChildren, ...own } = props;
    const kids = flatten([propChildren, ...rest]);
    if (kids.length > 0 && !spec.children) throw new Error(`${type} takes no children`);
    const node: Record<string, unknown> = { type, ...(toWire(own) as Record<string, unknown>) };
    if (kids.length > 0) node.children = kids;
    return node as unknown as Node;
  };
  Object.defineProperty(build, "name", { value: type });
  // Lets the JSX runtime tell builders from function components (both are plain functions).
  Object.defineProperty(build, BUILDER_TYPE, { value: type });
  return build as unknown as Builder<K>;
}
