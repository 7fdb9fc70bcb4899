/**
 * Author-class conflict resolution (tailwind-merge), readable author colours and the class-compiler queue as one
 * lazy module (styles/author-classes.ts): `collectTypes` reports "$cssClass" for any node with a `cssClass`, so
 * hosts' `preloadViews` loads it before such a view's first render (see lib/cn.ts).
 */
import { lazyModule, registerLazyLoader } from "../render/registry.js";

registerLazyLoader(
  ["$cssClass"],
  lazyModule(() => import("../styles/author-classes.js")),
);
