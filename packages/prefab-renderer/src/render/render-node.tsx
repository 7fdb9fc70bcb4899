/**
 * The interpreter: one `PrefabNode` per wire node. It resolves `$ref`s, loops and conditions itself and
 * hands every other type to its registered view with interpolated props.
 *
 * Big views have thousands of nodes, so a node is ONE class component (one fiber, no hooks): it is the
 * node's error boundary (a view that throws becomes an inline error, its siblings render), evaluates its
 * templates while recording the state keys they read (tracking.ts), subscribes to exactly those keys after
 * commit, and renders its view. What a node inherits from its ancestors (runtime, scope, `$ref` chain)
 * reaches its children as one `NodeEnv` prop rather than contexts: the children's elements
 * are created here. A state change re-renders only nodes whose templates read the changed key; a parent
 * re-rendering skips children whose props are unchanged (`shouldComponentUpdate`).
 *
 * `RenderNode` (a function component reading the contexts) is the entry point for the host and for views
 * that render node lists themselves (overlay content, carousel slides); it also installs the envelope's
 * state before the first render (prime.ts). The contexts are still provided wherever their value changes,
 * for those views and for `useTracked`.
 */
import { type EventName, type Node, parseNode } from "@prefab-ui/dsl";
import {
  Component,
  cloneElement,
  createContext,
  isValidElement,
  memo,
  type ReactNode,
  Suspense,
  useContext,
  useEffect,
  useMemo,
} from "react";
import { jsx } from "react/jsx-runtime";
import { runActions } from "../actions/run.js";
import { evaluateCondition, interpolate } from "../engine/expression/index.js";
import type { Store } from "../engine/state/index.js";
import { ensureClasses, withReadableColours } from "../styles/readable-colours.js";
import { InlineError } from "./inline-error.js";
import { primeStore } from "./prime.js";
import { getView, isLazyView, isLazyWrapper, type NodeView, type NodeViewProps } from "./registry.js";
import { OverlayContext, type RenderRuntime, ScopeContext, useRuntime } from "./runtime.js";
import { pushScope, type ScopeFrame } from "./scope.js";
import {
  beginTracking,
  endTracking,
  type Reads,
  type Subscriber,
  subscribe,
  swapTrackingScope,
  trackedLookup,
  unsubscribe,
} from "./tracking.js";

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

const EMPTY_VARS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Names of `$ref` templates being expanded on the current path (recursion guard), for `RenderNode`. */
const ResolvingContext = createContext<ReadonlySet<string> | undefined>(undefined);

/** What a node inherits. Kept by identity while unchanged, so children's props compare equal. */
interface NodeEnv {
  readonly runtime: RenderRuntime;
  /** Variables in scope (`$item`, `let`…); undefined at the root. */
  readonly scope: ScopeFrame | undefined;
  /** `$ref` names being expanded above this node. */
  readonly resolving: ReadonlySet<string> | undefined;
  /**
   * Closes the enclosing Dialog/Popover (`closeOverlay`): read from `OverlayContext` by `RenderNode`, which overlays
   * render their content with. Carried here rather than read per node: a context read costs every class node a
   * dependency list kept for its lifetime.
   */
  readonly closeOverlay: (() => void) | null;
}

/**
 * A list a node sits in: its parent's path plus `suffix` (".children", ".else", a panel's suffix…). The path
 * string is built only when something asks (an error, an action, a view reading `path`): a tree of thousands
 * of nodes keeps no path strings.
 */
class ListPath {
  constructor(
    readonly owner: { readonly path: string },
    readonly suffix: string,
  ) {}

  toString(): string {
    return this.owner.path + this.suffix;
  }
}

/** A list of nodes: a `ListPath`, or a static node's place (the list of its children). */
type List = ListPath | StaticPlace;

interface NodeProps {
  node: Node;
  /** A full path (`index` < 0), or the list the node is item `index` of. */
  base: string | List;
  index: number;
  env: NodeEnv;
}

interface NodeState {
  error: Error | null;
}
const NO_ERROR: NodeState = Object.freeze({ error: null });

/** Shared stand-ins for the nodes without event props (most of them): no closures per node. */
const NO_EVENT = (_event: EventName): boolean => false;
const EMIT_NOTHING = (): Promise<boolean> => Promise.resolve(true);
/** A streaming preview runs no actions, so even "nothing to run" reports false (as `runActions` does). */
const EMIT_NOTHING_PARTIAL = (): Promise<boolean> => Promise.resolve(false);

