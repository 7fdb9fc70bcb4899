import { type ExpressionError, type ExpressionNode, parseExpression } from "@prefab-ui/dsl/expression";
import { BoundedCache } from "./cache.js";
import { evaluate } from "./evaluate.js";
import type { ExpressionOptions, ScopeLookup } from "./types.js";

export type ExpressionEvaluator = (lookup: ScopeLookup, options?: ExpressionOptions) => unknown;

export type CompiledExpression =
  | {
      readonly ok: true;
      readonly source: string;
      readonly ast: ExpressionNode;
      readonly evaluate: ExpressionEvaluator;
    }
  | { readonly ok: false; readonly source: string; readonly error: ExpressionError };

/**
 * The same few hundred expressions are evaluated on every render; parsing each once is the main saving.
 * The bound keeps memory flat when expressions are generated from data.
 */
export const EXPRESSION_CACHE_LIMIT = 2000;

const cache = new BoundedCache<string, CompiledExpression>(EXPRESSION_CACHE_LIMIT);

/** A parsed expression; `evaluate` is a method, so a cached expression costs one small object (no closure). */
class Compiled {
  readonly ok = true as const;
  constructor(
    readonly source: string,
    readonly ast: ExpressionNode,
  ) {}

  evaluate(lookup: ScopeLookup, options?: ExpressionOptions): unknown {
    return evaluate(this.ast, lookup, options);
  }
}

/** What the tokenizer reads as one identifier (dots included) — a whole expression of it is a path. */
const SOLE_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$.]*$/;
const KEYWORDS: ReadonlySet<string> = new Set(["true", "false", "null", "and", "or", "not"]);

/**
 * `parseExpression`, with a shortcut for the commonest expression, a bare state path (`label`, `user.name`,
 * `$item.title`): the same path node the parser builds, without tokenizing.
 */
function parse(source: string): ReturnType<typeof parseExpression> {
  if (SOLE_IDENTIFIER.test(source) && !KEYWORDS.has(source)) {
    return { ok: true, ast: { kind: "path", path: source, segments: source.split(".") } };
  }
  return parseExpression(source);
}

/** Parse an expression (no `{{ }}`) once and return a reusable evaluator, or the parse error. */
export function compileExpression(source: string): CompiledExpression {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const parsed = parse(source);
  const compiled: CompiledExpression = parsed.ok
    ? new Compiled(source, parsed.ast)
    : { ok: false, source, error: parsed.error };
  cache.set(source, compiled);
  return compiled;
}

/** For tests. */
export function clearExpressionCache(): void {
  cache.clear();
}
