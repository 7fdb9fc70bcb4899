/**
 * `HostBridge` for pages that are not inside an MCP Apps host (standalone HTML, previews, the playground's
 * "no host" mode). Nothing ever arrives, so subscriptions are inert; anything that needs a host fails loudly
 * instead of hanging.
 */
import type {
  McpUiDisplayMode,
  McpUiHostContext,
  McpUiMessageResult,
  McpUiOpenLinkResult,
  McpUiRequestDisplayModeResult,
} from "@modelcontextprotocol/ext-apps";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { CallServerToolParams, HostBridge, Unsubscribe } from "./host-bridge.js";

export interface StandaloneBridgeOptions {
  /** Context to expose, e.g. a theme derived from `prefers-color-scheme`. */
  hostContext?: McpUiHostContext;
  /** How to open a link; defaults to `window.open(url, "_blank", "noopener,noreferrer")`. */
  openWindow?: (url: string) => void;
}

export class NoHostError extends Error {
  override readonly name = "NoHostError";
  constructor(what: string) {
    super(`No MCP Apps host connected: cannot ${what}`);
  }
}

/** Schemes a standalone page may open by itself; anything else (javascript:, data:, file:) is refused. */
const OPENABLE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

export function isOpenableUrl(url: string): boolean {
  try {
    return OPENABLE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

const noop: Unsubscribe = () => {};

export function createStandaloneBridge(options: StandaloneBridgeOptions = {}): HostBridge {
  const hostContext: McpUiHostContext = { ...options.hostContext };
  const openWindow =
    options.openWindow ??
    ((url: string) => {
      window.open(url, "_blank", "noopener,noreferrer");
    });

  return {
    kind: "standalone",
    hostContext,
    hostCapabilities: {},
    hostInfo: undefined,
    protocolVersion: undefined,
    onToolInput: () => noop,
    onToolInputPartial: () => noop,
    onToolResult: () => noop,
    onToolCancelled: () => noop,
    onHostContextChanged: () => noop,
    onTeardown: () => noop,
    callServerTool: (params: CallServerToolParams): Promise<CallToolResult> =>
      Promise.reject(new NoHostError(`call tool "${params.name}"`)),
    sendMessage: (): Promise<McpUiMessageResult> => Promise.reject(new NoHostError("send a message")),
    updateModelContext: (): Promise<void> => Promise.reject(new NoHostError("update the model context")),
    openLink: async ({ url }: { url: string }): Promise<McpUiOpenLinkResult> => {
      if (!isOpenableUrl(url)) return { isError: true };
      openWindow(url);
      return {};
    },
    // Standalone pages are always inline; report that instead of failing so display-mode buttons stay harmless.
    requestDisplayMode: async (): Promise<McpUiRequestDisplayModeResult> => ({
      mode: (hostContext.displayMode ?? "inline") satisfies McpUiDisplayMode,
    }),
    notifySizeChanged: () => {},
    autoResize: () => noop,
    requestTeardown: () => {},
    ping: () => Promise.reject(new NoHostError("ping")),
    close: () => {},
  };
}
