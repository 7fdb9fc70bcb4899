/**
 * Wire constants of the MCP Apps extension, checked at compile time against the installed
 * `@modelcontextprotocol/ext-apps` types. We cannot import ext-apps' own runtime constants: that would pull its
 * zod schemas into the bundle. If a future ext-apps renames a method, the `satisfies` clauses stop compiling.
 */
import type {
  LATEST_PROTOCOL_VERSION,
  McpUiHostContextChangedNotification,
  McpUiInitializedNotification,
  McpUiInitializeRequest,
  McpUiMessageRequest,
  McpUiOpenLinkRequest,
  McpUiRequestDisplayModeRequest,
  McpUiRequestTeardownNotification,
  McpUiResourceTeardownRequest,
  McpUiSizeChangedNotification,
  McpUiToolCancelledNotification,
  McpUiToolInputNotification,
  McpUiToolInputPartialNotification,
  McpUiToolResultNotification,
  McpUiUpdateModelContextRequest,
} from "@modelcontextprotocol/ext-apps";
import type { CallToolRequest, PingRequest } from "@modelcontextprotocol/sdk/types.js";

/** The version ext-apps' `App` requests in `ui/initialize`. */
export const PROTOCOL_VERSION: typeof LATEST_PROTOCOL_VERSION = "2026-01-26";

export const Method = {
  // View → host requests
  initialize: "ui/initialize" satisfies McpUiInitializeRequest["method"],
  callTool: "tools/call" satisfies CallToolRequest["method"],
  message: "ui/message" satisfies McpUiMessageRequest["method"],
  updateModelContext: "ui/update-model-context" satisfies McpUiUpdateModelContextRequest["method"],
  openLink: "ui/open-link" satisfies McpUiOpenLinkRequest["method"],
  requestDisplayMode: "ui/request-display-mode" satisfies McpUiRequestDisplayModeRequest["method"],
  ping: "ping" satisfies PingRequest["method"],
  // View → host notifications
  initialized: "ui/notifications/initialized" satisfies McpUiInitializedNotification["method"],
  sizeChanged: "ui/notifications/size-changed" satisfies McpUiSizeChangedNotification["method"],
  requestTeardown: "ui/notifications/request-teardown" satisfies McpUiRequestTeardownNotification["method"],
  // Host → View
  resourceTeardown: "ui/resource-teardown" satisfies McpUiResourceTeardownRequest["method"],
  toolInput: "ui/notifications/tool-input" satisfies McpUiToolInputNotification["method"],
  toolInputPartial:
    "ui/notifications/tool-input-partial" satisfies McpUiToolInputPartialNotification["method"],
  toolResult: "ui/notifications/tool-result" satisfies McpUiToolResultNotification["method"],
  toolCancelled: "ui/notifications/tool-cancelled" satisfies McpUiToolCancelledNotification["method"],
  hostContextChanged:
    "ui/notifications/host-context-changed" satisfies McpUiHostContextChangedNotification["method"],
} as const;
