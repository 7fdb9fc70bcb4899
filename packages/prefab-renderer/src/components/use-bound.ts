/**
 * State binding of views: `useBound`, the one hook behind form controls (Input, Checkbox, Select…: coerced,
 * emitting onChange) and views that own a piece of UI state (active tab, current page, open dialog); plus helpers
 * for views that read child nodes as data (Tab, AccordionItem, Page).
 */
import type { Node } from "@prefab-ui/dsl";
import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import { interpolate } from "../engine/expression/index.js";
import { useStoreValue } from "../engine/state/index.js";
import { asBool, asOptString } from "../lib/coerce.js";
import type { NodeViewProps } from "../render/registry.js";
import { useRuntime } from "../render/runtime.js";
import { useTracked } from "../render/use-tracked.js";

const noop = () => {};

/** Compares `initial` by value (a template re-evaluates to a new array/object with the same content). */
function signature(v: unknown): string {
  if (v === undefined) return "\u0000u";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

export interface BoundOptions<T> {
  /** Reads the raw value (`state[name]`, or `initial`) as the view's type. Default: as is. */
  coerce?: (raw: unknown) => T;
  /**
   * The node's `emit`: every `set(next)` then runs its `onChange` actions with `$event` = next (0.3 semantics: the
   * control's own key is written first). Default: no actions.
   */
  emit?: NodeViewProps["emit"];
  /**
   * Unnamed: re-seed the local value whenever `initial` changes (compared by value), so a control follows its
   * `value` prop. Default true; false seeds once (a view's own UI state, e.g. the tab the user picked).
   */
  reseed?: boolean;
}

export interface Bound<T> {
  value: T;
  /** Writes `state[name]` (or the local value) FIRST, then runs `onChange` when `emit` was given. */
  set(next: T): void;
  /** The state key, as given. */
  name: string | undefined;
}

/**
 * The value of a view bound to state. Named: `state[name]` (read + write through the store, re-rendering only
 * when that key changes), falling back to `initial` while state has nothing. Unnamed: a local value seeded from
 * `initial` (see `reseed`).
 */
export function useBound<T = unknown>(
  name: string | undefined,
  initial: unknown,
  options: BoundOptions<T> = {},
): Bound<T> {
  const { coerce = (raw: unknown) => raw as T, emit, reseed = true } = options;
  const { store } = useRuntime();
  // "" is not a valid path: an unnamed view neither subscribes nor reads.
  const fromState = useStoreValue(store, name ?? "");
  const [local, setLocal] = useState<T>(() => coerce(initial));
  const initialSig = signature(initial);
  const [seenSig, setSeenSig] = useState(initialSig);
  if (initialSig !== seenSig) {
    setSeenSig(initialSig);
    if (!name && reseed) setLocal(coerce(initial));
  }
  const value = name ? coerce(fromState !== undefined ? fromState : initial) : local;

  const emitRef = useRef(emit);
  emitRef.current = emit;
  const set = useCallback(
    (next: T) => {
      if (name) {
        const res = store.set(name, next);
        if (!res.ok) setLocal(next);
      } else setLocal(next);
      if (emitRef.current) void emitRef.current("onChange", next);
    },
    [name, store],
  );
  return { value, set, name };
}

/** A name usable as a state key: a non-empty string that is not an unresolved template. */
export function boundName(v: unknown): string | undefined {
  const s = asOptString(v)?.trim();
  return s && !s.includes("{{") ? s : undefined;
}

/** One child consumed as data (Tab, AccordionItem, Page), with its scalar props interpolated. */
export interface DataItem {
  /** Index among the parent's children (for the render path). */
  index: number;
  value: string;
  title: string;
  disabled: boolean;
  id: string | undefined;
  cssClass: string | undefined;
  children: readonly Node[] | undefined;
}

/**
 * The parent's children of `type`, read as data: `value ?? title ?? item-<i>` identifies an item and
 * `title` falls back to `Item <i+1>` (§3.1). Templates in title/value/disabled/cssClass are evaluated
 * against state and scope, and the view re-renders when they change.
 */
export function useDataItems(children: unknown, type: string): DataItem[] {
  const raw = (Array.isArray(children) ? children : []) as Record<string, unknown>[];
  const picked: { index: number; props: Record<string, unknown>; children: Node[] | undefined }[] = [];
  raw.forEach((child, index) => {
    if (!child || typeof child !== "object" || child.type !== type) return;
    const { title, value, disabled, id, cssClass } = child;
    picked.push({
      index,
      props: { title, value, disabled, id, cssClass },
      children: child.children as Node[] | undefined,
    });
  });
  const resolved = useTracked(
    ({ lookup, runtime }) =>
      interpolate(
        picked.map((p) => p.props),
        lookup,
        runtime.expression,
      ) as Record<string, unknown>[],
  );
  return picked.map((p, i) => {
    const props = resolved[i] ?? {};
    const title = asOptString(props.title);
    return {
      index: p.index,
      value: asOptString(props.value) ?? title ?? `item-${i}`,
      title: title ?? `Item ${i + 1}`,
      disabled: asBool(props.disabled),
      id: asOptString(props.id),
      cssClass: asOptString(props.cssClass),
      children: p.children,
    };
  });
}

/** `prefers-reduced-motion: reduce` (false where matchMedia is missing). */
export function useReducedMotion(): boolean {
  const subscribe = useCallback((cb: () => void) => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return noop;
    const mq = window.matchMedia("(prefers-reduced-motion: reduce)");
    mq.addEventListener?.("change", cb);
    return () => mq.removeEventListener?.("change", cb);
  }, []);
  const read = () =>
    typeof window !== "undefined" && typeof window.matchMedia === "function"
      ? window.matchMedia("(prefers-reduced-motion: reduce)").matches
      : false;
  return useSyncExternalStore(subscribe, read, () => false);
}
