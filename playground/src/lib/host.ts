/**
 * One app view: a sandbox-proxy iframe on the second origin, an ext-apps `AppBridge` over a logged
 * `PostMessageTransport`, and the spec's order of events: proxy ready → resource HTML (with its CSP) →
 * `ui/initialize` → tool input → tool result. The host enforces tool visibility on the app's `tools/call`.
 */
import {
  AppBridge,
  type McpUiDisplayMode,
  type McpUiHostCapabilities,
  type McpUiHostContext,
  PostMessageTransport,
} from "@modelcontextprotocol/ext-apps/app-bridge";
import {
  type CallToolResult,
  CallToolResultSchema,
  ErrorCode,
  McpError,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { note } from "./log.js";
import { LoggingTransport, REFUSAL_PREFIX } from "./logging-transport.js";
import { type Connection, HOST_INFO, toolUiUri, toolVisibility, type UiResource } from "./mcp.js";

export type ViewPhase = "resource" | "sandbox" | "initialize" | "ready" | "closed";

export interface ModelEvent {
  seq: number;
  at: number;
  view: number;
  kind: "update-model-context" | "message" | "log" | "open-link" | "download" | "teardown-request";
  payload: unknown;
}

export interface MountOptions {
  view: number;
  connection: Connection;
  tool: Tool;
  args: Record<string, unknown>;
  result: Promise<CallToolResult>;
  container: HTMLElement;
  /** e.g. `http://127.0.0.1:5181/sandbox.html` */
  sandboxUrl: string;
  hostContext: () => McpUiHostContext;
  onPhase(phase: ViewPhase, detail?: string): void;
  onError(message: string): void;
  onHeight(height: number): void;
  onModelEvent(kind: ModelEvent["kind"], payload: unknown): void;
  onDisplayModeRequest(mode: McpUiDisplayMode): McpUiDisplayMode;
  onResource?(resource: UiResource, csp: string): void;
}

export interface MountedView {
  bridge: AppBridge;
  iframe: HTMLIFrameElement;
  initialized: boolean;
  setHostContext(context: McpUiHostContext): void;
  teardown(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException("aborted", "AbortError"));
    };
    signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (v) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", abort);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", abort);
        reject(e);
      },
    );
  });
}

/** What the CSP header of the proxy will say (mirrors server/sandbox.ts; shown in the inspector). */
export function describeCsp(resource: UiResource): string {
  const csp = resource.meta.csp;
  if (!csp) return "no _meta.ui.csp: the spec's restrictive default (no network, no frames)";
  const parts = [
    `connect: ${csp.connectDomains?.length ? csp.connectDomains.join(" ") : "'self' only"}`,
    `resources: ${csp.resourceDomains?.length ? csp.resourceDomains.join(" ") : "'self' + inline only"}`,
    `frames: ${csp.frameDomains?.length ? csp.frameDomains.join(" ") : "none"}`,
  ];
  return parts.join("; ");
}

