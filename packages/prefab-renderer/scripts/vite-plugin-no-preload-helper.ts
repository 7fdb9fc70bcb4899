/**
 * Vite wraps every dynamic import in its preload helper (`__vitePreload`), which preloads the imported chunk's CSS
 * and JS dependencies with `<link>` tags and reports failures as a `vite:preloadError` event. In the single-file
 * renderer nothing is ever fetched (`build.modulePreload: false`, chunks are inline text): every call passes no
 * dependencies, and the helper only defers the import by a microtask. This replaces the helper with exactly that,
 * keeping ~250 B gzip of dead code off the first-paint path. (No `vite:preloadError` event: nothing listens.)
 */
import type { Plugin } from "vite";

/** Vite's id of the helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = "\0vite/preload-helper.js";

export const PRELOAD_HELPER_CODE = "export const __vitePreload = (load) => Promise.resolve().then(load);";

export function noPreloadHelper(): Plugin {
  return {
    name: "prefab:no-preload-helper",
    apply: "build",
    enforce: "pre",
    load(id) {
      return id === PRELOAD_HELPER_ID ? PRELOAD_HELPER_CODE : null;
    },
  };
}
