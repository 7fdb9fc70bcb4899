/**
 * Chromium timeline traces for the bench's diagnostic scripts (trace-cold-hosted.ts, trace-warm.ts): the event
 * shape, the categories they record, and the main-thread self time of one renderer by event name.
 */
import type { Browser } from "playwright-core";

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string }; beginData?: { url?: string } };
}

/** Record a trace of every process around `run`. */
export async function traced<T>(
  browser: Browser,
  run: () => Promise<T>,
): Promise<{ result: T; buf: Buffer }> {
  await browser.startTracing(undefined, {
    categories: [
      "devtools.timeline",
      "v8.execute",
      "blink",
      "loading",
      "disabled-by-default-devtools.timeline",
    ],
  });
  const result = await run();
  return { result, buf: await browser.stopTracing() };
}

export function traceEvents(buf: Buffer): TraceEvent[] {
  return (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** Complete events of the thread `anchor` ran on, sorted (parents before their children). */
export function threadEvents(events: TraceEvent[], anchor: TraceEvent): TraceEvent[] {
  return events
    .filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

/** Self time (ms) by event name, children subtracted, and the busy time of the top-level events. */
export function selfTimes(list: TraceEvent[]): { busyMs: number; self: [string, number][] } {
  type N = { e: TraceEvent; kids: N[] };
  const roots: N[] = [];
  const stack: N[] = [];
  for (const e of list) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts)
      stack.pop();
    const n: N = { e, kids: [] };
    if (stack.length) stack[stack.length - 1]!.kids.push(n);
    else roots.push(n);
    stack.push(n);
  }
  const self = new Map<string, number>();
  const visit = (n: N) => {
    const own = n.e.dur! - n.kids.reduce((a, k) => a + k.e.dur!, 0);
    self.set(n.e.name, (self.get(n.e.name) ?? 0) + own / 1000);
    n.kids.forEach(visit);
  };
  roots.forEach(visit);
  return {
    busyMs: roots.reduce((a, n) => a + n.e.dur!, 0) / 1000,
    self: [...self.entries()].sort((a, b) => b[1] - a[1]),
  };
}

export function printSelfTimes(title: string, list: TraceEvent[], top = 18): void {
  const { busyMs, self } = selfTimes(list);
  console.log(`${title}: busy ${busyMs.toFixed(1)} ms; self time by event:`);
  for (const [k, v] of self.slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ${k}`);
}
