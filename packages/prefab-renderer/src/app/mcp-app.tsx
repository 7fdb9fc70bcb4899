/**
 * The MCP App around `<PrefabView>`: where the envelope comes from (a host's tool result, or the standalone
 * `prefab:initial-data` script), what shows while there is none, and how the host context reaches the document.
 *
 * States: waiting (nothing yet) → preparing (the host sent tool input, the result is pending) → view | error |
 * cancelled | empty (a result without an envelope). A later tool result always replaces the view.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type ReactNode, Suspense, use, useEffect, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import {
  connectGuestBridge,
  extractEnvelope,
  type HostBridge,
  isFramed,
  type Unsubscribe,
} from "../bridge/index.js";
import { lazyModule, preloadViews } from "../render/registry.js";
import { initializeParams } from "./handshake-params.js";
import { loadEnvelopeFromArguments } from "./partial-envelope.js";
import { type HostContextLike, PrefabView, prepareEnvelope } from "./prefab-view.js";
import { StatusPanel } from "./status-panel.js";
import { applyHostStyles, type HostStyles } from "./theme.js";

// Outcomes without a view are rare: their markup is a lazy chunk (outcome-panel.tsx), off the start-up path.
const outcomePanel = lazyModule(() => import("./outcome-panel.js"));

function Outcome({ phase }: { phase: OutcomePhase }): ReactNode {
  const { default: Panel } = outcomePanel.get() ?? use(outcomePanel.load());
  return <Panel phase={phase} />;
}

export const INITIAL_DATA_ID = "prefab:initial-data";

export type Phase =
  | { kind: "waiting"; detail?: string }
  | { kind: "preparing" }
  | { kind: "view"; envelope: Record<string, unknown> }
  /** Generative UI: the envelope as far as the model has written it. */
  | { kind: "streaming"; envelope: Record<string, unknown> }
  | { kind: "error"; title: string; message: string }
  | { kind: "cancelled"; reason?: string }
  | { kind: "empty"; text: string };

/** The phases that end without a view. */
export type OutcomePhase = Extract<Phase, { kind: "cancelled" | "empty" | "error" }>;

export interface AppSnapshot {
  phase: Phase;
  bridge: HostBridge | undefined;
  hostContext: HostContextLike;
}

/** A tiny external store: bridge callbacks write, React reads with useSyncExternalStore. */
export class AppStore {
  private snapshot: AppSnapshot;
  private readonly listeners = new Set<() => void>();
  constructor(initial: AppSnapshot) {
    this.snapshot = initial;
  }
  get = (): AppSnapshot => this.snapshot;
  subscribe = (listener: () => void): Unsubscribe => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  update(patch: Partial<AppSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of [...this.listeners]) l();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The standalone envelope embedded in the page, if any. */
export function readInitialData(doc: Document): Phase | undefined {
  const el = doc.getElementById(INITIAL_DATA_ID);
  if (!el) return undefined;
  try {
    const data: unknown = JSON.parse(el.textContent ?? "");
    if (isRecord(data)) return { kind: "view", envelope: data };
    return {
      kind: "error",
      title: "Invalid embedded data",
      message: "The embedded envelope is not an object.",
    };
  } catch (error) {
    return {
      kind: "error",
      title: "Invalid embedded data",
      message: `The embedded envelope is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function textOf(result: CallToolResult): string {
  const texts: string[] = [];
  for (const block of result.content ?? []) {
    if (block.type === "text" && block.text) texts.push(block.text);
  }
  return texts.join("\n");
}

/** What a tool result turns into. */
export function phaseForResult(result: CallToolResult): Phase {
  if (result.isError === true) {
    return { kind: "error", title: "The tool reported an error", message: textOf(result) || "Unknown error" };
  }
  const envelope = extractEnvelope(result);
  if (envelope) return { kind: "view", envelope };
  return { kind: "empty", text: textOf(result) };
}

/** Theme, language, display mode and container size on `<html>` (portals live outside the view's root). */
function applyDocumentContext(doc: Document, phase: Phase, ctx: HostContextLike): () => void {
  const html = doc.documentElement;
  const mode = phase.kind === "view" || phase.kind === "streaming" ? phase.envelope.mode : undefined;
  // An envelope `mode` beats the host theme (prefab-protocol §14.1).
  const theme = mode === "dark" || mode === "light" ? mode : ctx.theme;
  html.classList.toggle("dark", theme === "dark");
  html.style.colorScheme = theme === "dark" ? "dark" : "light";
  if (ctx.locale) html.lang = ctx.locale;
  if (ctx.displayMode) html.dataset.displayMode = ctx.displayMode;
  else delete html.dataset.displayMode;
  // Fixed vs. flexible container per axis (mcp-apps.md §1.8); exposed for CSS, e.g. fullscreen layouts.
  const dims = ctx.containerDimensions ?? {};
  for (const k of ["width", "height", "maxWidth", "maxHeight"] as const) {
    const v = dims[k];
    const name = `--prefab-container-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (typeof v === "number" && Number.isFinite(v)) html.style.setProperty(name, `${v}px`);
    else html.style.removeProperty(name);
  }
  // Host style variables and fonts go on <html> too, so overlays rendered into <body> get them.
  return applyHostStyles(html, ctx.styles as HostStyles | undefined);
}

export function McpApp({ store }: { store: AppStore }): ReactNode {
  const { phase, bridge, hostContext } = useSyncExternalStore(store.subscribe, store.get, store.get);

  useEffect(() => applyDocumentContext(document, phase, hostContext), [phase, hostContext]);

  switch (phase.kind) {
    case "view":
      return (
        <PrefabView
          envelope={phase.envelope}
          bridge={bridge}
          // Host styles go on <html> (for portals) and on the view's root, where they beat `.dark`.
          hostContext={hostContext}
          className={hostContext.displayMode === "fullscreen" ? "min-h-screen" : undefined}
        />
      );
    case "streaming":
      return (
        <PrefabView
          envelope={phase.envelope}
          bridge={bridge}
          partial
          onIssues={() => {}}
          hostContext={hostContext}
        />
      );
    case "preparing":
      return <StatusPanel busy>Preparing…</StatusPanel>;
    case "waiting":
      return <StatusPanel busy={!phase.detail}>{phase.detail ?? "Waiting for data…"}</StatusPanel>;
    case "cancelled":
    case "empty":
    case "error":
      return (
        <Suspense fallback={null}>
          <Outcome phase={phase} />
        </Suspense>
      );
  }
}

export interface StartOptions {
  container: HTMLElement;
  version: string;
}

/**
 * Boot the MCP App: mount React at once (never a blank page) — or, over a pre-rendered view, as soon as the
 * view can replace it — and connect to the host if framed.
 */
export function startMcpApp({ container, version }: StartOptions): { store: AppStore; stop: () => void } {
  let stopped = false;
  const initial = readInitialData(document);
  const framed = isFramed();
  const store = new AppStore({
    phase: initial?.kind === "view" ? { kind: "waiting" } : (initial ?? { kind: "waiting" }),
    bridge: undefined,
    hostContext: {},
  });
  const root = createRoot(container);
  // With pre-rendered markup, the first commit must be the view itself (no "Waiting…" panel in between): mount
  // once the embedded view's chunks have run.
  let mounted = false;
  const mount = () => {
    if (!mounted && !stopped) root.render(<McpApp store={store} />);
    mounted = true;
  };
  // Chunks a view needs (charts, tables…) run before it is shown, so the first paint
  // is the real view rather than placeholders. Results are applied in arrival order.
  let sequence = 0;
  const show = (phase: Phase) => {
    const ticket = ++sequence;
    if (phase.kind !== "view") {
      store.update({ phase });
      return;
    }
    // Parsed here, once: PrefabView renders the same prepared envelope (prepareEnvelope caches it).
    void preloadViews(prepareEnvelope(phase.envelope).types).then(() => {
      if (ticket === sequence) store.update({ phase });
      mount();
    });
  };
  if (initial?.kind === "view") show(initial);
  else if (!initial && document.readyState === "loading") {
    // The start-up script runs while the document is still being parsed: an exporter that put the envelope after
    // it (e.g. just before `</body>`) is read once parsing is done.
    document.addEventListener(
      "DOMContentLoaded",
      () => {
        const late = readInitialData(document);
        if (late && store.get().phase.kind === "waiting") show(late);
      },
      { once: true },
    );
  }
  // A standalone export's view rendered ahead of the JavaScript (src/node/prerender.ts); React's first commit
  // replaces it (and the envelope styles inside it) with the live view.
  if (!(initial?.kind === "view" && container.querySelector("[data-prefab-prerendered]"))) mount();

  const cleanups: (() => void)[] = [];
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const c of cleanups.splice(0).reverse()) c();
    root.unmount();
  };