function hasEvents(n: Json): boolean {
  return (
    n.onClick !== undefined ||
    n.onChange !== undefined ||
    n.onSubmit !== undefined ||
    n.onRowClick !== undefined ||
    n.onMount !== undefined
  );
}

/** Host entry: renders `node` with the runtime, scope and `$ref` chain of its position in the tree. */
export const RenderNode = memo(function RenderNode({ node, path }: { node: Node; path: string }): ReactNode {
  const runtime = useRuntime();
  const scope = useContext(ScopeContext);
  const resolving = useContext(ResolvingContext);
  const closeOverlay = useContext(OverlayContext);
  const env = useMemo<NodeEnv>(
    () => ({ runtime, scope, resolving, closeOverlay }),
    [runtime, scope, resolving, closeOverlay],
  );
  primeStore(runtime);
  return <PrefabNode node={node} base={path} index={-1} env={env} />;
});

/** A list of nodes at `path[i]` (kept for views and hosts; the interpreter builds its lists inline). */
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

/** Elements for a list of child nodes at `base[i]`, or null when there are none. */
function nodeList(nodes: unknown, base: List, env: NodeEnv): ReactNode[] | null {
  if (!Array.isArray(nodes) || nodes.length === 0) return null;
  const out = new Array<ReactNode>(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    out[i] = staticNode(node as unknown as Json, base, i, env) ?? (
      <PrefabNode key={i} node={node} base={base} index={i} env={env} />
    );
  }
  return out;
}

/** Kinds the interpreter renders itself (never a static leaf). */
const INTERPRETED = new Set(["$invalid", "ForEach", "Condition", "Slot", "State"]);
/** Views whose output was not plain host elements (or that threw, or have hooks): never static nodes. */
const NOT_STATIC = new WeakSet<NodeView>();

/**
 * A static node's place (its path, built on demand) and its element, per node object: the element is reused while
 * its props, view and env are the same. One object per node: it is also the list its children sit in (`toString`
 * is that list's path), which keeps its identity while the node stays at `base[index]`.
 */
class StaticPlace {
  /** What `element` was made of (set once it was made). */
  props: Json | undefined;
  View: NodeView | undefined;
  env: NodeEnv | undefined;
  element: ReactNode = null;

  constructor(
    readonly base: List,
    readonly index: number,
  ) {}

  get path(): string {
    return `${this.base.toString()}[${this.index}]`;
  }

  toString(): string {
    return `${this.path}.children`;
  }
}
const staticElements = new WeakMap<object, StaticPlace>();

/**
 * A static node — no templates, events or `let`, a view without hooks whose output is host elements around its
 * children (a Row, a Card, a Badge, a heading) — needs no component of its own: nothing of it can change unless
 * its parent renders it again, and a failure can only come from its view, which is called right here. So its
 * view's output goes straight into the parent's list: no fiber, no instance, no subscription; its children are
 * nodes as usual (their own boundaries, subscriptions, or static in turn). Null means "render a PrefabNode",
 * which is also what happens when the view throws (that node's boundary then shows the error, siblings are
 * unaffected) or returns anything but host elements and nodes.
 */
