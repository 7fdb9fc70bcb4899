/**
 * `testApp(server)`: a headless host for a Prefab server, for unit tests. It connects
 * an in-memory MCP client, renders app tool results with the real `<PrefabView>` in a
 * DOM emulation, routes the view's tool calls back to the server, and lets a test act
 * like a user (`click`, `type`) and assert on what happened (`toolCalls`, `state`,
 * `toasts`, `messages`).
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { Issue } from "@prefab-ui/dsl";
import type { ComponentType } from "react";
import type { PrefabServer } from "../app-server.js";
import { RESOURCE_MIME_TYPE, UI_EXTENSION_ID } from "../ui-capability.js";
import { ensureDom } from "./dom.js";
import { findClickable, findField, visibleText } from "./queries.js";
import { createTestBridge, type HostRecord, type RecordedToolCall, type TestBridge } from "./test-bridge.js";

export interface Toast {
  message: string;
  description?: string;
  variant: "default" | "success" | "error" | "warning" | "info";
}

export interface TestApp {
  /** Call a tool as the model would; an app tool's view is rendered (replacing the previous one). */
  call(tool: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** Click the control (button, link, tab, row…) with this accessible name or text, then wait for its actions. */
  click(name: string): Promise<void>;
  /** Type into the field with this label, aria-label, placeholder or name (replacing its value). */
  type(label: string, text: string): Promise<void>;
  /** Choose an option of a native `<select>` by label or value. */
  select(label: string, option: string): Promise<void>;
  /** Visible text of the current view. */
  text(): string;
  /** Wait until pending tool calls finished and the DOM stopped changing. */
  settle(): Promise<void>;
  /** Tool calls made by the view (not by `call`), with their results. */
  readonly toolCalls: readonly RecordedToolCall[];
  /** A snapshot of the view's state. */
  readonly state: Record<string, unknown>;
  /** Every toast shown so far (also those already dismissed). */
  readonly toasts: readonly Toast[];
  /** `sendMessage` texts the view sent to the host. */
  readonly messages: readonly string[];
  readonly contextUpdates: HostRecord["contextUpdates"];
  /** Envelope issues reported by the renderer (validation and runtime). */
  readonly issues: readonly Issue[];
  /** The root element of the rendered view. */
  readonly container: HTMLElement;
  readonly client: Client;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Fail `call` when the envelope has validation errors (default true). */
  strict?: boolean;
  /**
   * How long `call`/`click`/`type` wait for the view to settle (default 20 s: the first
   * render of a lazy component may include compiling it, e.g. under vitest).
   */
  settleTimeoutMs?: number;
}

/** What the harness uses of `@prefab-ui/renderer` (see `importRenderer`). */
interface RendererModule {
  PrefabView: ComponentType<{
    envelope: unknown;
    bridge: TestBridge;
    handlers: Record<string, (ctx: { state: unknown }) => unknown>;
    applyDocumentStyles: boolean;
    onIssues: (issues: Issue[]) => void;
  }>;
  preloadLazyModules(): Promise<unknown>;
}

/**
 * The renderer through a non-literal specifier: its sources are typed for a bundler
 * (moduleResolution "Bundler", JSX), so this NodeNext package must not type-check them.
 */
async function importRenderer(): Promise<RendererModule> {
  const specifier = "@prefab-ui/renderer";
  return (await import(specifier)) as RendererModule;
}

/** A key combination no author would bind: it runs a handler that reads the state. */
const STATE_KEY = "Ctrl+Alt+Meta+Shift+F24";
const STATE_HANDLER = "__prefabTestAppState";

/**
 * `<PrefabView>` does not expose its store, so the harness adds a key binding to the
 * envelope that calls a JavaScript handler, which receives a state snapshot.
 */
function withStateProbe(envelope: Record<string, unknown>): Record<string, unknown> {
  const keyBindings = (envelope.keyBindings as Record<string, unknown> | undefined) ?? {};
  return {
    ...envelope,
    keyBindings: { ...keyBindings, [STATE_KEY]: { action: "callHandler", handler: STATE_HANDLER } },
  };
}

const VARIANTS: Toast["variant"][] = ["success", "error", "warning", "info"];

function readToast(el: Element): Toast {
  const message = el.querySelector("[data-title]")?.textContent ?? "";
  const description = el.querySelector("[data-title] + div")?.textContent ?? undefined;
  const cls = el.getAttribute("class") ?? "";
  const variant =
    VARIANTS.find((v) => cls.includes(`border-${v === "error" ? "destructive" : v}/`)) ??
    ("default" as const);
  return { message, ...(description ? { description } : {}), variant };
}

