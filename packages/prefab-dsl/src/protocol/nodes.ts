/** TypeScript types of wire nodes and actions, inferred from the specs (never restated). */
import type * as z from "zod/mini";
import type { ActionName, ActionSpec, Actions } from "./actions.js";
import type { ComponentSpec } from "./component-spec.js";
import type { Components, ComponentType } from "./components/index.js";
import type { IssueCode } from "./issues.js";

type Shape = Record<string, z.core.$ZodType>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
// An empty zod object infers as `{ [k: string]: never }`, which would poison the
// intersection below; a component without own props contributes nothing.
type PropsOf<S extends Shape> = [keyof S] extends [never]
  ? Record<never, never>
  : z.infer<z.ZodMiniObject<S>>;

/** One action object, e.g. `{ action: "setState", key: "count", value: 1 }`. */
export type ActionOf<A extends ActionName> =
  Actions[A] extends ActionSpec<infer N, infer S>
    ? Simplify<{ action: N } & PropsOf<S>> &
        ActionCallbacks &
        (N extends "setInterval" ? IntervalCallbacks : unknown)
    : never;

// Interfaces (not aliases) break the recursion Action → callbacks → Action.
export interface ActionCallbacks {
  onSuccess?: ActionList;
  onError?: ActionList;
}
export interface IntervalCallbacks {
  onTick?: ActionList;
  onComplete?: ActionList;
}

export type Action = { [A in ActionName]: ActionOf<A> }[ActionName];
/** Event props take one action or a list run in order. */
export type ActionList = Action | readonly Action[];

type EventProps<E extends string> = { [K in E]?: ActionList };
export interface WithChildren {
  children?: Node[];
  /** Scoped bindings for the children, each value interpolated against state and scope. */
  let?: Record<string, unknown>;
}
export interface ConditionSlots {
  cases: { when: string; children?: Node[] }[];
  else?: Node[];
}
export interface NodeBase {
  id?: string;
  cssClass?: string;
  onMount?: ActionList;
}
type ChildProps<C extends boolean> = C extends true ? WithChildren : unknown;
type SlotOverrides<T extends string> = T extends "Condition" ? ConditionSlots : unknown;

/** A node of component type K, e.g. `NodeOf<"Button">`. */
export type NodeOf<K extends ComponentType> =
  Components[K] extends ComponentSpec<infer T, infer S, infer E, infer C>
    ? Simplify<{ type: T } & Omit<PropsOf<S>, "cases" | "else" | "onMount">> &
        NodeBase &
        EventProps<E> &
        ChildProps<C> &
        SlotOverrides<T>
    : never;

export type ComponentNode = { [K in ComponentType]: NodeOf<K> }[ComponentType];

/** `{"$ref": "name"}` — an instance of a template from `defs`, with `let` bindings. */
export interface RefNode {
  $ref: string;
  let?: Record<string, unknown>;
  cssClass?: string;
}

/**
 * What the parser leaves where a node could not be read: the renderer shows it as a
 * compact inline error and still renders its children and siblings.
 */
export interface InvalidNode {
  type: "$invalid";
  code: IssueCode;
  path: string;
  message: string;
  /** The type the input claimed, if any. */
  sourceType?: string;
  children?: Node[];
}

export type Node = ComponentNode | RefNode | InvalidNode;

export function isRefNode(node: unknown): node is RefNode {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

export function isInvalidNode(node: unknown): node is InvalidNode {
  return typeof node === "object" && node !== null && (node as { type?: unknown }).type === "$invalid";
}
