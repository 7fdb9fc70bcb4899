/**
 * `@prefab-ui/renderer`: `<PrefabView>` for hosts that embed the renderer in React,
 * the host bridge contract (guest bridge, standalone bridge, tool-result helpers),
 * and the types of what a view reports back (actions, issues).
 */
export { type HostContextLike, PrefabView, type PrefabViewProps } from "./app/prefab-view.js";
export * from "./bridge/index.js";
/** Load every lazy chunk now (views, icons, the action runner): tests and hosts that need synchronous renders. */
export { preloadLazyModules } from "./render/registry.js";
export type { ActionEvent, ToastOptions } from "./render/runtime.js";
