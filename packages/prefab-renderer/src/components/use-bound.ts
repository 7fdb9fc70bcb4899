/**
 * Helpers for views that own a piece of UI state (active tab, current page, open dialog) and for views
 * that read child nodes as data (Tab, AccordionItem, Page).
 */
import type { Node } from "@prefab-ui/dsl";
import { useCallback, useState, useSyncExternalStore } from "react";
import { interpolate } from "../engine/expression/index.js";
import { asBool, asOptString } from "../lib/coerce.js";
import { useRuntime } from "../render/runtime.js";
import { useTracked } from "../render/use-tracked.js";

const noop = () => {};

/**
 * `state[name]` when `name` is set (read + write through the store), else a local React state seeded
 * with `initial`. Returns the value and a setter.
 */
export function useBound(name: string | undefined, initial: unknown): [unknown, (value: unknown) => void] {
  const { store } = useRuntime();
  const [local, setLocal] = useState<unknown>(initial);
  const subscribe = useCallback((cb: () => void) => (name ? store.subscribe(name, cb) : noop), [store, name]);
  const read = useCallback(() => (name ? store.get(name) : undefined), [store, name]);
  const bound = useSyncExternalStore(subscribe, read, read);
  const set = useCallback(
    (value: unknown) => {
      if (name) store.set(name, value);
      else setLocal(value);
    },
    [name, store],
  );
  return [name ? bound : local, set];
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
