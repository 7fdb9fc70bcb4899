/**
 * Per-tool timeouts. The handler gets a signal that aborts on client cancellation or
 * when the time is up; the call itself fails at the deadline even if the handler
 * ignores the signal, so one stuck backend cannot hang a view's spinner forever.
 */
export class ToolTimeoutError extends Error {
  constructor(
    readonly toolName: string,
    readonly timeoutMs: number,
  ) {
    super(`Tool "${toolName}" timed out after ${timeoutMs} ms`);
    this.name = "ToolTimeoutError";
  }
}

export async function runWithTimeout<T>(
  toolName: string,
  timeoutMs: number | undefined,
  parent: AbortSignal,
  run: (signal: AbortSignal) => T | Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort(parent.reason);
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener("abort", onParentAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline =
    timeoutMs === undefined
      ? undefined
      : new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const error = new ToolTimeoutError(toolName, timeoutMs);
            controller.abort(error);
            reject(error);
          }, timeoutMs);
        });
  try {
    const work = Promise.resolve().then(() => run(controller.signal));
    return await (deadline ? Promise.race([work, deadline]) : work);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    parent.removeEventListener("abort", onParentAbort);
  }
}
