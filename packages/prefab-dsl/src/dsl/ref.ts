/**
 * Typed references into state and scope. `s.rows[0].name` is checked against the
 * state's declared shape at compile time and prints as `{{ rows.0.name }}`.
 */
import { Expr, Prec } from "./expr.js";

type Primitive = string | number | boolean | bigint | symbol | null | undefined;
type ExprMethod = keyof Expr<unknown>;

/**
 * A reference to a value of type T. Expression methods (`.add`, `.currency`, …)
 * win over data keys of the same name; reach such a key with `.at("name")`.
 */
export type Ref<T> = Expr<T> &
  RefFields<T> & { at<K extends keyof NonNullable<T> & string>(key: K): Ref<NonNullable<T>[K]> };

type RefFields<T> = [NonNullable<T>] extends [Primitive]
  ? unknown
  : NonNullable<T> extends readonly (infer E)[]
    ? { readonly [index: number]: Ref<E>; readonly length: Ref<number> }
    : { readonly [K in Exclude<keyof NonNullable<T>, ExprMethod | "at"> & string]-?: Ref<NonNullable<T>[K]> };

const PATH = Symbol.for("prefab.ref.path");
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$|^\d+$/;

/** The dot path a ref points at, e.g. `rows.0.name`. */
export function refPath(ref: unknown): string | undefined {
  return typeof ref === "object" && ref !== null
    ? ((ref as Record<symbol, unknown>)[PATH] as string | undefined)
    : undefined;
}

export function isRef(value: unknown): value is Ref<unknown> {
  return refPath(value) !== undefined;
}

/** Build a ref proxy for a dot path. */
export function makeRef<T>(path: string): Ref<T> {
  const base = new Expr<T>(path, Prec.atom);
  const child = (key: string): Ref<unknown> => {
    if (!IDENT.test(key))
      throw new Error(`"${key}" cannot be used in a state path (letters, digits, _ and $ only)`);
    return makeRef(`${path}.${key}`);
  };
  return new Proxy(base, {
    get(target, prop, receiver) {
      if (prop === PATH) return path;
      if (prop === "at") return child;
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver);
      // Guard thenable detection (await ref) and common runtime probes.
      if (prop === "then" || prop === "$$typeof") return undefined;
      return child(prop);
    },
  }) as unknown as Ref<T>;
}

const STATE_ROOT = Symbol.for("prefab.state.initial");

/** Root of a typed state: a ref per key plus the initial values. */
export type StateRefs<S extends Record<string, unknown>> = { readonly [K in keyof S & string]-?: Ref<S[K]> };

/**
 * Declare the view's state. `defineState({ count: 0, rows: [] as Row[] })` returns
 * refs (`s.count`, `s.rows[0].name`) whose paths are checked at compile time; pass
 * the same object as `PrefabApp({ state: s })` to emit the initial values.
 */
export function defineState<S extends Record<string, unknown>>(initial: S): StateRefs<S> {
  for (const key of Object.keys(initial)) {
    if (key.startsWith("$")) throw new Error(`state keys cannot start with "$" (reserved): ${key}`);
    if (!IDENT.test(key)) throw new Error(`state key "${key}" is not a valid identifier`);
  }
  return new Proxy({} as StateRefs<S>, {
    get(_t, prop) {
      if (prop === STATE_ROOT) return initial;
      if (typeof prop === "symbol") return undefined;
      if (prop === "then" || prop === "toJSON") return undefined;
      return makeRef(prop);
    },
    ownKeys: () => Object.keys(initial),
    getOwnPropertyDescriptor: (_t, prop) =>
      typeof prop === "string" && Object.hasOwn(initial, prop)
        ? { enumerable: true, configurable: true, value: makeRef(prop) }
        : undefined,
  });
}

/** The initial values behind a `defineState` root, or undefined for other objects. */
export function initialState(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as Record<symbol, unknown>)[STATE_ROOT] as Record<string, unknown> | undefined;
}

/** Refs to untyped state keys (for state set by tools or other views). */
export function stateRef<T = unknown>(path: string): Ref<T> {
  return makeRef<T>(path);
}

// Scope variables (§4.2). `$item`/`$index` are usually received through ForEach's callback.
export const $event: Ref<unknown> = makeRef("$event");
export const $result: Ref<unknown> = makeRef("$result");
export const $error: Ref<string> = makeRef("$error");
export const $index: Ref<number> = makeRef("$index");
export const $item: Ref<unknown> = makeRef("$item");
export const $host: Ref<{
  theme?: "light" | "dark";
  displayMode?: "inline" | "fullscreen" | "pip";
  availableDisplayModes?: string[];
  containerDimensions?: { width?: number; height?: number; maxWidth?: number; maxHeight?: number };
  locale?: string;
  timeZone?: string;
}> = makeRef("$host");

/** Typed views of the scope variables: `event<string>()`, `result<Contact>()`. */
export const event = <T>() => $event as unknown as Ref<T>;
export const result = <T>() => $result as unknown as Ref<T>;
export const item = <T>() => $item as unknown as Ref<T>;
