/**
 * Dot paths into the state object (`todos.0.done`, `user.name`, `$host.theme`).
 *
 * Parsing is cached because the same few paths are read on every render. Reads follow own properties only,
 * so a path can never surface something from `Object.prototype`. Writes are immutable with structural
 * sharing: only the containers along the path are copied, everything else keeps its identity, which is what
 * lets the store and React detect changes by reference.
 */
import { type StateError, stateError } from "./errors.js";

export type PathSegments = readonly string[];

export type ParsePathResult =
  | { readonly ok: true; readonly segments: PathSegments }
  | { readonly ok: false; readonly error: StateError };

export type SetPathResult<T> =
  | { readonly ok: true; readonly value: T; readonly changed: boolean }
  | { readonly ok: false; readonly error: StateError };

/** Segments that would let a write reach or replace a prototype. Refused on read and on write. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Bound on cached parses. Templated keys (`todos.{{ $index }}.done`) resolve to many distinct strings, so
 * an unbounded cache would grow with the data; clearing when full keeps the common case hot and memory flat.
 */
const CACHE_LIMIT = 4096;
const cache = new Map<string, ParsePathResult>();

const INDEX_RE = /^(?:0|[1-9]\d*)$/;

/** A canonical non-negative integer (`"0"`, `"12"`; not `"01"`, `"-1"`, `"1e3"`). */
export function isIndexSegment(segment: string): boolean {
  return INDEX_RE.test(segment) && Number.isSafeInteger(Number(segment));
}

export function parsePath(path: string): ParsePathResult {
  const hit = cache.get(path);
  if (hit !== undefined) return hit;
  const result = parseUncached(path);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, result);
  return result;
}

function parseUncached(path: string): ParsePathResult {
  const segments = path.split(".");
  for (const segment of segments) {
    if (segment === "") {
      return { ok: false, error: stateError("invalid-path", path, `Invalid state path "${path}"`) };
    }
    if (FORBIDDEN_SEGMENTS.has(segment)) {
      return {
        ok: false,
        error: stateError(
          "forbidden-segment",
          path,
          `State path "${path}" uses forbidden segment "${segment}"`,
        ),
      };
    }
  }
  // Frozen because the cached array is shared by every caller.
  return { ok: true, segments: Object.freeze(segments) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One step of a read: own properties of objects, in-range indices (and `length`) of arrays. */
export function readSegment(container: unknown, segment: string): unknown {
  if (FORBIDDEN_SEGMENTS.has(segment)) return undefined;
  if (Array.isArray(container)) {
    if (segment === "length") return container.length;
    if (!isIndexSegment(segment)) return undefined;
    const index = Number(segment);
    return index < container.length ? container[index] : undefined;
  }
  if (isRecord(container) && Object.hasOwn(container, segment)) return container[segment];
  return undefined;
}

export function getPath(root: unknown, segments: PathSegments): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || current === undefined) return undefined;
    current = readSegment(current, segment);
  }
  return current;
}

/**
 * Immutable write of `value` at `segments`, creating missing or null intermediates (an array when the
 * following segment is an index, else an object). Fails, without writing anything, when the path would step
 * through a primitive, index an array with a non-index, or leave a hole in an array.
 *
 * Iterative rather than recursive so a pathological path length cannot overflow the stack.
 * `changed: false` (with the original root) when the leaf already holds `value`, so callers can skip
 * notifying anyone.
 */
export function setPath<T>(root: T, segments: PathSegments, value: unknown): SetPathResult<T> {
  const fullPath = segments.join(".");
  if (segments.length === 0) {
    return { ok: false, error: stateError("invalid-path", fullPath, "Empty state path") };
  }
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  let current: unknown = root;
  let leafExists = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (FORBIDDEN_SEGMENTS.has(segment) || segment === "") {
      return {
        ok: false,
        error: stateError(
          segment === "" ? "invalid-path" : "forbidden-segment",
          fullPath,
          `State path "${fullPath}" uses invalid segment "${segment}"`,
        ),
      };
    }
    // Only needed for messages; computed lazily so long paths stay linear.
    const where = (): string => segments.slice(0, i).join(".") || "(root)";
    let container: Record<string, unknown> | unknown[];
    if (current === null || current === undefined) {
      container = isIndexSegment(segment) ? [] : {};
    } else if (Array.isArray(current)) {
      container = current;
    } else if (isRecord(current)) {
      container = current;
    } else {
      return {
        ok: false,
        error: stateError(
          "not-a-container",
          fullPath,
          `Cannot set "${fullPath}": "${where()}" is a ${typeof current}, not an object or array`,
        ),
      };
    }
    if (Array.isArray(container)) {
      if (!isIndexSegment(segment)) {
        return {
          ok: false,
          error: stateError(
            "not-an-index",
            fullPath,
            `Cannot set "${fullPath}": "${where()}" is an array and "${segment}" is not an index`,
          ),
        };
      }
      const index = Number(segment);
      if (index > container.length) {
        return {
          ok: false,
          error: stateError(
            "index-out-of-range",
            fullPath,
            `Cannot set "${fullPath}": index ${index} is beyond the end of "${where()}" (length ${container.length})`,
          ),
        };
      }
      leafExists = index < container.length;
      current = leafExists ? container[index] : undefined;
    } else {
      leafExists = Object.hasOwn(container, segment);
      current = leafExists ? container[segment] : undefined;
    }
    containers.push(container);
  }

  if (leafExists && Object.is(current, value)) return { ok: true, value: root, changed: false };

  // Rebuild bottom-up, copying only the containers on the path.
  let child: unknown = value;
  for (let i = segments.length - 1; i >= 0; i--) {
    const container = containers[i]!;
    const segment = segments[i]!;
    if (Array.isArray(container)) {
      const copy = container.slice();
      copy[Number(segment)] = child;
      child = copy;
    } else {
      // Spread copies own enumerable properties as data properties, so an own `__proto__` key that came
      // from JSON.parse stays a plain key and never turns into a prototype change.
      const copy: Record<string, unknown> = { ...container };
      copy[segment] = child;
      child = copy;
    }
  }
  return { ok: true, value: child as T, changed: true };
}