export async function testApp(server: PrefabServer, options: TestAppOptions = {}): Promise<TestApp> {
  await ensureDom();
  const settleTimeoutMs = options.settleTimeoutMs ?? 20_000;
  // Imported only now: React DOM must load after the DOM globals exist.
  const [{ act, createElement }, { createRoot }, { PrefabView, preloadLazyModules }] = await Promise.all([
    import("react"),
    import("react-dom/client"),
    importRenderer(),
  ]);
  // Views, icons and the action runner are lazy chunks in the renderer: load them all, so a click runs its actions
  // and `state` reads the store synchronously, as the harness's API promises.
  await preloadLazyModules();

  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const mcp: McpServer = server.createMcpServer();
  await mcp.connect(serverTransport);
  const client = new Client(
    { name: "prefab-test-app", version: "1.0.0" },
    { capabilities: { extensions: { [UI_EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } } } },
  );
  await client.connect(clientTransport);

  const record: HostRecord = { toolCalls: [], messages: [], contextUpdates: [], openedLinks: [] };
  const bridge: TestBridge = createTestBridge(client, record);
  const issues: Issue[] = [];
  const toasts: Toast[] = [];
  let snapshot: Record<string, unknown> = {};
  const handlers = {
    [STATE_HANDLER]: ({ state }: { state: unknown }) => {
      snapshot = structuredClone(state ?? {}) as Record<string, unknown>;
      return undefined;
    },
  };

  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  const seenToasts = new WeakSet<Element>();
  const collectToasts = () => {
    for (const el of container.querySelectorAll(".pf-toast")) {
      if (seenToasts.has(el)) continue;
      seenToasts.add(el);
      toasts.push(readToast(el));
    }
  };
  const observer = new MutationObserver(collectToasts);
  observer.observe(container, { childList: true, subtree: true });

  const tick = (ms: number) =>
    act(async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
    });

  async function settle(): Promise<void> {
    let last = "";
    let quiet = 0;
    const deadline = Date.now() + settleTimeoutMs;
    // Quiet = no tool call in flight, no lazy component still loading (the renderer's Suspense
    // fallback is `.pf-loading`) and the same DOM for three ticks (chained actions).
    for (let i = 0; quiet < 3; i++) {
      if (Date.now() > deadline) {
        throw new Error(
          `the view did not settle within ${settleTimeoutMs} ms (tool calls in flight: ${bridge.inFlight})`,
        );
      }
      await tick(i < 20 ? 1 : 10);
      const html = container.innerHTML;
      const busy = bridge.inFlight > 0 || container.querySelector(".pf-loading") !== null;
      quiet = !busy && html === last ? quiet + 1 : 0;
      last = html;
    }
    collectToasts();
  }

  function fire(el: Element, type: string, init: MouseEventInit = {}) {
    const view = document.defaultView ?? window;
    const Ctor = type.startsWith("pointer") && "PointerEvent" in view ? view.PointerEvent : view.MouseEvent;
    el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, button: 0, ...init }));
  }

  const app: TestApp = {
    async call(tool, args = {}) {
      const result = (await client.callTool({ name: tool, arguments: args })) as CallToolResult;
      if (result.isError) return result;
      const envelope = result.structuredContent;
      if (!envelope || !("$prefab" in envelope)) return result;
      issues.length = 0;
      await act(async () => {
        root.render(
          createElement(PrefabView, {
            envelope: withStateProbe(envelope),
            bridge,
            handlers,
            applyDocumentStyles: false,
            onIssues: (found: Issue[]) => void issues.push(...found),
          }),
        );
      });
      await settle();
      const errors = issues.filter((i) => i.severity === "error");
      if ((options.strict ?? true) && errors.length > 0) {
        throw new Error(
          `${tool} returned an envelope with errors:\n${errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`,
        );
      }
      return result;
    },
    async click(name) {
      const el = findClickable(container, name);
      await act(async () => {
        fire(el, "pointerdown");
        fire(el, "mousedown");
        (el as HTMLElement).focus?.();
        fire(el, "pointerup");
        fire(el, "mouseup");
        fire(el, "click");
      });
      await settle();
    },
    async type(label, text) {
      const el = findField(container, label);
      const proto = Object.getPrototypeOf(el) as object;
      // React tracks the value it last rendered; the prototype setter bypasses that so onChange fires.
      const setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
      await act(async () => {
        el.focus();
        if (setter) setter.call(el, text);
        else el.value = text;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await settle();
    },
    async select(label, option) {
      const el = findField(container, label);
      if (el.tagName !== "SELECT") throw new Error(`"${label}" is not a native select`);
      const select = el as HTMLSelectElement;
      const match = [...select.options].find((o) => o.value === option || o.textContent?.trim() === option);
      if (!match) throw new Error(`"${label}" has no option "${option}"`);
      await act(async () => {
        select.value = match.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await settle();
    },
    text: () => visibleText(container),
    settle,
    get toolCalls() {
      return record.toolCalls;
    },
    get state() {
      document.dispatchEvent(
        new KeyboardEvent("keydown", {
          key: "F24",
          ctrlKey: true,
          altKey: true,
          metaKey: true,
          shiftKey: true,
        }),
      );
      return snapshot;
    },
    get toasts() {
      collectToasts();
      return toasts;
    },
    get messages() {
      return record.messages;
    },
    get contextUpdates() {
      return record.contextUpdates;
    },
    get issues() {
      return issues;
    },
    container,
    client,
    async close() {
      observer.disconnect();
      await act(async () => root.unmount());
      container.remove();
      await client.close();
      await mcp.close();
    },
  };
  return app;
}