function staticNode(n: Json, base: List, index: number, env: NodeEnv): ReactNode | null {
  if (typeof n !== "object" || n === null || typeof n.type !== "string" || INTERPRETED.has(n.type))
    return null;
  if (typeof n.$ref === "string" || n.let !== undefined || hasEvents(n)) return null;
  const children = n.children;
  if (children !== undefined && !Array.isArray(children)) return null;
  for (const key in n) {
    if (key === "children") continue;
    const v = n[key];
    if (typeof v === "object" && v !== null) return null;
    if (typeof v === "string" && v.includes("{{")) return null;
  }
  const type = n.type;
  const View = getView(type);
  if (
    View === undefined ||
    typeof View !== "function" ||
    isLazyView(type) ||
    AS_ELEMENT.has(View) ||
    NOT_STATIC.has(View)
  )
    return null;
  // Before the children: a node with an author background marks the subtree it paints (author-colours.ts).
  const props = withReadableColours(n, type, n);
  const cached = staticElements.get(n);
  // The same place while the node stays at base[index] (its children keep their props); its element while the rest
  // is unchanged too.
  const place =
    cached !== undefined && cached.base === base && cached.index === index
      ? cached
      : new StaticPlace(base, index);
  if (place.props === props && place.View === View && place.env === env) return place.element;
  if (typeof props.cssClass === "string") ensureClasses(props.cssClass);
  const viewProps: NodeViewProps = {
    type: type as NodeViewProps["type"],
    props,
    node: n as unknown as NodeViewProps["node"],
    get path() {
      return place.path;
    },
    get renderNodes() {
      return (nodes: readonly Node[] | undefined, suffix: string) =>
        nodeList(nodes, new ListPath(place, `.${suffix}`), env);
    },
    children: children !== undefined && children.length > 0 ? nodeList(children, place, env) : null,
    emit: env.runtime.partial === true ? EMIT_NOTHING_PARTIAL : EMIT_NOTHING,
    hasEvent: NO_EVENT,
  };
  let output: ReactNode;
  try {
    output = (View as (props: NodeViewProps) => ReactNode)(viewProps);
  } catch (thrown) {
    AS_ELEMENT.add(View);
    if (isSuspenseSignal(thrown)) throw thrown;
    return null;
  }
  if (!isValidElement(output) || typeof output.type !== "string" || !hostOnly(output)) {
    NOT_STATIC.add(View);
    return null;
  }
  // Keyed by index: a new element around the same props (cloneElement copies them: an object per node, plus a property
  // backing store beyond four props). React's development build freezes props, where its `jsx` would define a warning
  // getter on them: there, a clone.
  const element = Object.isFrozen(output.props)
    ? cloneElement(output, { key: index })
    : jsx(output.type as "div", output.props as Json, index);
  HOST_ONLY.add(element);
  place.props = props;
  place.View = View;
  place.env = env;
  place.element = element;
  staticElements.set(n, place);
  return element;
}

/** Static nodes' elements: host-only already checked (a parent's `hostOnly` need not walk them again). */
const HOST_ONLY = new WeakSet<object>();

/**
 * Whether an element tree is host elements, text and nodes only: nothing in it renders (or throws) later except
 * nodes, which are boundaries themselves.
 */
function hostOnly(node: ReactNode): boolean {
  if (node === null || node === undefined || typeof node === "boolean") return true;
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return true;
  if (Array.isArray(node)) return node.every(hostOnly);
  if (!isValidElement(node)) return false;
  if (node.type === PrefabNode || HOST_ONLY.has(node)) return true;
  if (typeof node.type !== "string") return false;
  return hostOnly((node.props as { children?: ReactNode }).children);
}

/**
 * The node's props for its view: the node itself when no prop holds a template (no copy), else a copy with
 * every `{{ }}` evaluated through the tracked lookup. Structural keys (children, let, events) are never
 * interpolated; views ignore them.
 */
function resolveProps(node: Json, runtime: RenderRuntime): Json {
  let out: Json | undefined;
  for (const key in node) {
    if (STRUCTURAL.has(key)) continue;
    const value = node[key];
    if (typeof value === "string") {
      if (!value.includes("{{")) continue;
    } else if (typeof value !== "object" || value === null) continue;
    const next = interpolate(value, trackedLookup, runtime.expression);
    if (Object.is(next, value)) continue;
    out ??= { ...node };
    // An own `__proto__` key must stay data: defineProperty for it; plain assignment (cheaper) for the rest.
    if (key === "__proto__")
      Object.defineProperty(out, key, { value: next, writable: true, enumerable: true, configurable: true });
    else out[key] = next;
  }
  return out ?? node;
}

const LOADING = (
  <div className="pf-loading min-h-8 w-full animate-pulse rounded-md bg-muted" aria-busy="true" />
);

/** Runs a node's `onMount` once per mount, after paint (a passive effect, as before). */
function OnMount({ run }: { run: () => void }): null {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mount by design.
  useEffect(() => run(), []);
  return null;
}

/** Views that must render as elements (they use hooks, or threw when called inline). */
const AS_ELEMENT = new WeakSet<NodeView>();