export async function mountApp(options: MountOptions): Promise<MountedView> {
  const { connection, tool, view } = options;
  const abort = new AbortController();
  const uri = toolUiUri(tool);
  if (!uri) throw new Error(`${tool.name} has no _meta.ui.resourceUri`);

  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms");
  iframe.title = `${tool.name} (MCP App)`;
  iframe.dataset.testid = "app-frame";
  iframe.className = "block w-full border-0 bg-transparent";
  iframe.style.height = "0px";
  options.container.replaceChildren(iframe);
  const target = iframe.contentWindow;
  if (!target) throw new Error("the app iframe has no window");

  const serverCaps = connection.client.getServerCapabilities() ?? {};
  const capabilities = {
    openLinks: {},
    downloadFile: {},
    logging: {},
    updateModelContext: { text: {}, structuredContent: {} },
    message: { text: {} },
    ...(serverCaps.tools ? { serverTools: serverCaps.tools } : {}),
    ...(serverCaps.resources ? { serverResources: serverCaps.resources } : {}),
  } as McpUiHostCapabilities;

  const bridge = new AppBridge(connection.client, HOST_INFO, capabilities, {
    hostContext: options.hostContext(),
  });
  const mounted: MountedView = {
    bridge,
    iframe,
    initialized: false,
    setHostContext(context) {
      // Nothing may reach the view before `initialized`; the latest context is sent right after it.
      if (mounted.initialized) bridge.setHostContext(context);
    },
    async teardown() {
      abort.abort();
      if (mounted.initialized) {
        await bridge.teardownResource({}, { timeout: 1500 }).catch(() => {});
      }
      await bridge.close().catch(() => {});
      iframe.remove();
      options.onPhase("closed");
    },
  };

  bridge.onmessage = async (params) => {
    options.onModelEvent("message", params);
    return {};
  };
  bridge.onupdatemodelcontext = async (params) => {
    options.onModelEvent("update-model-context", params);
    return {};
  };
  bridge.onopenlink = async ({ url }) => {
    options.onModelEvent("open-link", { url });
    const safe = /^https?:\/\//i.test(url);
    if (safe) window.open(url, "_blank", "noopener,noreferrer");
    return safe ? {} : { isError: true };
  };
  bridge.ondownloadfile = async (params) => {
    options.onModelEvent("download", params);
    for (const item of params.contents) {
      if (item.type !== "resource") continue;
      const r = item.resource as { uri: string; mimeType?: string; text?: string; blob?: string };
      const data = r.text ?? (r.blob ? Uint8Array.from(atob(r.blob), (c) => c.charCodeAt(0)) : "");
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([data], { type: r.mimeType ?? "application/octet-stream" }));
      a.download = r.uri.split("/").pop() || "download";
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    }
    return {};
  };
  bridge.onrequestdisplaymode = async ({ mode }) => {
    const granted = options.onDisplayModeRequest(mode);
    return { mode: granted };
  };
  bridge.addEventListener("loggingmessage", (params) => options.onModelEvent("log", params));
  bridge.addEventListener("requestteardown", (params) =>
    options.onModelEvent("teardown-request", params ?? {}),
  );
  bridge.addEventListener("sizechange", ({ height }) => {
    if (typeof height !== "number" || height <= 0) return;
    iframe.style.height = `${Math.ceil(height)}px`;
    options.onHeight(Math.ceil(height));
  });
  const sandboxReady = new Promise<void>((resolve) =>
    bridge.addEventListener("sandboxready", () => resolve()),
  );
  const initialized = new Promise<void>((resolve) => bridge.addEventListener("initialized", () => resolve()));

  await bridge.connect(new LoggingTransport(new PostMessageTransport(target, target), "app", view));

  // AppBridge forwards every tools/call to the server; the host must check visibility (spec: MUST reject).
  bridge.oncalltool = async (params, extra) => {
    const called = connection.tools.find((t) => t.name === params.name);
    const visibility = called ? toolVisibility(called) : [];
    if (!called || !visibility.includes("app")) {
      const why = called
        ? `tool "${params.name}" is not visible to apps (visibility: ${JSON.stringify(visibility)})`
        : `tool "${params.name}" does not exist on this server`;
      note("host", "tools/call refused", why, params, { refused: true, view });
      throw new McpError(ErrorCode.InvalidRequest, `${REFUSAL_PREFIX} ${why}`);
    }
    return connection.client.request({ method: "tools/call", params }, CallToolResultSchema, {
      signal: extra.signal,
    });
  };

  void (async () => {
    try {
      options.onPhase("resource", uri);
      const resource = await withTimeout(
        connection.readUiResource(uri),
        30_000,
        `resources/read ${uri} timed out`,
        abort.signal,
      );
      const csp = describeCsp(resource);
      options.onResource?.(resource, csp);
      note("host", "csp", `sandbox CSP from _meta.ui (${resource.metaSource}): ${csp}`, resource.meta, {
        view,
      });

      options.onPhase("sandbox");
      const url = new URL(options.sandboxUrl);
      if (resource.meta.csp) url.searchParams.set("csp", JSON.stringify(resource.meta.csp));
      iframe.src = url.href;
      await withTimeout(
        sandboxReady,
        10_000,
        `The sandbox proxy at ${url.origin} did not answer. Is its port reachable from this page?`,
        abort.signal,
      );
      await bridge.sendSandboxResourceReady({
        html: resource.html,
        ...(resource.meta.csp ? { csp: resource.meta.csp } : {}),
        ...(resource.meta.permissions ? { permissions: resource.meta.permissions } : {}),
      });

      options.onPhase("initialize");
      await withTimeout(
        initialized,
        20_000,
        "The app did not complete ui/initialize → ui/notifications/initialized within 20 s.",
        abort.signal,
      );
      mounted.initialized = true;
      bridge.setHostContext(options.hostContext());
      await bridge.sendToolInput({ arguments: options.args });
      options.onPhase("ready");
      try {
        const result = await options.result;
        if (!abort.signal.aborted) await bridge.sendToolResult(result);
      } catch (error) {
        if (!abort.signal.aborted) {
          await bridge.sendToolCancelled({ reason: error instanceof Error ? error.message : String(error) });
        }
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      options.onError(error instanceof Error ? error.message : String(error));
    }
  })();

  return mounted;
}
