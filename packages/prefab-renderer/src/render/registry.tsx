/**
 * type → React implementation. Components receive resolved props (templates
 * evaluated), rendered children and an `emit` for their event props; they never
 * see the store or expression engine directly.
 */
import type { ComponentType, EventName, Node, NodeOf } from "@prefab-ui/dsl";
import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { type ComponentType as ReactComponentType, type ReactNode, Suspense, use } from "react";

/** Props after interpolation: same keys as the wire node, values may have changed type. */
export type ResolvedProps<K extends ComponentType> = {
  [P in keyof Omit<NodeOf<K>, "type" | "children" | "let" | EventName>]?: unknown;
} & Record<string, unknown>;

export interface NodeViewProps<K extends ComponentType = ComponentType> {
  type: K;
  props: ResolvedProps<K>;
  /** The raw (uninterpolated) node, for slots like Tab panels or Select options. */
  node: NodeOf<K>;
  path: string;
  /** The node's children, already rendered in scope. */
  children: ReactNode;
  /** Run the actions of an event prop; resolves to false when one failed. */
  emit(event: EventName, $event?: unknown): Promise<boolean>;
  hasEvent(event: EventName): boolean;
  /** Render other node lists of this node (panels, slides) at `path.<suffix>`. */
  renderNodes(nodes: readonly Node[] | undefined, suffix: string): ReactNode;
}

export type NodeView<K extends ComponentType = ComponentType> = ReactComponentType<NodeViewProps<K>>;

export type Registry = Partial<{ [K in ComponentType]: NodeView<K> }>;

const registry: Registry = {};
/** The lazy wrapper registered per type, and every wrapper (until its chunk loads, a type's view is its wrapper). */
const wrappers = new Map<string, NodeView>();
const lazyWrappers = new WeakSet<NodeView>();

/** Whether `view` is a lazy wrapper (registerLazyViews) rather than a real view. */
export function isLazyWrapper(view: NodeView): boolean {
  return lazyWrappers.has(view);
}
/** Types whose view is still a lazy wrapper (its chunk has not run yet). */
const lazyTypes = new Set<string>();
const loaders = new Map<string, () => Promise<unknown>>();

/** Whether rendering this type may suspend (needs a Suspense boundary). */
export function isLazyView(type: string): boolean {
  return lazyTypes.has(type);
}

/**
 * Load the chunks a set of types needs, before rendering them: hosts call this
 * with the types of an incoming envelope so the first paint shows the real views,
 * not placeholders. Resolves when every needed chunk has run (errors are left to
 * the lazy wrapper, which shows them inline).
 */
export function preloadViews(types: Iterable<string>): Promise<void> {
  const pending = new Set<Promise<unknown>>();
  for (const t of types) {
    const load = lazyTypes.has(t) ? loaders.get(t) : undefined;
    if (load) pending.add(load().catch(() => undefined));
  }
  return pending.size === 0 ? Promise.resolve() : Promise.all(pending).then(() => undefined);
}

/** Every component `type` in a JSON tree (nodes anywhere: children, cases, defs, rows). */
export function collectTypes(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 1024 || typeof value !== "object" || value === null) return out;
  if (Array.isArray(value)) {
    for (const v of value) collectTypes(v, out, depth + 1);
    return out;
  }
  const t = (value as { type?: unknown }).type;
  if (typeof t === "string") out.add(t);
  // A node with an icon (Icon, Button, Alert, DropZone) needs the lazy icon set (components/icons.tsx).
  if (typeof (value as { icon?: unknown }).icon === "string" || t === "Icon") out.add("$icon");
  // A node with author classes needs tailwind-merge (lib/cn.ts) so the author's classes win conflicts.
  const css = (value as { cssClass?: unknown }).cssClass;
  if (typeof css === "string" && css !== "") out.add("$cssClass");
  // for…in, not Object.entries: no pairs array per node (envelopes come from JSON: no inherited keys).
  for (const k in value) {
    const v: unknown = (value as Record<string, unknown>)[k];
    if (typeof v !== "object" || v === null || k === "state" || k === "data") continue;
    if (k === "rows" && Array.isArray(v)) {
      if (isPlainRows(v)) continue; // parsed rows without nodes (plain-rows.ts)
      // Table rows are data; only their node-valued cells and `_detail` are nodes.
      for (const row of v) {
        if (typeof row !== "object" || row === null) continue;
        // for…in, not Object.values: no array per row (rows come from JSON: no inherited keys).
        for (const k in row) {
          const cell: unknown = row[k];
          if (typeof cell === "object" && cell !== null && !Array.isArray(cell))
            collectTypes(cell, out, depth + 1);
        }
      }
      continue;
    }
    collectTypes(v, out, depth + 1);
  }
  return out;
}