/** React's "Suspense Exception" (`use` suspending; #460/#542 in production builds), or a thrown thenable. */
function isSuspenseSignal(thrown: unknown): boolean {
  if (typeof (thrown as { then?: unknown } | null)?.then === "function") return true;
  const message = thrown instanceof Error ? thrown.message : "";
  return message.startsWith("Suspense Exception") || /react\.dev\/errors\/(460|542)\b/.test(message);
}

/** Per-index memo of ForEach iterations: the item's frame and env, kept while the item is unchanged. */
interface Iteration {
  item: unknown;
  frame: ScopeFrame;
  env: NodeEnv;
}

/**
 * What only some nodes need, in one object made on first use: most nodes of a big view (templated text) need none
 * of it, and every field on the class costs each instance 4 bytes.
 */
interface Rare {
  /** The node whose render failed: the error shows until the node changes (a new tool result). */
  failedNode?: Node | undefined;
  /** Memo of the `let` frame, so children keep their props while bindings are unchanged. */
  letFrame?: ScopeFrame;
  /** Memo of ForEach iterations. */
  iterations?: Iteration[];
  /** Memo of Slot content → parsed node. */
  slot?: { content: unknown; node: Node | null };
  /** The lists this node's children sit in: ".children", the others by suffix. */
  children?: ListPath;
  lists?: Map<string, ListPath>;
  /** The type the lazy wrapper in `decided` was decided for. */
  wrapperType?: string;
  /** Created for nodes with event props only (the others share NO_EVENT / EMIT_NOTHING). */
  emit?: NodeViewProps["emit"];
  hasEvent?: NodeViewProps["hasEvent"];
  renderNodes?: NodeViewProps["renderNodes"];
  runMount?: () => void;
}

class PrefabNode extends Component<NodeProps, NodeState> implements Subscriber {
  /** Shared until a descendant throws (React then merges into a new object): no state object per node. */
  override state: NodeState = NO_ERROR;
  /** What the last render read (tracking.ts: one key with its value here, or an array), subscribed after commit. */
  private reads: Reads = null;
  private readValue: unknown;
  /** `Subscriber`: the keys subscribed to; the node is its own listener (`stateChanged`), no closure per node. */
  keys: Reads = null;
  keysStore: Store | undefined;
  /** Env of the view's children in the last render (`let` pushes a frame, `$ref` extends the chain). */
  private childEnv: NodeEnv | undefined;
  /** The view `callView` decided for, and whether it is called inline. */
  private decided: NodeView | undefined;
  private inline = false;
  private rare: Rare | undefined;

  private get more(): Rare {
    this.rare ??= {};
    return this.rare;
  }

  static getDerivedStateFromError(error: Error): Partial<NodeState> {
    return { error };
  }

  override shouldComponentUpdate(next: NodeProps, nextState: NodeState): boolean {
    const p = this.props;
    return (
      nextState !== this.state ||
      next.node !== p.node ||
      next.base !== p.base ||
      next.index !== p.index ||
      next.env !== p.env
    );
  }

  /** The node's JSON path (`view.children[2]`), built on demand. */
  get path(): string {
    const { base, index } = this.props;
    const list = typeof base === "string" ? base : base.toString();
    return index < 0 ? list : `${list}[${index}]`;
  }

  /** The list of this node's children under `suffix`, the same object on every render. */
  private list(suffix: string): ListPath {
    const more = this.more;
    if (suffix === ".children") {
      more.children ??= new ListPath(this, suffix);
      return more.children;
    }
    more.lists ??= new Map();
    let list = more.lists.get(suffix);
    if (list === undefined) {
      list = new ListPath(this, suffix);
      more.lists.set(suffix, list);
    }
    return list;
  }

  override componentDidCatch(error: Error): void {
    const n = this.props.node as unknown as Json;
    this.props.env.runtime.reportIssue({
      severity: "error",
      code: "invalid-node",
      path: this.path,
      message: `${(n.type as string | undefined) ?? "node"} failed to render: ${error.message}`,
    });
  }

  override componentDidMount(): void {
    this.subscribe();
  }

  override componentDidUpdate(): void {
    // A new node replaced the one that failed: its error is gone (it rendered normally already).
    if (this.state.error && this.rare?.failedNode !== this.props.node) {
      this.more.failedNode = undefined;
      this.setState({ error: null });
    }
    this.subscribe();
  }

  override componentWillUnmount(): void {
    unsubscribe(this);
  }

  stateChanged(): void {
    this.forceUpdate();
  }

