/**
 * `runActions` for views, with the action code (executor, state/host/fetch/file actions) as a lazy chunk: actions
 * run on events and after mount, never before the first paint, so their code need not be parsed before it. The
 * view prefetches the chunk when idle (`prefetchActions`); once loaded, calls start synchronously as before.
 */
import { lazyModule } from "../render/registry.js";
import type { ActionContext } from "./context.js";

const executor = lazyModule(() => import("./executor.js"));

/** Run an action or list; resolves to false when one failed (see executor.ts). */
export function runActions(actions: unknown, ctx: ActionContext): Promise<boolean> {
  const loaded = executor.get();
  if (loaded) return loaded.runActions(actions, ctx);
  return executor.load().then((m) => m.runActions(actions, ctx));
}

/** Load the action chunk ahead of the first event (idle time after the first paint). */
export function prefetchActions(): void {
  void executor.load();
}
