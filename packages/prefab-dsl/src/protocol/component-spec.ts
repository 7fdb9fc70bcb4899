/**
 * `defineComponent` turns one declaration into everything the project needs about
 * a component type: the runtime validator, the inferred TypeScript props, defaults,
 * catalog metadata and the JSON Schema. Nothing else may restate a component's props.
 */
import * as z from "zod/mini";
import { actionSlot, jsonObject, lazily, NO_VALUES, nodeList, str } from "./schema-kit.js";

const ONLY_ON_MOUNT: ReadonlySet<string> = new Set(["onMount"]);

/** Props that hold actions. `onMount` is on every node since 0.3. */
export type EventName = "onClick" | "onChange" | "onSubmit" | "onRowClick" | "onMount";

export type ComponentFamily =
  | "layout"
  | "typography"
  | "form"
  | "data"
  | "chart"
  | "overlay"
  | "control-flow"
  | "media";

type Shape = Record<string, z.core.$ZodType>;

export interface ComponentDefinition<
  T extends string,
  S extends Shape,
  E extends EventName,
  C extends boolean,
  P extends keyof S & string = never,
> {
  type: T;
  family: ComponentFamily;
  /** One sentence for catalogs, editors and LLM prompts. */
  description: string;
  /**
   * The props' schemas, best returned by a function that runs once, when the type is first validated (or its
   * `props`, `schema` or `knownKeys` read): a renderer meets a handful of the ~115 types per view, and building every
   * component's zod/mini schemas at module load was most of its start-up script. A plain object still works.
   */
  props: S | (() => S);
  /** Event props beyond `onMount` (which every node has). */
  events?: readonly E[];
  /** Whether the node takes `children` (and `let` bindings). */
  children?: C;
  /** Values the renderer assumes when a prop is absent (the Python producer emits most of them). */
  defaults?: { [K in keyof S]?: z.output<S[K]> };
  /** Named form controls bind `state[name]`; Python auto-names them `<prefix>_<n>`. */
  stateful?: { prefix: string };
  /** The prop a DSL builder fills from a leading string argument: `H1("Title")`. */
  primary?: P;
  /** A small valid instance for catalogs and docs (without `type`). */
  example?: Record<string, unknown>;
  /** Protocol version that introduced the type. */
  since?: "0.2" | "0.3";
  /** Kept only so older producers still parse: not emitted by current DSLs. */
  legacy?: boolean;
}

const baseShape = { id: z.optional(str), cssClass: z.optional(str), onMount: z.optional(actionSlot) };
const childrenShape = { children: z.optional(nodeList), let: z.optional(jsonObject) };

export interface ComponentSpec<
  T extends string = string,
  S extends Shape = Shape,
  E extends EventName = EventName,
  C extends boolean = boolean,
  P extends keyof S & string = keyof S & string,
> extends Required<Pick<ComponentDefinition<T, S, E, C, P>, "type" | "family" | "description">> {
  /** Built on first read (see `ComponentDefinition.props`). */
  props: S;
  events: readonly E[];
  children: C;
  defaults: { [K in keyof S]?: z.output<S[K]> };
  stateful: { prefix: string } | undefined;
  primary: P | undefined;
  example: Record<string, unknown>;
  since: "0.2" | "0.3";
  legacy: boolean;
  /** Validates one node's own props; node and action slots are checked by the walker. */
  schema: z.ZodMiniType<Record<string, unknown>>;
  /** Every key the spec knows, for "unknown prop" warnings. */
  knownKeys: ReadonlySet<string>;
  /** Keys whose values are actions. */
  eventKeys: ReadonlySet<string>;
}

export function defineComponent<
  const T extends string,
  S extends Shape,
  const E extends EventName = never,
  const C extends boolean = false,
  const P extends keyof S & string = never,
>(def: ComponentDefinition<T, S, E, C, P>): ComponentSpec<T, S, E, C, P> {
  const events = def.events ?? [];
  // Props, object schema and key set are built together on first use (see `ComponentDefinition.props`).
  return lazily<ComponentSpec<T, S, E, C, P>, "props" | "schema" | "knownKeys">(
    {
      defaults: NO_VALUES,
      example: NO_VALUES,
      since: "0.2",
      legacy: false,
      ...def,
      children: (def.children ?? false) as C,
      stateful: def.stateful,
      primary: def.primary,
      events,
      // Most types have no event besides onMount: they share one set.
      eventKeys: events.length === 0 ? ONLY_ON_MOUNT : new Set(["onMount", ...events]),
    },
    ["props", "schema", "knownKeys"],
    () => {
      const props = typeof def.props === "function" ? def.props() : def.props;
      const shape: Shape = { type: z.literal(def.type), ...baseShape, ...props };
      for (const e of events) shape[e] = z.optional(actionSlot);
      if (def.children) Object.assign(shape, childrenShape);
      return {
        props,
        schema: z.looseObject(shape) as unknown as z.ZodMiniType<Record<string, unknown>>,
        knownKeys: new Set(Object.keys(shape)),
      };
    },
  );
}