  private subscribe(): void {
    if (this.reads !== null || this.keys !== null)
      subscribe(this, this.props.env.runtime.store, this.reads, this.readValue);
  }

  /** `renderNodes` for the view (panels, slides), created when a view first asks for it. */
  private renderNodes(): NodeViewProps["renderNodes"] {
    const more = this.more;
    more.renderNodes ??= (nodes, suffix) =>
      nodeList(nodes, this.list(`.${suffix}`), this.childEnv ?? this.props.env);
    return more.renderNodes;
  }

  private emit(event: EventName, $event?: unknown): Promise<boolean> {
    const { node, env } = this.props;
    return runActions((node as unknown as Json)[event], {
      runtime: env.runtime,
      scope: env.scope,
      path: `${this.path}.${event}`,
      $event,
      closeOverlay: env.closeOverlay,
      depth: 0,
    });
  }

  override render(): ReactNode {
    const { node, env } = this.props;
    const n = node as unknown as Json;
    const error = this.state.error;
    if (error) {
      const more = this.more;
      more.failedNode ??= node;
      if (more.failedNode === node) {
        // Failed until the node changes (a new tool result): nothing to subscribe to meanwhile.
        this.reads = null;
        return <InlineError type={n.type as string | undefined} path={this.path} message={error.message} />;
      }
    }
    const frame = beginTracking(env.scope, env.runtime.store);
    try {
      if (typeof n.$ref === "string") return this.renderRef(n);
      switch (n.type) {
        case "$invalid":
          return this.renderInvalid(n);
        case "ForEach":
          return this.renderForEach(n);
        case "Condition":
          return this.renderCondition(n);
        case "Slot":
          return this.renderSlot(n);
        case "State":
          return null;
        default:
          return this.renderView(n);
      }
    } finally {
      endTracking(frame);
      this.reads = frame.reads;
      this.readValue = frame.value;
    }
  }

  /** `let` bindings evaluated in the node's scope, pushed as a frame (memoised); the scope itself without. */
  private withLet(bindings: unknown, scope: ScopeFrame | undefined): ScopeFrame | undefined {
    if (!bindings || typeof bindings !== "object") return scope;
    const values = interpolate(bindings, trackedLookup, this.props.env.runtime.expression) as
      | Json
      | undefined;
    if (!values) return scope;
    const parent = scope ?? { vars: EMPTY_VARS, parent: undefined };
    const more = this.more;
    const memo = more.letFrame;
    if (memo !== undefined && memo.vars === values && memo.parent === parent) return memo;
    more.letFrame = pushScope(parent, values);
    return more.letFrame;
  }

  /** `env` with another scope/`$ref` chain, the same object while those are unchanged. */
  private derive(scope: ScopeFrame | undefined, resolving: ReadonlySet<string> | undefined): NodeEnv {
    const env = this.props.env;
    if (scope === env.scope && resolving === env.resolving) return env;
    const memo = this.childEnv;
    if (
      memo !== undefined &&
      memo !== env &&
      memo.runtime === env.runtime &&
      memo.closeOverlay === env.closeOverlay &&
      memo.scope === scope &&
      memo.resolving === resolving
    )
      return memo;
    return { runtime: env.runtime, scope, resolving, closeOverlay: env.closeOverlay };
  }

