/**
 * Parent page of the browser suites: the REAL ext-apps `AppBridge` hosting `renderer.html` in an iframe on another
 * origin, like a web host's sandbox. Bundled with esbuild by harness.ts; never part of the renderer.
 *
 * Behaves like basic-host: registers handlers before connecting, resizes the iframe to reported sizes, records
 * what the View asks for, and lets the test push tool results, tool input, context changes and teardown.
 */
import {
  AppBridge,
  type McpUiHostContext,
  PostMessageTransport,
} from "@modelcontextprotocol/ext-apps/app-bridge";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export interface TestHost {
  bridge: AppBridge;
  initialized: Promise<void>;
  calls: [string, unknown][];
  /** Send `envelope` as a tool result's structuredContent. */
  sendEnvelope(envelope: unknown): Promise<void>;
  sendResult(result: CallToolResult): Promise<void>;
  updateContext(patch: McpUiHostContext): void;
}

export type TestHostWindow = Window & { __host: TestHost };

export const INITIAL_CONTEXT: McpUiHostContext = {
  theme: "light",
  displayMode: "inline",
  availableDisplayModes: ["inline", "fullscreen"],
  containerDimensions: { maxHeight: 4000, width: 800 },
  locale: "en-US",
  timeZone: "UTC",
  platform: "web",
};

async function start(): Promise<void> {
  const calls: [string, unknown][] = [];
  const note = (kind: string, params: unknown) => calls.push([kind, params]);
  // Optional `data-frame-width` / `data-theme` on <body> (reference-host.ts); defaults: 800 px, INITIAL_CONTEXT.
  const frameWidth = Number(document.body.dataset.frameWidth) || 800;
  const initialContext: McpUiHostContext = {
    ...INITIAL_CONTEXT,
    ...(document.body.dataset.frameWidth
      ? { containerDimensions: { maxHeight: 4000, width: frameWidth } }
      : {}),
    ...(document.body.dataset.theme === "dark" ? { theme: "dark" as const } : {}),
  };
  const iframe = document.createElement("iframe");
  iframe.style.cssText = `border:0;width:${frameWidth}px;height:200px;display:block`;
  document.body.append(iframe);
  const guestWindow = iframe.contentWindow!;

  const bridge = new AppBridge(
    null,
    { name: "prefab-test-host", version: "1.0.0" },
    { openLinks: {}, serverTools: {}, logging: {}, message: { text: {} }, updateModelContext: { text: {} } },
    { hostContext: initialContext },
  );
  let context = initialContext;
  bridge.oncalltool = async (params) => {
    note("calltool", params);
    return {
      content: [{ type: "text", text: JSON.stringify({ ok: true }) }],
      structuredContent: { ok: true, echoed: params.arguments ?? null },
    };
  };
  const noted =
    (kind: string) =>
    async (params: unknown): Promise<Record<string, never>> => {
      note(kind, params);
      return {};
    };
  bridge.onmessage = noted("message");
  bridge.onupdatemodelcontext = noted("updatemodelcontext");
  bridge.onopenlink = noted("openlink");
  bridge.onrequestdisplaymode = async (params) => {
    note("requestdisplaymode", params);
    context = { ...context, displayMode: params.mode };
    bridge.setHostContext(context);
    return { mode: params.mode };
  };
  bridge.addEventListener("sizechange", (params) => {
    note("sizechange", params);
    if (params.height !== undefined) iframe.style.height = `${Math.min(params.height, 4000)}px`;
  });
  bridge.addEventListener("requestteardown", (params) => note("requestteardown", params ?? {}));
  bridge.addEventListener("loggingmessage", (params) => note("loggingmessage", params));

  // Every ui/initialize the View sends (the early-handshake script's, and any retry by the bridge).
  window.addEventListener("message", (event) => {
    const data = event.data as { method?: unknown; id?: unknown } | null;
    if (event.source === guestWindow && data?.method === "ui/initialize") note("initialize", { id: data.id });
  });
  const initialized = new Promise<void>((resolve) => {
    bridge.addEventListener("initialized", () => {
      note("initialized", {});
      resolve();
    });
  });
  await bridge.connect(new PostMessageTransport(guestWindow, guestWindow));
  (window as unknown as TestHostWindow).__host = {
    bridge,
    initialized,
    calls,
    sendEnvelope: (envelope) =>
      bridge.sendToolResult({
        content: [{ type: "text", text: "rendered" }],
        structuredContent: envelope as never,
      }),
    sendResult: (result) => bridge.sendToolResult(result),
    updateContext(patch) {
      context = { ...context, ...patch };
      bridge.setHostContext(context);
    },
  };
  iframe.src = document.body.dataset.guestUrl ?? "about:blank";
}

void start();
