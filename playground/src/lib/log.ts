/**
 * The inspector's record: every JSON-RPC message between host and server and between host and app, in order,
 * with direction, method, timing (since the page opened, and request → response duration) and payload.
 */
import { createStore } from "./store.js";

export type Channel = "server" | "app" | "host";
/** `out`: the host sends (to the server or to the app); `in`: the host receives. `note`: host-side event. */
export type Direction = "out" | "in" | "note";
export type Kind = "request" | "response" | "error" | "notification" | "note";

export interface LogEntry {
  seq: number;
  /** ms since the page loaded. */
  at: number;
  /** Wall-clock time (ISO) for the copied JSON. */
  time: string;
  channel: Channel;
  direction: Direction;
  kind: Kind;
  /** The JSON-RPC method; responses carry their request's method. */
  method: string;
  id?: string | number;
  /** For responses: ms since the matching request. */
  durationMs?: number;
  /** The message, with very long strings shortened (see `truncated`). */
  payload: unknown;
  truncated?: boolean;
  /** The host refused this (e.g. an app calling a tool without "app" visibility). */
  refused?: boolean;
  /** Short human summary (tool name, error text). */
  summary?: string;
  /** Which app view (call) a host ↔ app message belongs to. */
  view?: number;
}

export const logStore = createStore<LogEntry[]>([]);
let seq = 0;
const MAX_ENTRIES = 5000;
const MAX_STRING = 4000;

function shorten(value: unknown, flags: { truncated: boolean }, depth = 0): unknown {
  if (typeof value === "string") {
    if (value.length <= MAX_STRING) return value;
    flags.truncated = true;
    return `${value.slice(0, 400)}… [${(value.length / 1024).toFixed(0)} KB string shortened by the inspector]`;
  }
  if (depth > 40 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => shorten(v, flags, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = shorten(v, flags, depth + 1);
  return out;
}

export function addLog(
  entry: Omit<LogEntry, "seq" | "at" | "time" | "payload" | "truncated"> & { payload: unknown },
) {
  const flags = { truncated: false };
  const payload = shorten(entry.payload, flags);
  const full: LogEntry = {
    ...entry,
    seq: ++seq,
    at: Math.round(performance.now()),
    time: new Date().toISOString(),
    payload,
    ...(flags.truncated ? { truncated: true } : {}),
  };
  logStore.set((prev) => {
    const next = prev.length >= MAX_ENTRIES ? prev.slice(prev.length - MAX_ENTRIES + 1) : prev.slice();
    next.push(full);
    return next;
  });
  return full;
}

export function clearLog(): void {
  logStore.set([]);
}

export function note(
  channel: Channel,
  method: string,
  summary: string,
  payload: unknown = {},
  extra: Partial<LogEntry> = {},
) {
  return addLog({ channel, direction: "note", kind: "note", method, summary, payload, ...extra });
}