  private renderView(n: Json): ReactNode {
    const type = n.type as string;
    const { env } = this.props;
    let View = getView(type);
    // A node that rendered a lazy wrapper keeps it after the chunk's real view replaced it: no remount.
    const previous = this.decided;
    if (
      previous !== undefined &&
      previous !== View &&
      isLazyWrapper(previous) &&
      this.rare?.wrapperType === type
    )
      View = previous;
    if (!View)
      return <InlineError type={type} path={this.path} message="this renderer has no view for the type" />;
    // Text readable on author backgrounds (`bg-emerald-500 text-white`): styles/author-colours.ts.
    const props = withReadableColours(n, type, resolveProps(n, env.runtime));
    // Author classes outside the precompiled set are compiled after paint (styles/jit).
    if (typeof props.cssClass === "string") ensureClasses(props.cssClass);
    const scope = n.let !== undefined ? this.withLet(n.let, env.scope) : env.scope;
    const childEnv = this.derive(scope, env.resolving);
    this.childEnv = childEnv;
    const events = hasEvents(n);
    const more = events ? this.more : undefined;
    if (more) {
      more.emit ??= (event, $event) => this.emit(event, $event);
      more.hasEvent ??= (event) => (this.props.node as unknown as Json)[event] !== undefined;
    }
    const self = this;
    const children = n.children;
    const viewProps: NodeViewProps = {
      type: type as NodeViewProps["type"],
      props,
      node: n as unknown as NodeViewProps["node"],
      // Built only if the view reads them (own getters: spreading the props copies the values).
      get path() {
        return self.path;
      },
      get renderNodes() {
        return self.renderNodes();
      },
      children:
        Array.isArray(children) && children.length > 0
          ? nodeList(children, this.list(".children"), childEnv)
          : null,
      emit: more ? more.emit! : env.runtime.partial === true ? EMIT_NOTHING_PARTIAL : EMIT_NOTHING,
      hasEvent: more ? more.hasEvent! : NO_EVENT,
    };
    // Only a view whose chunk is still loading can suspend; everything else needs no boundary.
    let element = isLazyView(type) ? (
      <Suspense fallback={LOADING}>{jsx(View, viewProps)}</Suspense>
    ) : (
      this.callView(View, viewProps)
    );
    if (scope !== env.scope) element = <ScopeContext.Provider value={scope}>{element}</ScopeContext.Provider>;
    if (n.onMount !== undefined) {
      const more = this.more;
      more.runMount ??= () => void this.emit("onMount");
      return (
        <>
          {element}
          <OnMount run={more.runMount} />
        </>
      );
    }
    return element;
  }

  /**
   * A view without hooks is called right here: its output becomes this node's children, one fiber less
   * per node (most nodes of big views are text and layout). Whether a view has hooks is learnt by calling
   * it: during a class component's render every hook throws ("Invalid hook call"). A view that throws
   * anything is rendered as an element from then on (by this node now, by every new node later), where its
   * error reaches this node's boundary as before; nodes already calling it inline keep doing so.
   */
  private callView(View: NodeView, viewProps: NodeViewProps): ReactNode {
    if (this.decided !== View) {
      this.decided = View;
      // The type is kept only for a lazy wrapper (renderView keeps the wrapper for the same type).
      if (isLazyWrapper(View)) this.more.wrapperType = viewProps.type;
      this.inline = typeof View === "function" && !AS_ELEMENT.has(View);
    }
    if (this.inline) {
      try {
        return (View as (props: NodeViewProps) => ReactNode)(viewProps);
      } catch (thrown) {
        AS_ELEMENT.add(View);
        this.inline = false;
        // `use()` suspending must reach React as thrown (it has recorded the thenable); the retry renders an element.
        if (isSuspenseSignal(thrown)) throw thrown;
      }
    }
    // `jsx` keeps `viewProps` as the element's props (no copy).
    return jsx(View, viewProps);
  }

  private renderInvalid(n: Json): ReactNode {
    const { env } = this.props;
    const children = nodeList(n.children, this.list(".children"), env);
    if (env.runtime.partial === true) {
      // Still being written by the model: a placeholder, not an error.
      return (
        <div className="pf-skeleton flex flex-col gap-2" aria-busy="true">
          <div className="h-6 w-full animate-pulse rounded-md bg-muted" />
          {children}
        </div>
      );
    }
    return (
      <InlineError
        type={n.sourceType as string | undefined}
        path={String(n.path ?? this.path)}
        message={String(n.message)}
      >
        {children}
      </InlineError>
    );
  }

  private renderRef(n: Json): ReactNode {
    const { env } = this.props;
    const name = n.$ref as string;
    const defs = env.runtime.defs;
    const def = Object.hasOwn(defs, name) ? defs[name] : undefined;
    const resolving = env.resolving;
    if (!def || resolving?.has(name)) return null; // unknown or recursive: nothing, as the protocol says
    const memo = this.childEnv?.resolving;
    const next =
      memo?.has(name) && memo.size === (resolving?.size ?? 0) + 1
        ? memo
        : new Set(resolving ? [...resolving, name] : [name]);
    const scope = n.let !== undefined ? this.withLet(n.let, env.scope) : env.scope;
    const defEnv = this.derive(scope, next);
    this.childEnv = defEnv;
    let body: ReactNode = (
      <ResolvingContext.Provider value={next}>
        <PrefabNode node={def} base={`defs.${name}`} index={-1} env={defEnv} />
      </ResolvingContext.Provider>
    );
    if (scope !== env.scope) body = <ScopeContext.Provider value={scope}>{body}</ScopeContext.Provider>;
    if (typeof n.cssClass === "string") body = <div className={n.cssClass}>{body}</div>;
    return body;
  }