/** Register implementations (component families call this at module load). */
export function registerViews(views: Registry): void {
  Object.assign(registry, views);
}

export function getView(type: string): NodeView | undefined {
  return Object.hasOwn(registry, type) ? (registry[type as ComponentType] as NodeView) : undefined;
}

/** A module in a lazy chunk: `get()` is synchronous once it has loaded, `load()` starts (once) and awaits it. */
export interface LazyModule<T> {
  get(): T | undefined;
  load(): Promise<T>;
}

const modules: LazyModule<unknown>[] = [];

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const mod: LazyModule<T> = {
    get: () => value,
    load: () => {
      pending ??= load().then((v) => {
        value = v;
        return v;
      });
      return pending;
    },
  };
  modules.push(mod);
  return mod;
}

export interface LazyViewOptions {
  /**
   * Shown while the chunk loads, instead of RenderNode's generic placeholder: size it like the view so the layout
   * does not jump. Receives the node's props (e.g. to render an overlay's trigger node meanwhile).
   */
  fallback?: (props: NodeViewProps) => ReactNode;
}

/**
 * Register views whose code lives in a separate chunk (charts, tables, Markdown, Radix families…).
 * The chunk is loaded the first time a view of one of these types renders (or earlier: hosts call `preloadViews`
 * with an incoming envelope's types, so the first paint shows the real views); until
 * then the node shows a placeholder (`fallback`, else RenderNode's Suspense fallback). Once loaded, views render
 * synchronously, with the same element tree (no remount).
 */
export function registerLazyViews(
  types: readonly ComponentType[],
  load: () => Promise<{ views: Registry }>,
  options: LazyViewOptions = {},
): void {
  // Once the chunk has run, its views replace the wrappers in the registry: nodes rendered from then on call the
  // real view (no wrapper component per node; a hook-free view is called inline, or rendered as a static node).
  // Nodes already showing a wrapper keep it (render-node.tsx), so nothing remounts.
  const mod = lazyModule(() =>
    load().then((loaded) => {
      for (const type of types) {
        const real = loaded.views[type];
        if (real && registry[type] === wrappers.get(type)) (registry as Record<string, unknown>)[type] = real;
      }
      return loaded;
    }),
  );
  const loadOnce = registerLazyLoader(types, mod);
  const views: Registry = {};
  for (const type of types) {
    const Loaded = (props: NodeViewProps) => {
      const loaded = mod.get() ?? use(loadOnce());
      const View = loaded.views[type] as NodeView | undefined;
      if (!View) throw new Error(`chunk has no view for ${type}`);
      return <View {...props} />;
    };
    const { fallback } = options;
    const view = fallback
      ? (props: NodeViewProps) => (
          <Suspense fallback={fallback(props)}>
            <Loaded {...props} />
          </Suspense>
        )
      : Loaded;
    Object.defineProperty(view, "name", { value: `Lazy(${type})` });
    (views as Record<string, NodeView>)[type] = view as NodeView;
    wrappers.set(type, view as NodeView);
    lazyWrappers.add(view as NodeView);
  }
  registerViews(views);
}

/**
 * Make `preloadViews` load `mod` for these types (a lazy view family, or a pseudo-type such as `$icon` that
 * `collectTypes` reports), and mark them lazy (`isLazyView`) until it has loaded.
 */
export function registerLazyLoader<T>(types: readonly string[], mod: LazyModule<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const load = () =>
    (loading ??= mod.load().then((v) => {
      for (const t of types) lazyTypes.delete(t);
      return v;
    }));
  for (const type of types) {
    lazyTypes.add(type);
    loaders.set(type, load);
  }
  return load;
}

/** Load every lazy chunk (tests: render synchronously afterwards). */
export function preloadLazyModules(): Promise<unknown> {
  return Promise.all(modules.map((m) => m.load()));
}
