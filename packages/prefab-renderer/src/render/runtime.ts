/**
 * The renderer runtime: everything a node needs besides its own props, shared by
 * context. Created once per mounted view; not recreated per render.
 */
import type { Envelope, Issue, Node } from "@prefab-ui/dsl";
import { createContext, useContext } from "react";
import type { HostBridge } from "../bridge/index.js";
import type { ExpressionOptions } from "../engine/expression/index.js";
import type { Store } from "../engine/state/index.js";
import type { ScopeFrame } from "./scope.js";

/** Something the host page may want to observe when an action runs. */
export interface ActionEvent {
  action: string;
  path: string;
  ok: boolean;
  error?: string;
}

export interface ToastOptions {
  message: string;
  description?: string;
  variant?: "default" | "success" | "error" | "warning" | "info";
  duration?: number;
}

export interface RenderRuntime {
  store: Store;
  bridge: HostBridge;
  /** Template registry from the envelope. */
  defs: Readonly<Record<string, Node>>;
  envelope: Envelope;
  expression: ExpressionOptions;
  /** Reports a problem found while rendering or running actions (path + message). */
  reportIssue(issue: Issue): void;
  toast(options: ToastOptions): void;
  /** Called after every action (for hosts embedding `<PrefabView onAction>`). */
  onAction?: (event: ActionEvent) => void;
  /** Registered JavaScript handlers for `callHandler` (plus `globalThis.__prefab_handlers`). */
  handlers?: Readonly<
    Record<string, (ctx: { state: unknown; event: unknown; arguments: unknown }) => unknown>
  >;
  /** The envelope is still streaming: invalid nodes are skeletons, actions do not run. */
  partial?: boolean;
  /** Timers started by setInterval; cleared on a new tool result and on unmount. */
  timers: Set<() => void>;
  /**
   * True once this runtime's envelope was replaced or the view unmounted: an action still running then (a
   * pending tool call) writes nothing and runs no callback.
   */
  stale?: () => boolean;
}

export const RuntimeContext = createContext<RenderRuntime | null>(null);

export function useRuntime(): RenderRuntime {
  const rt = useContext(RuntimeContext);
  if (!rt) throw new Error("Prefab nodes must render inside <PrefabView>");
  return rt;
}

export const ScopeContext = createContext<ScopeFrame | undefined>(undefined);

/** Closes the nearest overlay (Dialog, Popover) for the `closeOverlay` action. */
export const OverlayContext = createContext<(() => void) | null>(null);