  if (!framed) {
    if (!initial)
      store.update({ phase: { kind: "waiting", detail: "Waiting for data: no envelope and no MCP host." } });
    return { store, stop };
  }

  // The page's inline script may have sent ui/initialize already (bridge/early-handshake.ts): the bridge adopts it.
  const { appInfo, appCapabilities } = initializeParams(version);
  connectGuestBridge({ appInfo, appCapabilities }).then(
    (bridge) => {
      if (stopped) {
        bridge.close();
        return;
      }
      store.update({ bridge, hostContext: { ...bridge.hostContext } as HostContextLike });
      // While the host runs the tool, compile what the first result will run (warm-up.ts), in idle time only.
      const idle = globalThis.requestIdleCallback;
      if (idle) idle(() => void import("./warm-up.js").then((m) => m.warmUp(idle)));
      const pending = () => {
        const k = store.get().phase.kind;
        return k === "waiting" || k === "preparing" || k === "cancelled" || k === "streaming";
      };
      // Tool input (partial or complete) that carries an envelope renders as it streams.
      const onInput = (params: { arguments?: Record<string, unknown> }) => {
        if (!pending()) return;
        // A pending preload of an older result must not overwrite this, nor this a newer result.
        const ticket = ++sequence;
        void loadEnvelopeFromArguments(params.arguments).then((envelope) => {
          if (ticket !== sequence || !pending()) return;
          store.update({ phase: envelope ? { kind: "streaming", envelope } : { kind: "preparing" } });
        });
      };
      cleanups.push(
        bridge.onHostContextChanged((context) =>
          store.update({ hostContext: { ...context } as HostContextLike }),
        ),
        bridge.onToolInputPartial(onInput),
        bridge.onToolInput(onInput),
        bridge.onToolResult((result) => show(phaseForResult(result))),
        bridge.onToolCancelled((params) => {
          if (pending())
            store.update({
              phase: { kind: "cancelled", ...(params.reason ? { reason: params.reason } : {}) },
            });
        }),
        bridge.autoResize(),
      );
      // The host waits for this answer before removing the iframe: unmount (PrefabView clears its timers).
      bridge.onTeardown(() => stop());
    },
    (error: unknown) => {
      // Framed but nobody answered ui/initialize (e.g. a docs page embedding an exported file).
      if (!initial && store.get().phase.kind === "waiting") {
        store.update({
          phase: {
            kind: "waiting",
            detail: `Waiting for data: no MCP host answered (${error instanceof Error ? error.message : String(error)}).`,
          },
        });
      }
    },
  );

  return { store, stop };
}
