/**
 * Parent page of the conformance test: the REAL ext-apps `AppBridge` (host side) driving an iframe that runs
 * our guest bridge. Bundled on the fly with esbuild by conformance.test.ts; never part of the renderer bundle.
 *
 * Behaves like a careful host: registers every handler before connecting, pushes tool input and result right
 * after `initialized` (the "fast host" case the guest must buffer), resizes the iframe to what the View reports
 * (so a feedback loop would show up as an endless stream of size events), and records everything.
 */
import {
  AppBridge,
  type McpUiHostCapabilities,
  type McpUiHostContext,
  PostMessageTransport,
} from "@modelcontextprotocol/ext-apps/app-bridge";
import { type CallToolResult, EmptyResultSchema } from "@modelcontextprotocol/sdk/types.js";

export interface HostRecord {
  /** Raw `event.data` of every message the guest window posted to us, in order. */
  fromGuest: unknown[];
  /** Host-side handler invocations: `[kind, params]`. */
  calls: [string, unknown][];
}

export interface ConformanceHost {
  bridge: AppBridge;
  record: HostRecord;
  initialized: Promise<void>;
  /** Sent right after `initialized`, before the guest can have subscribed. */
  earlyToolInput: Record<string, unknown>;
  earlyToolResult: CallToolResult;
  /** Host → View `ping` through AppBridge's generic request API. */
  pingGuest(): Promise<unknown>;
  /** Patch the host's current context and let `AppBridge.setHostContext` send the diff. */
  updateContext(patch: McpUiHostContext): void;
}

export type ConformanceHostWindow = Window & { __host: ConformanceHost };

export const HOST_CAPABILITIES: McpUiHostCapabilities = {
  openLinks: {},
  serverTools: {},
  logging: {},
  message: { text: {} },
  updateModelContext: { text: {}, structuredContent: {} },
};

export const INITIAL_CONTEXT: McpUiHostContext = {
  theme: "light",
  displayMode: "inline",
  availableDisplayModes: ["inline", "fullscreen"],
  containerDimensions: { maxHeight: 800, width: 640 },
  locale: "en-US",
  platform: "web",
};

async function start(): Promise<void> {
  const record: HostRecord = { fromGuest: [], calls: [] };
  const iframe = document.createElement("iframe");
  iframe.style.cssText = "border:0;width:640px;height:50px;display:block";
  document.body.append(iframe);
  // The WindowProxy stays the same across the navigation below, so the transport can bind to it first.
  const guestWindow = iframe.contentWindow!;
  window.addEventListener("message", (event) => {
    if (event.source === guestWindow) record.fromGuest.push(event.data);
  });

  const bridge = new AppBridge(null, { name: "conformance-host", version: "1.0.0" }, HOST_CAPABILITIES, {
    hostContext: INITIAL_CONTEXT,
  });
  const note = (kind: string, params: unknown) => record.calls.push([kind, params]);
  let context = INITIAL_CONTEXT;
  const updateContext = (patch: McpUiHostContext) => {
    context = { ...context, ...patch };
    bridge.setHostContext(context);
  };

  bridge.onmessage = async (params) => {
    note("message", params);
    return {};
  };
  bridge.onupdatemodelcontext = async (params) => {
    note("updatemodelcontext", params);
    return {};
  };
  bridge.onopenlink = async (params) => {
    note("openlink", params);
    return params.url.startsWith("https:") ? {} : { isError: true };
  };
  bridge.onrequestdisplaymode = async (params) => {
    note("requestdisplaymode", params);
    // Honour it and announce it, as the spec asks hosts to (mcp-apps.md §1.8).
    updateContext({ displayMode: params.mode });
    return { mode: params.mode };
  };
  bridge.oncalltool = async (params) => {
    note("calltool", params);
    if (params.name === "explode") throw new Error("tool exploded on the host");
    if (params.name === "fails") return { content: [{ type: "text", text: "bad input" }], isError: true };
    return {
      content: [{ type: "text", text: JSON.stringify({ echoed: params.arguments ?? null }) }],
      structuredContent: {
        name: params.name,
        arguments: params.arguments ?? null,
        meta: params._meta ?? null,
      },
    };
  };
  bridge.addEventListener("sizechange", (params) => {
    note("sizechange", params);
    // Like basic-host: adopt the reported height. A View that measures the iframe instead of its content
    // would now see a new size, report it, and loop.
    if (params.height !== undefined) iframe.style.height = `${params.height}px`;
  });
  bridge.addEventListener("requestteardown", (params) => note("requestteardown", params ?? {}));
  bridge.addEventListener("loggingmessage", (params) => note("loggingmessage", params));

  const earlyToolInput = { query: "weather in Paris" };
  const earlyToolResult: CallToolResult = {
    content: [{ type: "text", text: "Sunny" }],
    structuredContent: { version: "0.2", view: { type: "Text", content: "Sunny" } },
    _meta: { fastmcp: { wrap_result: false } },
  };

  const initialized = new Promise<void>((resolve) => {
    bridge.addEventListener("initialized", () => {
      note("initialized", {});
      // Fast host: no pause between the handshake and the data.
      void bridge.sendToolInputPartial({ arguments: { query: "weather" } });
      void bridge.sendToolInput({ arguments: earlyToolInput });
      void bridge.sendToolResult(earlyToolResult);
      resolve();
    });
  });

  await bridge.connect(new PostMessageTransport(guestWindow, guestWindow));
  (window as unknown as ConformanceHostWindow).__host = {
    bridge,
    record,
    initialized,
    earlyToolInput,
    earlyToolResult,
    pingGuest: () => bridge.request({ method: "ping" }, EmptyResultSchema),
    updateContext,
  };
  iframe.src = document.body.dataset.guestUrl ?? "about:blank";
}

void start();
