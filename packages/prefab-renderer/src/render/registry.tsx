/**
 * type → React implementation. Components receive resolved props (templates
 * evaluated), rendered children and an `emit` for their event props; they never
 * see the store or expression engine directly.
 */
import type { ComponentType, EventName, Node, NodeOf } from "@prefab-ui/dsl";
import { lazy, type ComponentType as ReactComponentType, type ReactNode } from "react";

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

/** Register implementations (component families call this at module load). */
export function registerViews(views: Registry): void {
  Object.assign(registry, views);
}

export function getView(type: string): NodeView | undefined {
  return Object.hasOwn(registry, type) ? (registry[type as ComponentType] as NodeView) : undefined;
}

/**
 * Register views whose code lives in a separate chunk (charts, tables, Markdown…).
 * The chunk is loaded the first time a view of one of these types renders; until
 * then the node shows a sized placeholder (RenderNode's Suspense fallback).
 */
export function registerLazyViews(
  types: readonly ComponentType[],
  load: () => Promise<{ views: Registry }>,
): void {
  let pending: Promise<{ views: Registry }> | undefined;
  const once = () => {
    pending ??= load();
    return pending;
  };
  const views: Registry = {};
  for (const type of types) {
    (views as Record<string, NodeView>)[type] = lazy(async () => {
      const mod = await once();
      const view = mod.views[type] as NodeView | undefined;
      if (!view) throw new Error(`chunk has no view for ${type}`);
      return { default: view };
    });
  }
  registerViews(views);
}
