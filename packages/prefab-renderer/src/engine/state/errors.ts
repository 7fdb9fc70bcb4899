/**
 * Typed failures of state writes.
 *
 * The 0.2 renderer logged a console warning and reported success when a write could not be applied
 * (protocol §12 items 12 and 20). Every write here returns one of these instead, so the action layer can
 * run `onError` with a meaningful `$error` rather than silently losing the user's data.
 */
export type StateErrorCode =
  /** The path is empty or has an empty segment (`""`, `a..b`, `a.`). */
  | "invalid-path"
  /** A segment is `__proto__`, `constructor` or `prototype`: refused so no write can reach a prototype. */
  | "forbidden-segment"
  /** The first segment starts with `$`, which only the renderer may write (`$host`). */
  | "reserved-key"
  /** A segment would have to step into a string, number or boolean. */
  | "not-a-container"
  /** An array was addressed with a segment that is not a canonical non-negative integer. */
  | "not-an-index"
  /** An array index lies beyond `length` (writing at `length` appends; further would leave holes). */
  | "index-out-of-range"
  /** appendState/popState on a value that is neither an array nor (for append) missing. */
  | "not-an-array"
  /** A list index that is not an integer (or an integer string). */
  | "invalid-index";

export interface StateError {
  readonly code: StateErrorCode;
  /** The full dot path the caller asked for, for messages. */
  readonly path: string;
  /** Human-readable, suitable for `$error`. */
  readonly message: string;
}

export function stateError(code: StateErrorCode, path: string, message: string): StateError {
  return { code, path, message };
}
