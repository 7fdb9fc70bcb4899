/**
 * In-page readiness: a predicate over the view's root element, polled once per animation frame (no sleeps). The
 * first frame in which it holds is the "painted" mark. A predicate returns true (ready), false (not yet) or a
 * string (the renderer produced something wrong: FAILED with that reason).
 *
 * Kept as source text (not functions) because tsx/esbuild `keepNames` injects a `__name` helper into functions passed
 * to `evaluate`, which does not exist in the page (same reason as reference-host.ts WAIT_IN_FRAME).
 */
export type Predicate = string;

export interface WaitResult {
  ok: boolean;
  /** From the waiter's start to the painted frame. */
  ms: number;
  /** performance.now() at the painted frame (ms since this document's navigation start). */
  sinceOrigin: number;
  /** performance.timeOrigin + performance.now() at the painted frame (comparable across frames). */
  epoch: number;
  reason?: string;
}

export const ROOT_JS = `(() => document.getElementById("root") || document.getElementById("prefab-root"))`;

/** `(pred, timeoutMs) => Promise<WaitResult>`; calls `window.__benchPaint(json)` (a CDP binding) when present. */
export const WAITER = `((pred, timeoutMs) => new Promise((resolve) => {
  const start = performance.now();
  const root = ${ROOT_JS};
  const done = (r) => {
    try { if (typeof window.__benchPaint === "function") window.__benchPaint(JSON.stringify(r)); } catch {}
    resolve(r);
  };
  const tick = () => {
    let r = false;
    try { r = pred(root()); } catch (e) { r = false; }
    const now = performance.now();
    const base = { ms: now - start, sinceOrigin: now, epoch: performance.timeOrigin + now };
    if (r === true) return done({ ok: true, ...base });
    if (typeof r === "string") return done({ ok: false, reason: r, ...base });
    if (now - start > timeoutMs) return done({ ok: false, reason: "timeout after " + timeoutMs + " ms", ...base });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}))`;

/** Expression that starts waiting and parks the promise on `window.__benchWait`. */
export const startWait = (pred: Predicate, timeoutMs: number) =>
  `(() => { window.__benchWait = ${WAITER}(${pred}, ${timeoutMs}); return true; })()`;

export const AWAIT_WAIT = "window.__benchWait";

/** Predicate helpers. */
export const textHas = (...needles: string[]): Predicate =>
  `((root) => { const t = root.textContent || ""; return ${JSON.stringify(needles)}.every((n) => t.includes(n)); })`;
