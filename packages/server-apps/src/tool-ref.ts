/**
 * Typed tool references. `app.tool(...)` and `app.backendTool(...)` return a
 * `ToolRef`; `callTool(ref, args, …)` turns it into the DSL `toolCall` action, with
 * the arguments checked against the tool's zod input and `$result` typed from its
 * output. User code never spells a tool name, so renames and mount prefixes cannot
 * silently break a view.
 */
import {
  $error,
  type ActionInput,
  type Expr,
  type Ref,
  result as resultRef,
  type StateKey,
  toolCall,
} from "@prefab-ui/dsl";
import type * as z from "zod";

/** The input schema of a tool: a zod object (classic or mini). */
export type InputSchema = z.core.$ZodObject;

/**
 * A reference to a registered tool. `name` is read when a view is built, so it is the
 * tool's current name, including every mount prefix above it.
 */
export interface ToolRef<I extends InputSchema = InputSchema, O = unknown, N extends string = string> {
  /** `app`: returns a Prefab view; `backend`: plain data; `html`: plain data shown by custom HTML. */
  readonly kind: "app" | "backend" | "html";
  /** The name given to `tool()` / `backendTool()`. */
  readonly localName: string;
  /** The name the tool is listed under (prefixes applied). */
  readonly name: string;
  readonly input: I;
  /** True when results are `{result: X}`-wrapped on the wire (non-object output). */
  readonly wrapsResult: boolean;
  /**
   * Type-only: lets `callTool` and the typed HTML client infer argument and result types,
   * and `ToolsOf` key a tool map by the literal name given to `tool()`. Never set.
   */
  readonly __types?: { input: z.input<I>; output: O; name: N };
}

/** What each argument accepts: the value, or an expression/ref that yields it at run time. */
export type Arg<V> =
  | Expr<V>
  | (V extends readonly (infer E)[]
      ? readonly Arg<E>[]
      : V extends Record<string, unknown>
        ? { [K in keyof V]: Arg<V[K]> }
        : V);

export type ToolArgs<R> =
  R extends ToolRef<infer I, unknown> ? { [K in keyof z.input<I>]: Arg<z.input<I>[K]> } : never;
export type ToolOutput<R> = R extends ToolRef<InputSchema, infer O> ? O : never;

export interface CallToolOptions<O> {
  /** Actions after success; a function receives `$result` typed from the tool's output. */
  onSuccess?: ActionInput | ((result: Ref<O>) => ActionInput);
  /** Actions after failure; a function receives `$error` (the error text). */
  onError?: ActionInput | ((error: Ref<string>) => ActionInput);
  /** Store `$result` at this state key on success. */
  resultKey?: StateKey;
}

/**
 * Names a ref has been emitted under, so an envelope built before a `mount()` can
 * still be rewritten to the prefixed name when it is served (see `tool-names.ts`).
 */
const emitted = new Map<string, Set<ToolRef>>();

/** Refs that were emitted into views under `name`. */
export function refsEmittedAs(name: string): ReadonlySet<ToolRef> {
  return emitted.get(name) ?? new Set();
}

/**
 * `callTool(saveContact, { name: s.form.name }, { onSuccess: (r) => showToast(`Saved ${r.name}`) })`.
 * A wrong argument name or type does not compile.
 */
export function callTool<R extends ToolRef<InputSchema, unknown>>(
  tool: R,
  args: ToolArgs<R>,
  options: CallToolOptions<ToolOutput<R>> = {},
) {
  const name = tool.name;
  const refs = emitted.get(name) ?? new Set<ToolRef>();
  emitted.set(name, refs);
  refs.add(tool);
  const { onSuccess, onError, resultKey } = options;
  return toolCall(name, args as Record<string, unknown>, {
    ...(onSuccess === undefined
      ? {}
      : { onSuccess: typeof onSuccess === "function" ? onSuccess(resultRef<ToolOutput<R>>()) : onSuccess }),
    ...(onError === undefined ? {} : { onError: typeof onError === "function" ? onError($error) : onError }),
    ...(resultKey === undefined ? {} : { resultKey }),
    // Some hosts drop the result's `_meta` (and with it the wrap flag), so say it on the action too.
    ...(tool.wrapsResult ? { unwrapResult: true } : {}),
  });
}
