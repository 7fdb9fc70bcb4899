/**
 * The interpreter: one `RenderNode` per wire node. It resolves `$ref`s, loops and
 * conditions itself and hands every other type to its registered view with
 * interpolated props. Each node is memoised on (node, path): a state change
 * re-renders only nodes whose templates read the changed key.
 */
import { type EventName, type Node, parseNode } from "@prefab-ui/dsl";
import {
  createContext,
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
} from "react";
import { runActions } from "../actions/executor.js";
import { evaluateCondition, interpolate } from "../engine/expression/index.js";
import { withReadableColours } from "../styles/author-colours.js";
import { ensureClasses } from "../styles/jit/ensure-classes.js";
import { InlineError } from "./inline-error.js";
import { NodeBoundary } from "./node-boundary.js";
import { getView, isLazyView, type NodeViewProps } from "./registry.js";
import { OverlayContext, ScopeContext, useRuntime } from "./runtime.js";
import { pushScope } from "./scope.js";
import { useTracked } from "./use-tracked.js";

type Json = Record<string, unknown>;

/** Keys the interpreter consumes; everything else is a prop to interpolate. */
const STRUCTURAL = new Set([
  "type",
  "children",
  "let",
  "onClick",
  "onChange",
  "onSubmit",
  "onRowClick",
  "onMount",
]);
const EVENTS: readonly EventName[] = ["onClick", "onChange", "onSubmit", "onRowClick", "onMount"];

/** Names of `$ref` templates being expanded on the current path (recursion guard). */
const ResolvingContext = createContext<ReadonlySet<string>>(new Set());

export function RenderNodes({
  nodes,
  path,
}: {
  nodes: readonly Node[] | undefined;
  path: string;
}): ReactNode {
  if (!nodes || nodes.length === 0) return null;
  return nodes.map((n, i) => <RenderNode key={i} node={n} path={`${path}[${i}]`} />);
}

/**
 * One node = an error boundary plus the node's own component: the interpreter's
 * per-node cost is kept to these layers because big views have thousands of nodes.
 * Suspense wraps only views whose chunk has not loaded yet (see ComponentView).
 */
export const RenderNode = memo(function RenderNode({ node, path }: { node: Node; path: string }): ReactNode {
  const runtime = useRuntime();
  const n = node as unknown as Json;
  return (
    <NodeBoundary path={path} type={n.type as string | undefined} resetKey={node} runtime={runtime}>
      {renderKind(n, path, runtime.partial === true)}
    </NodeBoundary>
  );
});

function renderKind(n: Json, path: string, partial: boolean): ReactNode {
  if (typeof n.$ref === "string") return <RefView node={n} path={path} />;
  switch (n.type) {
    case "$invalid":
      if (partial) {
        // Still being written by the model: a placeholder, not an error.
        return (
          <div className="pf-skeleton flex flex-col gap-2" aria-busy="true">
            <div className="h-6 w-full animate-pulse rounded-md bg-muted" />
            <RenderNodes nodes={n.children as Node[] | undefined} path={`${path}.children`} />
          </div>
        );
      }
      return (
        <InlineError
          type={n.sourceType as string | undefined}
          path={String(n.path ?? path)}
          message={String(n.message)}
        >
          <RenderNodes nodes={n.children as Node[] | undefined} path={`${path}.children`} />
        </InlineError>
      );
    case "ForEach":
      return <ForEachView node={n} path={path} />;
    case "Condition":
      return <ConditionView node={n} path={path} />;
    case "Slot":
      return <SlotView node={n} path={path} />;
    case "State":
      return null;
    default:
      return <ComponentView node={n} path={path} />;
  }
}

const LOADING = (
  <div className="pf-loading min-h-8 w-full animate-pulse rounded-md bg-muted" aria-busy="true" />
);

/** Children with an optional `let` frame. */
function Scoped({ bindings, children }: { bindings: unknown; children: ReactNode }): ReactNode {
  const scope = useContext(ScopeContext);
  const values = useTracked(({ lookup, runtime }) =>
    bindings && typeof bindings === "object"
      ? (interpolate(bindings, lookup, runtime.expression) as Json)
      : undefined,
  );
  const frame = useMemo(
    () => (values ? pushScope(scope ?? { vars: {}, parent: undefined }, values) : scope),
    [scope, values],
  );
  if (!values) return children;
  return <ScopeContext.Provider value={frame}>{children}</ScopeContext.Provider>;
}

