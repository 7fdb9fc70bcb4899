/**
 * What the MCP App says about itself in `ui/initialize`: one definition for the bridge (mcp-app.tsx) and for the
 * inline early-handshake script the build writes into `dist/renderer.html` (vite.config.ts), which must send
 * exactly the same params.
 */
import type { McpUiAppCapabilities } from "@modelcontextprotocol/ext-apps";
import type { InitializeParams } from "../bridge/early-handshake.js";
import { PROTOCOL_VERSION } from "../bridge/protocol.js";

export const APP_NAME = "prefab-renderer";

export const APP_CAPABILITIES: McpUiAppCapabilities = { availableDisplayModes: ["inline", "fullscreen"] };

export function initializeParams(version: string): InitializeParams {
  return {
    appInfo: { name: APP_NAME, version },
    appCapabilities: APP_CAPABILITIES,
    protocolVersion: PROTOCOL_VERSION,
  };
}
