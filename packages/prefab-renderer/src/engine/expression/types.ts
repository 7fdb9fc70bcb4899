/**
 * Resolves the first segment of a path (`$item`, `$event`, a state key…). The evaluator walks the rest,
 * so callers never have to build a merged `{ ...state, ...scope }` object per evaluation.
 */
export type ScopeLookup = (rootName: string) => unknown;

/** Locale and time zone for formatting pipes. Omitted fields fall back to the runtime's `Intl` defaults. */
export interface FormatContext {
  readonly locale?: string | readonly string[];
  readonly timeZone?: string;
}

/** A custom pipe: `{{ value | name:arg }}` calls `fn(value, arg)`; `arg` is undefined when not written. */
export type PipeFunction = (value: unknown, arg?: unknown) => unknown;

export type PipeRegistry = Readonly<Record<string, PipeFunction | undefined>>;

/** Something went wrong in an expression; evaluation carried on with the documented fallback. */
export interface ExpressionIssue {
  readonly kind: "parse" | "evaluate";
  /** The expression text (without `{{ }}`). */
  readonly expression: string;
  readonly message: string;
  /** For parse errors: offset into `expression`. */
  readonly offset?: number;
}

export interface ExpressionOptions {
  readonly format?: FormatContext;
  /** Custom pipes; consulted after the built-ins and before `globalThis.__prefab_handlers.pipes`. */
  readonly pipes?: PipeRegistry;
  /** Called for parse errors and evaluation failures that were swallowed by a fallback. */
  readonly onIssue?: (issue: ExpressionIssue) => void;
}