function ComponentView({ node, path }: { node: Json; path: string }): ReactNode {
  const runtime = useRuntime();
  const scope = useContext(ScopeContext);
  const closeOverlay = useContext(OverlayContext);
  const type = node.type as string;
  const View = getView(type);

  const interpolated = useTracked(({ lookup, runtime: rt }) => {
    const raw: Json = {};
    for (const [k, v] of Object.entries(node)) if (!STRUCTURAL.has(k)) raw[k] = v;
    return interpolate(raw, lookup, rt.expression) as Json;
  });
  // Text readable on author backgrounds (`bg-emerald-500 text-white`): styles/author-colours.ts.
  const props = withReadableColours(node, type, interpolated);

  // Author classes outside the precompiled set are compiled after paint (styles/jit).
  if (typeof props.cssClass === "string") ensureClasses(props.cssClass);

  // Latest scope/overlay in a ref so `emit` keeps one identity across renders.
  const live = useRef({ scope, closeOverlay });
  live.current = { scope, closeOverlay };
  const emit = useCallback(
    (event: EventName, $event?: unknown) =>
      runActions(node[event], {
        runtime,
        scope: live.current.scope,
        path: `${path}.${event}`,
        $event,
        closeOverlay: live.current.closeOverlay,
        depth: 0,
      }),
    [node, path, runtime],
  );
  const hasEvent = useCallback((event: EventName) => node[event] !== undefined, [node]);
  const renderNodes = useCallback(
    (nodes: readonly Node[] | undefined, suffix: string) => (
      <RenderNodes nodes={nodes} path={`${path}.${suffix}`} />
    ),
    [path],
  );

  // Mount only: onMount runs once per mount, as in 0.3 (not again when props change).
  const mountRef = useRef(emit);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount by design.
  useEffect(() => {
    if (node.onMount !== undefined) void mountRef.current("onMount");
  }, []);

  if (!View) return <InlineError type={type} path={path} message="this renderer has no view for the type" />;
  const children = <RenderNodes nodes={node.children as Node[] | undefined} path={`${path}.children`} />;
  const viewProps: NodeViewProps = {
    type: type as NodeViewProps["type"],
    props,
    node: node as unknown as NodeViewProps["node"],
    path,
    children,
    emit,
    hasEvent,
    renderNodes,
  };
  // Only a view whose chunk is still loading can suspend; everything else needs no boundary.
  const element = isLazyView(type) ? (
    <Suspense fallback={LOADING}>
      <View {...viewProps} />
    </Suspense>
  ) : (
    <View {...viewProps} />
  );
  return node.let !== undefined ? <Scoped bindings={node.let}>{element}</Scoped> : element;
}

function RefView({ node }: { node: Json; path: string }): ReactNode {
  const runtime = useRuntime();
  const resolving = useContext(ResolvingContext);
  const name = node.$ref as string;
  const def = Object.hasOwn(runtime.defs, name) ? runtime.defs[name] : undefined;
  const nextResolving = useMemo(() => new Set([...resolving, name]), [resolving, name]);
  if (!def || resolving.has(name)) return null; // unknown or recursive: nothing, as the protocol says
  let body: ReactNode = (
    <ResolvingContext.Provider value={nextResolving}>
      <RenderNode node={def} path={`defs.${name}`} />
    </ResolvingContext.Provider>
  );
  if (node.let !== undefined) body = <Scoped bindings={node.let}>{body}</Scoped>;
  if (typeof node.cssClass === "string") body = <div className={node.cssClass}>{body}</div>;
  return body;
}

function ForEachView({ node, path }: { node: Json; path: string }): ReactNode {
  const scope = useContext(ScopeContext);
  const items = useTracked(({ lookup, runtime }) => {
    const key = interpolate(node.key, lookup, runtime.expression);
    return typeof key === "string" ? interpolate(`{{ ${key} }}`, lookup, runtime.expression) : undefined;
  });
  if (!Array.isArray(items)) return null;
  const children = node.children as Node[] | undefined;
  const body = items.map((item, index) => (
    <ScopeContext.Provider
      key={index}
      value={pushScope(scope ?? { vars: {}, parent: undefined }, { $item: item, $index: index })}
    >
      {node.let !== undefined ? (
        <Scoped bindings={node.let}>
          <RenderNodes nodes={children} path={`${path}.children`} />
        </Scoped>
      ) : (
        <RenderNodes nodes={children} path={`${path}.children`} />
      )}
    </ScopeContext.Provider>
  ));
  return typeof node.cssClass === "string" ? (
    <div className={`w-full ${node.cssClass}`}>{body}</div>
  ) : (
    <div className="contents">{body}</div>
  );
}

function ConditionView({ node, path }: { node: Json; path: string }): ReactNode {
  const cases = (Array.isArray(node.cases) ? node.cases : []) as { when?: unknown; children?: Node[] }[];
  const chosen = useTracked(({ lookup, runtime }) => {
    for (let i = 0; i < cases.length; i++) {
      if (evaluateCondition(String(cases[i]!.when ?? ""), lookup, runtime.expression)) return i;
    }
    return -1;
  });
  if (chosen >= 0)
    return <RenderNodes nodes={cases[chosen]!.children} path={`${path}.cases[${chosen}].children`} />;
  return <RenderNodes nodes={node.else as Node[] | undefined} path={`${path}.else`} />;
}

function SlotView({ node, path }: { node: Json; path: string }): ReactNode {
  const content = useTracked(({ lookup, runtime }) => {
    const name = interpolate(node.name, lookup, runtime.expression);
    return typeof name === "string" ? interpolate(`{{ ${name} }}`, lookup, runtime.expression) : undefined;
  });
  // Slot content is data from a tool or an action: validate it like any envelope.
  const parsed = useMemo(() => {
    if (typeof content !== "object" || content === null || typeof (content as Json).type !== "string")
      return null;
    return parseNode(content).node;
  }, [content]);
  if (parsed) return <RenderNode node={parsed} path={`${path}.content`} />;
  return <RenderNodes nodes={node.children as Node[] | undefined} path={`${path}.children`} />;
}

export { EVENTS };
