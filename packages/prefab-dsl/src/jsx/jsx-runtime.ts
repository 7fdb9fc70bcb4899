/**
 * The automatic JSX runtime: `/** @jsxImportSource @prefab-ui/dsl *\/` (or
 * `"jsxImportSource": "@prefab-ui/dsl"` with `"jsx": "react-jsx"`) makes
 *
 *   <Column cssClass="gap-4"><H1 content="Title" /><Button label="Save" onClick={save} /></Column>
 *
 * build exactly the JSON that `Column({ cssClass: "gap-4" }, H1("Title"), Button("Save", { onClick: save }))`
 * builds. Tags are the DSL builders themselves or function components `(props) => Node`;
 * there are no lowercase (intrinsic) tags, because the protocol has no HTML elements.
 * Control flow stays in plain expressions: `{ForEach(s.rows, (r) => <Text content={r.name} />)}`,
 * `{when(s.ok, <Badge label="ok" />)}`.
 */
import { builderType, type Child, type NodeLike, resolveChild } from "../dsl/builder.js";
import type { Node } from "../protocol/nodes.js";

/** Anything a tag may be: a DSL builder (`Column`) or a function component. */
// `never` accepts every one-argument function; each tag's props are checked by the
// compiler's JSX rules against that tag's own signature, not here.
export type ElementType = (props: never) => Node | Node[];

/** The props object the compiler passes: attributes plus `children` (one child or an array). */
export type JsxProps = Record<string, unknown> & { children?: Child };

export function jsx(type: ElementType, props: JsxProps, key?: string | number): Node {
  // The compiler moves a `key` attribute out of props (React semantics). ForEach's `key`
  // is a real prop (the state path it iterates), so builders get it back.
  const full = key !== undefined && builderType(type) !== undefined ? { ...props, key } : props;
  return (type as (props: JsxProps) => Node)(full);
}

/** Same as `jsx`; the compiler calls it when there are several static children. */
export const jsxs = jsx;

/**
 * `<>…</>` yields its children as a list. Builders flatten nested lists, so a fragment
 * works anywhere children go; it is not a node, so it cannot be a whole view.
 */
export function Fragment(props: { children?: Child }): Node[] {
  const out: Node[] = [];
  const walk = (c: Child): void => {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) for (const x of c as readonly Child[]) walk(x);
    else out.push(resolveChild(c as Node | NodeLike));
  };
  walk(props.children);
  return out;
}

export namespace JSX {
  export type Element = Node;
  /** Children arrive as the `children` prop, which builders accept alongside their other props. */
  export interface ElementChildrenAttribute {
    // biome-ignore lint/complexity/noBannedTypes: the compiler only reads the property name.
    children: {};
  }
  /** No lowercase tags: every tag is a builder or a function component. */
  export type IntrinsicElements = Record<never, never>;
  export interface IntrinsicAttributes {
    key?: string | number;
  }
}
