/**
 * `@prefab-ui/server-apps`: MCP tools that return Prefab views, on the MCP TypeScript SDK.
 */
export { createPrefabServer, PrefabServer, type PrefabServerOptions } from "./app-server.js";
export {
  main as runPrefabServerCli,
  parseServeArgs,
  type ServeArgs,
  type ServerFactory,
  serveFromArgv,
} from "./cli.js";
export {
  addGenerativeUi,
  catalogText,
  type GenerativeUiOptions,
  type GenerativeUiTools,
} from "./generative.js";
export {
  type HtmlAppOptions,
  type HtmlAppUiOptions,
  htmlAppUri,
} from "./html-app.js";
export { type HtmlSource, inlineViteAssets } from "./html-source.js";
export {
  addLongTask,
  type LongTaskContext,
  type LongTaskOptions,
  type LongTaskTools,
} from "./long-task/long-task.js";
export {
  type ItemStatus,
  type MemoryTaskStoreOptions,
  memoryTaskStore,
  type TaskItem,
  type TaskSnapshot,
  type TaskStatus,
  type TaskStore,
} from "./long-task/task-store.js";
export * from "./providers/index.js";
export {
  createRendererLoader,
  DEFAULT_RENDERER_PATH,
  type LoadedRenderer,
  placeholderHtml,
  RENDERER_PATH_ENV,
  type RendererSource,
  rendererUri,
} from "./renderer-html.js";
export { type HttpHandle, type ServeHttpOptions, serveHttp } from "./serve-http.js";
export { serveStdio } from "./serve-stdio.js";
export { envelopeToText, type TextFallbackOptions } from "./text-fallback.js";
export { ToolTimeoutError } from "./timeout.js";
export type {
  AppToolHandler,
  AppToolOptions,
  AppToolReturn,
  BackendToolHandler,
  BackendToolOptions,
  EnvelopeWithText,
  TextFallback,
  ToolContext,
  ViewWithText,
} from "./tool-definition.js";
export { rewriteToolCalls, type ToolNameResolver } from "./tool-names.js";
export {
  type Arg,
  type CallToolOptions,
  callTool,
  type InputSchema,
  type ToolArgs,
  type ToolOutput,
  type ToolRef,
} from "./tool-ref.js";
export type { ToolMap, ToolMapOf, ToolsOf, TypedTools } from "./tools-of.js";
export {
  clientSupportsUi,
  RESOURCE_MIME_TYPE,
  RESOURCE_URI_META_KEY,
  type ToolVisibility,
  UI_EXTENSION_ID,
  type UiResourceCsp,
  type UiResourceMeta,
  type UiResourcePermissions,
} from "./ui-capability.js";
