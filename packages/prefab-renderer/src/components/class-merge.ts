/**
 * Author-class conflict resolution (tailwind-merge) and readable author colours as a lazy module: `collectTypes` reports "$cssClass" for any
 * node with a `cssClass`, so hosts' `preloadViews` loads it before such a view's first render (see lib/cn.ts).
 */
import { hasClassMerge } from "../lib/cn.js";
import { lazyModule, registerLazyLoader } from "../render/registry.js";

export const loadClassMerge = registerLazyLoader(
  ["$cssClass"],
  lazyModule(() => import("../styles/author-classes.js")),
);

/** Start loading if a class string arrives that the preload did not foresee (rendering continues meanwhile). */
export function requestClassMerge(classes: unknown): void {
  if (typeof classes === "string" && classes && !hasClassMerge()) void loadClassMerge();
}