  private renderForEach(n: Json): ReactNode {
    const { env } = this.props;
    const options = env.runtime.expression;
    const key = interpolate(n.key, trackedLookup, options);
    const items = typeof key === "string" ? interpolate(`{{ ${key} }}`, trackedLookup, options) : undefined;
    if (!Array.isArray(items)) return null;
    const parent = env.scope ?? { vars: EMPTY_VARS, parent: undefined };
    const more = this.more;
    const previous = more.iterations;
    const iterations: Iteration[] = new Array(items.length);
    const base = this.list(".children");
    const hasLet = n.let !== undefined && n.let !== null && typeof n.let === "object";
    const body = new Array<ReactNode>(items.length);
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      // Keep the frame and env (so the children's props) of an unchanged item.
      const old = previous?.[index];
      let it: Iteration;
      if (
        old !== undefined &&
        old.item === item &&
        old.frame.parent === parent &&
        old.env.runtime === env.runtime &&
        old.env.resolving === env.resolving &&
        old.env.closeOverlay === env.closeOverlay
      )
        it = old;
      else {
        const frame = pushScope(parent, { $item: item, $index: index });
        it = {
          item,
          frame,
          env: {
            runtime: env.runtime,
            scope: frame,
            resolving: env.resolving,
            closeOverlay: env.closeOverlay,
          },
        };
      }
      iterations[index] = it;
      let childEnv = it.env;
      if (hasLet) {
        // Per-item bindings see `$item`/`$index`.
        const outer = swapTrackingScope(it.frame);
        try {
          const values = interpolate(n.let, trackedLookup, options) as Json | undefined;
          if (values) childEnv = { ...it.env, scope: pushScope(it.frame, values) };
        } finally {
          swapTrackingScope(outer);
        }
      }
      const children = nodeList(n.children, base, childEnv);
      body[index] = (
        <ScopeContext.Provider key={index} value={it.frame}>
          {childEnv !== it.env ? (
            <ScopeContext.Provider value={childEnv.scope}>{children}</ScopeContext.Provider>
          ) : (
            children
          )}
        </ScopeContext.Provider>
      );
    }
    more.iterations = iterations;
    return typeof n.cssClass === "string" ? (
      <div className={`w-full ${n.cssClass}`}>{body}</div>
    ) : (
      <div className="contents">{body}</div>
    );
  }

  private renderCondition(n: Json): ReactNode {
    const { env } = this.props;
    const cases = (Array.isArray(n.cases) ? n.cases : []) as { when?: unknown; children?: Node[] }[];
    for (let i = 0; i < cases.length; i++) {
      if (evaluateCondition(String(cases[i]!.when ?? ""), trackedLookup, env.runtime.expression)) {
        return nodeList(cases[i]!.children, this.list(`.cases[${i}].children`), env);
      }
    }
    return nodeList(n.else, this.list(".else"), env);
  }

  private renderSlot(n: Json): ReactNode {
    const { env } = this.props;
    const options = env.runtime.expression;
    const name = interpolate(n.name, trackedLookup, options);
    const content =
      typeof name === "string" ? interpolate(`{{ ${name} }}`, trackedLookup, options) : undefined;
    const more = this.more;
    let memo = more.slot;
    if (memo === undefined || memo.content !== content) {
      // Slot content is data from a tool or an action: validate it like any envelope.
      const valid =
        typeof content === "object" && content !== null && typeof (content as Json).type === "string";
      memo = { content, node: valid ? parseNode(content).node : null };
      more.slot = memo;
    }
    if (memo.node) return <PrefabNode node={memo.node} base={this.list(".content")} index={-1} env={env} />;
    return nodeList(n.children, this.list(".children"), env);
  }
}

// React 19 gives every class instance it mounts an own `refs = {}` (string refs are gone: nothing reads it). A setter
// on the prototype swallows that write: no empty object and no field per node.
Object.defineProperty(PrefabNode.prototype, "refs", { set() {} });

export { EVENTS };
