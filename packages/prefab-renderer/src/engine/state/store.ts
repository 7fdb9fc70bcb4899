/**
 * The client state store (protocol §6.1): one JSON object, written immutably, read synchronously.
 *
 * Reads always see the latest write, even inside a batch, because sequential actions in one handler
 * depend on each other (`setState(seconds, 10)` then `setInterval(while="{{ seconds > 0 }}")`).
 * Notifications are fine-grained (see subscriptions.ts) and can be coalesced with `batch`.
 *
 * Keys starting with `$` belong to the renderer (`$host`). Author-facing writes refuse them; the renderer
 * uses `setReserved` or `{ reserved: true }`.
 */
import { type StateError, stateError } from "./errors.js";
import { insertAt, parseListIndex, resolveRemoveIndex } from "./list.js";
import { FORBIDDEN_SEGMENTS, getPath, type PathSegments, parsePath, readSegment, setPath } from "./path.js";
import { type Listener, SubscriptionTree } from "./subscriptions.js";

export type { Listener } from "./subscriptions.js";

/**
 * A path without a dot, its one segment (a node subscribes to each top-level key it read): not through `parsePath`,
 * whose cache would keep an entry per key of big views, and no array for a read. Null for an invalid one (empty or
 * forbidden, which `parsePath` rejects); undefined for a dotted path.
 */
function topLevel(path: string): string | null | undefined {
  if (path.includes(".")) return undefined;
  return path === "" || FORBIDDEN_SEGMENTS.has(path) ? null : path;
}

export type StateSnapshot = Readonly<Record<string, unknown>>;

export type WriteResult =
  | { readonly ok: true; readonly changed: boolean }
  | { readonly ok: false; readonly error: StateError };

export type PopResult =
  | { readonly ok: true; readonly changed: true; readonly removed: unknown }
  | { readonly ok: false; readonly error: StateError };

export interface MergeResult {
  readonly changed: boolean;
  /** Keys that were not written: reserved (`$…`) without `reserved: true`, or prototype-polluting names. */
  readonly skipped: readonly string[];
}

export interface WriteOptions {
  /** Allow the first segment to start with `$`. For renderer code only, never for author actions. */
  readonly reserved?: boolean;
}

export interface ResetOptions {
  /** Top-level keys whose current value survives the reset. Defaults to `["$host"]` (§1.3). */
  readonly preserve?: readonly string[];
}

export interface Store {
  /** Value at a dot path; `undefined` when absent or when the path is invalid. */
  get(path: string): unknown;
  /** The whole state. Never mutated afterwards: a later write produces a new object. */
  getSnapshot(): StateSnapshot;
  set(path: string, value: unknown, options?: WriteOptions): WriteResult;
  /** `set` for renderer-owned `$` keys such as `$host`. */
  setReserved(path: string, value: unknown): WriteResult;
  update(path: string, fn: (current: unknown) => unknown, options?: WriteOptions): WriteResult;
  /** toggleState: writes `!current`. */
  toggle(path: string, options?: WriteOptions): WriteResult;
  /** appendState: missing/null becomes a new array; anything else that is not an array fails. */
  append(path: string, value: unknown, index?: number | string, options?: WriteOptions): WriteResult;
  /** popState: removes the element at `index` (negative counts from the end); fails when out of range. */
  pop(path: string, index: number | string, options?: WriteOptions): PopResult;
  /** Shallow merge of top-level keys (as `callHandler` results and 0.2 `merge`). Keys are literal, not paths. */
  merge(values: Readonly<Record<string, unknown>>, options?: WriteOptions): MergeResult;
  /** Replace the whole state, keeping `preserve` keys (default `$host`). */
  reset(values?: Readonly<Record<string, unknown>> | null, options?: ResetOptions): void;
  /** Called when the value at `path` (or, through it, an ancestor/descendant write) changes by reference. */
  subscribe(path: string, listener: () => void): () => void;
  /**
   * `subscribe` without the returned function, for subscribers that keep their paths anyway (the interpreter's
   * nodes: no closure per subscription); `removeListener` undoes one `addListener`.
   */
  addListener(path: string, listener: Listener): void;
  removeListener(path: string, listener: Listener): void;
  /** Runs `fn`; listeners are called once, after the outermost batch ends. Reads inside see every write. */
  batch<T>(fn: () => T): T;
  /**
   * Runs `fn` as one batch and keeps its writes only when no listener would be notified of them (nobody
   * subscribes to what changed); otherwise rolls them back. Returns whether the writes were kept. Lets a
   * renderer install an envelope's state while it renders (no listener may be called then) instead of
   * rendering once with the old state and again after the reset.
   */
  quietly(fn: () => void): boolean;
}

