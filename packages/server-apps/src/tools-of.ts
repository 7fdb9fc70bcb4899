/**
 * Tool maps at the type level, for code that calls tools by name from outside the
 * server's module graph (a custom HTML app bundled for the browser). The browser side
 * imports these *types* only, so names and arguments are checked against the server's
 * definitions without shipping server code.
 */
import type { ToolRef } from "./tool-ref.js";

/** Tools by their listed name. */
export type ToolMap = { readonly [name: string]: ToolRef };

/** Type-only brand carried by a server that declared its tools with `withTools(...)`; never set at run time. */
export interface TypedTools<T extends ToolMap> {
  readonly __tools: T;
}

type NameOf<R> = R extends { readonly __types?: { name: infer N } } ? (N extends string ? N : never) : never;

/** `[refA, refB]` → `{ a: typeof refA, b: typeof refB }`, keyed by the literal names given to `tool()`. */
export type ToolMapOf<Refs extends readonly ToolRef[]> = {
  [R in Refs[number] as NameOf<R>]: R;
};

/**
 * The tool map of a typed server (`withTools`), a factory returning one, a record of
 * refs, or a tuple of refs. A server that declared nothing yields `never`, so calls
 * by name do not compile until its tools are declared.
 */
export type ToolsOf<S> = S extends (...args: never[]) => infer R
  ? ToolsOf<Awaited<R>>
  : S extends { readonly __tools: infer T extends ToolMap }
    ? T
    : S extends readonly ToolRef[]
      ? ToolMapOf<S>
      : S extends { readonly [key: string]: ToolRef }
        ? { [K in keyof S as NameOf<S[K]>]: S[K] }
        : never;
