/**
 * Building blocks for the protocol schemas. Written with `zod/mini` because the
 * renderer ships these schemas to the browser: classic zod costs ~110 KiB gzip
 * there, mini ~5 KiB (measured with esbuild).
 */
import * as z from "zod/mini";

/**
 * `build()` on the first call, the same value after: prop groups shared by several specs stay one set of schema
 * instances (as module constants were; JSON Schema's `reused: "ref"` keys on identity) but cost nothing at load.
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const BUILD = Symbol();
const BUILT = Symbol();
interface Lazy {
  [BUILD]: () => Record<string, unknown>;
  [BUILT]?: Record<string, unknown>;
}
/** The prototype holding the getters, per kind of spec (named by its first lazy key: "props", "fields"). */
const prototypes: Record<string, object> = {};

/**
 * `spec` with the `keys` read from `build()`, which runs on the first read of any of them (component and action
 * specs: their zod schemas are built on first use, see component-spec.ts).
 *
 * The getters live on a prototype shared by every spec of a kind, and the spec's own fields are plain data
 * properties: accessors defined on each of ~150 specs (three closures each) turned every spec into a dictionary-mode
 * object, ~0.8 KiB apiece of the renderer's resident heap.
 */
export function lazily<T extends object, K extends keyof T & string>(
  spec: Omit<T, K>,
  keys: readonly K[],
  build: () => Pick<T, K>,
): T {
  let proto = prototypes[keys[0]!];
  if (!proto) {
    proto = prototypes[keys[0]!] = {};
    for (const key of keys)
      Object.defineProperty(proto, key, {
        get(this: Lazy) {
          this[BUILT] ??= this[BUILD]();
          return this[BUILT][key];
        },
        enumerable: true,
      });
  }
  const out = Object.create(proto) as Lazy & Record<string, unknown>;
  // A definition's own `props`/`fields` (its builder) gives way to the built value.
  for (const key in spec) if (!(key in proto)) out[key] = spec[key as never];
  out[BUILD] = build as () => Record<string, unknown>;
  return out as unknown as T;
}

/** The defaults and example of the specs that declare none (one object: specs are read-only). */
export const NO_VALUES: Readonly<Record<string, never>> = Object.freeze({});

/**
 * A `{{ expression }}` template string (sole or mixed). `abort` marks a failed match as
 * a hard failure, so a union such as `boolean | template` reports every branch
 * ("expected boolean or a {{ }} template") instead of only the template branch.
 */
export const template = z
  .string()
  .check(z.regex(/\{\{[\s\S]*?\}\}/, { message: "expected a {{ }} template", abort: true }));

/** Any string; templates included (every string prop is interpolated by the renderer). */
export const str = z.string();

/**
 * Booleans and numbers accept a template too: the Python DSL types many of them as
 * `bool | Rx`, and protocol 0.3 asks renderers to validate after interpolation.
 * A plain non-template string ("true") is still an error.
 */
export const bool = z.union([z.boolean(), template]);
export const num = z.union([z.number(), template]);
export const int = z.union([z.int(), template]);

/** A closed set of values, or a template that picks one at run time. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), template]);
}

/**
 * 0.3 widened `variant` props to "enum or any string" (custom variants styled by
 * `css`); the enum is kept so JSON Schema and editors still list the known ones.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

export const side = oneOf(["top", "right", "bottom", "left"]);
export const align = oneOf(["start", "center", "end"]);
export const orientation = oneOf(["horizontal", "vertical"]);
export const size3 = oneOf(["sm", "default", "lg"]);
export const statusVariants = ["default", "success", "warning", "destructive", "info", "muted"] as const;

/** CSS inline style object, as sent by the Python DSL (keys are whatever the author wrote). */
export const styleObject = z.record(z.string(), z.union([z.string(), z.number()]));

/** A JSON object of arbitrary values (rows, arguments, state). */
export const jsonObject = z.record(z.string(), z.unknown());

/** Tabular data: literal rows or a template that resolves to them. */
export const rowsOrTemplate = z.union([z.array(jsonObject), z.string()]);

/**
 * Slots that hold nodes or actions are typed `unknown` here on purpose: the
 * envelope walker validates them node by node, so each issue gets its exact path
 * and one bad child never hides its siblings.
 */
export const nodeList = z.array(z.unknown());
export const actionSlot = z.unknown();