const DEFAULT_PRESERVE: readonly string[] = ["$host"];

export function isReservedKey(key: string): boolean {
  return key.startsWith("$");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own enumerable keys minus the prototype-polluting names, so a JSON `__proto__` key never enters state. */
function sanitisedCopy(values: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  if (!isRecord(values)) return copy;
  for (const key of Object.keys(values)) {
    if (!FORBIDDEN_SEGMENTS.has(key)) copy[key] = values[key];
  }
  return copy;
}

interface PendingNotification {
  readonly before: StateSnapshot;
  readonly paths: Set<PathSegments>;
  all: boolean;
}

export function createStore(initial?: Readonly<Record<string, unknown>> | null): Store {
  let state: StateSnapshot = sanitisedCopy(initial);
  const subscriptions = new SubscriptionTree();
  let batchDepth = 0;
  let pending: PendingNotification | undefined;

  function notify(before: StateSnapshot, after: StateSnapshot, paths: Iterable<PathSegments> | "all"): void {
    const listeners = new Set<Listener>();
    if (paths === "all") subscriptions.collectAll(before, after, listeners);
    else subscriptions.collectForPaths(before, after, paths, listeners);
    for (const listener of listeners) {
      try {
        if (typeof listener === "function") listener();
        else listener.stateChanged();
      } catch (error) {
        // A faulty listener must not stop the others or undo a write that already happened; surface it
        // asynchronously like an uncaught event-handler error.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Install `next` and notify (now, or when the outermost batch ends) about `written`. */
  function commit(next: StateSnapshot, written: readonly PathSegments[] | "all"): void {
    const before = state;
    if (Object.is(before, next)) return;
    state = next;
    if (batchDepth > 0) {
      pending ??= { before, paths: new Set(), all: false };
      if (written === "all") pending.all = true;
      else for (const segments of written) pending.paths.add(segments);
      return;
    }
    notify(before, next, written);
  }

  function resolve(
    path: string,
    options: WriteOptions | undefined,
  ): { ok: true; segments: PathSegments } | { ok: false; error: StateError } {
    const parsed = parsePath(path);
    if (!parsed.ok) return parsed;
    if (options?.reserved !== true && isReservedKey(parsed.segments[0]!)) {
      return {
        ok: false,
        error: stateError(
          "reserved-key",
          path,
          `"${path}" is reserved for the renderer and cannot be written`,
        ),
      };
    }
    return parsed;
  }

  function writeSegments(segments: PathSegments, value: unknown): WriteResult {
    const result = setPath(state, segments, value);
    if (!result.ok) return result;
    if (result.changed) commit(result.value, [segments]);
    return { ok: true, changed: result.changed };
  }

  const store: Store = {
    get(path) {
      // A top-level key, what nearly every template reads: one own-property read, no parse and no cache entry.
      const top = topLevel(path);
      if (top !== undefined) return top === null ? undefined : readSegment(state, top);
      const parsed = parsePath(path);
      return parsed.ok ? getPath(state, parsed.segments) : undefined;
    },

    getSnapshot: () => state,

    set(path, value, options) {
      const target = resolve(path, options);
      return target.ok ? writeSegments(target.segments, value) : target;
    },

    setReserved(path, value) {
      return store.set(path, value, { reserved: true });
    },

    update(path, fn, options) {
      const target = resolve(path, options);
      if (!target.ok) return target;
      return writeSegments(target.segments, fn(getPath(state, target.segments)));
    },

    toggle(path, options) {
      return store.update(path, (current) => !current, options);
    },

    append(path, value, index, options) {
      const target = resolve(path, options);
      if (!target.ok) return target;
      let position: number | undefined;
      if (index !== undefined) {
        position = parseListIndex(index);
        if (position === undefined) {
          return {
            ok: false,
            error: stateError("invalid-index", path, `appendState: invalid index "${index}"`),
          };
        }
      }
      const current = getPath(state, target.segments);
      if (current !== undefined && current !== null && !Array.isArray(current)) {
        return {
          ok: false,
          error: stateError(
            "not-an-array",
            path,
            `appendState: "${path}" is a ${typeof current}, not an array`,
          ),
        };
      }
      return writeSegments(target.segments, insertAt(current ?? [], value, position));
    },

    pop(path, index, options) {
      const target = resolve(path, options);
      if (!target.ok) return target;
      const position = parseListIndex(index);
      if (position === undefined) {
        return { ok: false, error: stateError("invalid-index", path, `popState: invalid index "${index}"`) };
      }
      const current = getPath(state, target.segments);
      if (!Array.isArray(current)) {
        const kind = current === null ? "null" : typeof current;
        return {
          ok: false,
          error: stateError("not-an-array", path, `popState: "${path}" is ${kind}, not an array`),
        };
      }
      const at = resolveRemoveIndex(current.length, position);
      if (at === undefined) {
        return {
          ok: false,
          error: stateError(
            "index-out-of-range",
            path,
            `popState: index ${position} is out of range for "${path}" (length ${current.length})`,
          ),
        };
      }
      const removed = current[at];
      const next = current.slice();
      next.splice(at, 1);
      const result = writeSegments(target.segments, next);
      // The path resolved to an array a moment ago, so writing a new array back cannot fail.
      return result.ok ? { ok: true, changed: true, removed } : result;
    },

    merge(values, options) {
      const skipped: string[] = [];
      const written: PathSegments[] = [];
      // Merged values can come from untyped sources (a `callHandler` return value), so check at runtime.
      if (!isRecord(values)) return { changed: false, skipped };
      let next: Record<string, unknown> | undefined;
      for (const key of Object.keys(values)) {
        if (FORBIDDEN_SEGMENTS.has(key) || (options?.reserved !== true && isReservedKey(key))) {
          skipped.push(key);
          continue;
        }
        const value = values[key];
        if (Object.hasOwn(state, key) && Object.is(state[key], value)) continue;
        next ??= { ...state };
        next[key] = value;
        // Literal top-level key: one segment even if it contains dots, matching what changed.
        written.push([key]);
      }
      if (next !== undefined) commit(next, written);
      return { changed: next !== undefined, skipped };
    },

    reset(values, options) {
      const next = sanitisedCopy(values);
      for (const key of options?.preserve ?? DEFAULT_PRESERVE) {
        if (Object.hasOwn(state, key)) next[key] = state[key];
        else delete next[key];
      }
      commit(next, "all");
    },

    subscribe(path, listener) {
      const parsed = parsePath(path);
      // An invalid path always reads undefined, so there is nothing to ever notify about.
      if (!parsed.ok) return () => {};
      return subscriptions.add(parsed.segments, listener);
    },

    addListener(path, listener) {
      const top = topLevel(path);
      if (top !== undefined) {
        if (top !== null) subscriptions.insert([top], listener);
        return;
      }
      const parsed = parsePath(path);
      if (parsed.ok) subscriptions.insert(parsed.segments, listener);
    },

    removeListener(path, listener) {
      const top = topLevel(path);
      if (top !== undefined) {
        if (top !== null) subscriptions.remove([top], listener);
        return;
      }
      const parsed = parsePath(path);
      if (parsed.ok) subscriptions.remove(parsed.segments, listener);
    },

    quietly(fn) {
      // Inside a batch the writes could not be told apart from the batch's own.
      if (batchDepth > 0) return false;
      const before = state;
      batchDepth++;
      try {
        fn();
      } catch (error) {
        state = before;
        pending = undefined;
        throw error;
      } finally {
        batchDepth--;
      }
      const written = pending;
      pending = undefined;
      if (written === undefined) return true;
      const listeners = new Set<Listener>();
      if (written.all) subscriptions.collectAll(before, state, listeners);
      else subscriptions.collectForPaths(before, state, written.paths, listeners);
      if (listeners.size === 0) return true;
      state = before;
      return false;
    },

    batch(fn) {
      batchDepth++;
      try {
        return fn();
      } finally {
        batchDepth--;
        if (batchDepth === 0 && pending !== undefined) {
          const { before, paths, all } = pending;
          pending = undefined;
          notify(before, state, all ? "all" : paths);
        }
      }
    },
  };
  return store;
}
