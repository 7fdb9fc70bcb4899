/**
 * `@prefab-ui/server-apps/client`: for custom HTML apps (the browser side). Import the
 * server's tool types with `import type`, never its code.
 */

export type { ToolMap, ToolsOf } from "../tools-of.js";
export {
  type AppClient,
  type AppClientOptions,
  connectApp,
  createClient,
  resultData,
  ToolCallError,
  type ToolInput,
  type ToolResultOf,
} from "./app-client.js";
