/**
 * `<PrefabView>`: the React API for hosts that embed the renderer directly, and the
 * core of the MCP App. It parses and upgrades the envelope, owns the state store
 * for the view's lifetime, and renders the tree with per-node error boundaries.
 */
import {
  type Envelope,
  formatIssue,
  type Issue,
  type Node,
  parseEnvelope,
  upgradeEnvelope,
} from "@prefab-ui/dsl";
import { type ReactNode, use, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { prefetchActions, runActions } from "../actions/run.js";
import { createStandaloneBridge, type HostBridge } from "../bridge/index.js";
import type { ExpressionOptions } from "../engine/expression/index.js";
import { createStore, seedStore } from "../engine/state/index.js";
import { cn, hasClassMerge } from "../lib/cn.js";
import { collectTypes, preloadViews } from "../render/registry.js";
import { RenderNode } from "../render/render-node.js";
import { type ActionEvent, type RenderRuntime, RuntimeContext } from "../render/runtime.js";
import { applyEnvelopeStyles, applyHostStyles, type HostStyles } from "./theme.js";
import { createToastStore, Toaster } from "./toaster.js";
import "../components/index.js";

/** The parts of the MCP host context the renderer uses. */
export interface HostContextLike {
  theme?: "light" | "dark";
  locale?: string;
  timeZone?: string;
  displayMode?: string;
  availableDisplayModes?: string[];
  containerDimensions?: Record<string, number | undefined>;
  styles?: HostStyles;
  [key: string]: unknown;
}

export interface PrefabViewProps {
  /** An envelope (0.2 or 0.3), as JSON text or a parsed object. */
  envelope: unknown;
  /** How actions reach the MCP host; defaults to a standalone bridge (no host). */
  bridge?: HostBridge;
  hostContext?: HostContextLike;
  /** Called after each action runs. */
  onAction?: (event: ActionEvent) => void;
  /** Validation and runtime issues (each with a path). Defaults to a console group. */
  onIssues?: (issues: Issue[]) => void;
  /** JavaScript handlers for `callHandler`. */
  handlers?: RenderRuntime["handlers"];
  className?: string;
  /**
   * The envelope is still being written (generative UI): nodes that do not validate
   * yet render as skeletons instead of errors, and actions are not run.
   */
  partial?: boolean;
  /** Apply envelope `css`/`stylesheets` to `document.head` (default true). */
  applyDocumentStyles?: boolean;
}

function consoleIssues(issues: Issue[]): void {
  if (issues.length === 0) return;
  const errors = issues.filter((i) => i.severity === "error").length;
  console.groupCollapsed(`Prefab: ${errors} error(s), ${issues.length - errors} warning(s)`);
  for (const i of issues) (i.severity === "error" ? console.warn : console.info)(formatIssue(i));
  console.groupEnd();
}

/** An envelope as PrefabView renders it: parsed, upgraded to 0.3, with the component types it uses. */
export interface PreparedEnvelope {
  envelope: Envelope;
  issues: Issue[];
  types: Set<string>;
}

const preparedCache = new WeakMap<object, PreparedEnvelope>();

/**
 * Parse, upgrade and collect the types of `input`, once per input object: the MCP App prepares a tool result to
 * preload its chunks, then PrefabView renders the same object, and neither walks a big table's rows again (the
 * parse marks plain rows, so the type walk after it skips them). Parsed envelopes are never mutated.
 */
export function prepareEnvelope(input: unknown): PreparedEnvelope {
  // JSON text is not cached (a WeakMap answers undefined for a string key).
  let prepared = preparedCache.get(input as object);
  if (!prepared) {
    const res = parseEnvelope(input);
    const envelope: Envelope = res.envelope ? upgradeEnvelope(res.envelope) : {};
    prepared = { envelope, issues: res.issues, types: collectTypes(envelope) };
    if (typeof input === "object" && input !== null) preparedCache.set(input, prepared);
  }
  return prepared;
}

interface ViewInstance {
  props: PrefabViewProps;
  timers: Set<() => void>;
  live?: Envelope;
}

export function PrefabView(props: PrefabViewProps): ReactNode {
  const { envelope: input, hostContext, className, applyDocumentStyles = true } = props;
  const parsed = useMemo(() => {
    const { envelope, issues, types } = prepareEnvelope(input);
    // Start loading the chunks this view needs now; rendering suspends only if they are not ready.
    const preload = preloadViews(types);
    // Author classes must win conflicts from the first paint: wait for the class merger (lib/cn.ts) if needed.
    const classMerge = types.has("$cssClass") && !hasClassMerge() ? preload : undefined;
    return { envelope, issues, classMerge };
  }, [input]);
  // In a browser, wait for it (a few microtasks); a synchronous server render (renderToString) cannot wait, so it
  // renders the author classes joined, without conflict resolution.
  if (parsed.classMerge && typeof window !== "undefined") use(parsed.classMerge);

  // Per mounted view, outliving runtimes (a new bridge or locale makes a new one; only a new envelope resets
  // state): the latest props, read when used (a page passing `handlers={{ save }}` hands over a new object on every
  // render), the running intervals, and the envelope on screen (unset once unmounted: actions still running for an
  // older one are stale).
  const [self] = useState(() => ({ timers: new Set() }) as ViewInstance);
  self.props = props;

  const [store] = useState(() => createStore());
  const [toasts] = useState(createToastStore);
  const [standalone] = useState(() => createStandaloneBridge());
  const bridge = props.bridge ?? standalone;
  const reported = useRef(new Set<string>());

  const expression = useMemo<ExpressionOptions>(() => {
    const format: { locale?: string; timeZone?: string } = {};
    if (hostContext?.locale) format.locale = hostContext.locale;
    if (hostContext?.timeZone) format.timeZone = hostContext.timeZone;
    return { format };
  }, [hostContext?.locale, hostContext?.timeZone]);

  const runtime = useMemo<RenderRuntime>(
    () => ({
      store,
      bridge,
      envelope: parsed.envelope,
      defs: (parsed.envelope.defs ?? {}) as Record<string, Node>,
      expression,
      reportIssue(issue) {
        // Runtime issues can repeat on every render; report each once.
        const key = `${issue.path}\u0000${issue.message}`;
        if (reported.current.has(key)) return;
        reported.current.add(key);
        (self.props.onIssues ?? consoleIssues)([issue]);
      },
      toast: (t) => toasts.push(t),
      onAction: (e) => self.props.onAction?.(e),
      get handlers() {
        return self.props.handlers;
      },
      timers: self.timers,
      stale: () => self.live !== parsed.envelope,
      partial: props.partial === true,
    }),
    [store, bridge, parsed.envelope, expression, toasts, self, props.partial],
  );

  // A new envelope (and only that: not a new bridge, handlers or locale) resets state (keeping $host), seeds named
  // controls, clears timers.
  useLayoutEffect(() => {
    store.batch(() => {
      store.reset((parsed.envelope.state ?? {}) as Record<string, unknown>);
      seedStore(store, parsed.envelope.view as never, parsed.envelope.defs as never);
    });
    self.live = parsed.envelope;
    if (parsed.issues.length > 0) (self.props.onIssues ?? consoleIssues)(parsed.issues);
    // Before the next envelope, and on unmount.
    return () => {
      self.live = undefined;
      // Each stop deletes itself: a Set iteration allows that.
      for (const stop of self.timers) stop();
    };
  }, [parsed, store, self]);

  // $host mirrors the host context for expressions ({{ $host.theme }}).
  useLayoutEffect(() => {
    const host: Record<string, unknown> = {};
    if (hostContext) {
      for (const k of [
        "theme",
        "displayMode",
        "availableDisplayModes",
        "containerDimensions",
        "locale",
        "timeZone",
      ]) {
        if (hostContext[k] !== undefined && hostContext[k] !== null) host[k] = hostContext[k];
      }
    }
    store.setReserved("$host", host);
  }, [hostContext, store]);

  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!applyDocumentStyles || typeof document === "undefined") return;
    return applyEnvelopeStyles(document, parsed.envelope);
  }, [parsed.envelope, applyDocumentStyles]);
  useLayoutEffect(() => {
    if (!rootRef.current) return;
    return applyHostStyles(rootRef.current, hostContext?.styles);
  }, [hostContext?.styles]);

  // Action code is a lazy chunk (actions/run.ts): load it once the view is idle, before the first event needs it.
  useEffect(() => {
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
    if (idle) idle(prefetchActions);
    else setTimeout(prefetchActions, 0);
  }, []);

  // keyBindings: "Ctrl+Shift+K" → actions; ignored while typing.
  useEffect(() => {
    const bindings = parsed.envelope.keyBindings;
    if (!bindings || typeof document === "undefined") return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      const combo = `${e.ctrlKey ? "Ctrl+" : ""}${e.altKey ? "Alt+" : ""}${e.metaKey ? "Meta+" : ""}${e.shiftKey ? "Shift+" : ""}${e.key}`;
      if (!Object.hasOwn(bindings, combo)) return;
      e.preventDefault();
      void runActions(bindings[combo], { runtime, scope: undefined, path: `keyBindings.${combo}`, depth: 0 });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [parsed.envelope.keyBindings, runtime]);

  const dark = (parsed.envelope.mode ?? hostContext?.theme) === "dark";
  const view = parsed.envelope.view;
  return (
    <RuntimeContext.Provider value={runtime}>
      <div
        ref={rootRef}
        className={cn("prefab-root bg-background text-foreground", dark && "dark", className)}
        data-theme={dark ? "dark" : "light"}
      >
        {view ? (
          <RenderNode node={view} path="view" />
        ) : (
          <p className="p-4 text-sm text-muted-foreground">Nothing to show: the envelope has no view.</p>
        )}
        <Toaster store={toasts} />
      </div>
    </RuntimeContext.Provider>
  );
}
