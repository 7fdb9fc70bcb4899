/**
 * The expression AST. It records meaning, not surface syntax: `and`/`&&`, `or`/`||` and `not`/`!`
 * parse to the same nodes, so `print(parse(s))` is a canonical form and printing round-trips.
 */

/** A literal value as it can appear in source: numbers are never negative (`-1` is unary minus). */
export type LiteralValue = string | number | boolean | null;

export type BinaryOperator = "+" | "-" | "*" | "/" | "%";
export type ComparisonOperator = "==" | "!=" | ">" | ">=" | "<" | "<=";
export type LogicalOperator = "&&" | "||";
export type UnaryOperator = "-" | "+";

export interface LiteralNode {
  readonly kind: "literal";
  readonly value: LiteralValue;
}

/** A dotted identifier such as `$item.tags.0.name`; `segments` is `path.split(".")`, kept to avoid re-splitting. */
export interface PathNode {
  readonly kind: "path";
  readonly path: string;
  readonly segments: readonly string[];
}

export interface UnaryNode {
  readonly kind: "unary";
  readonly operator: UnaryOperator;
  readonly operand: ExpressionNode;
}

/** `!x` / `not x`. Kept apart from unary minus because it sits at a much lower precedence level. */
export interface NotNode {
  readonly kind: "not";
  readonly operand: ExpressionNode;
}

export interface BinaryNode {
  readonly kind: "binary";
  readonly operator: BinaryOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

/** At most one comparison per level: `a < b < c` is a parse error. */
export interface ComparisonNode {
  readonly kind: "comparison";
  readonly operator: ComparisonOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

export interface LogicalNode {
  readonly kind: "logical";
  readonly operator: LogicalOperator;
  readonly left: ExpressionNode;
  readonly right: ExpressionNode;
}

export interface TernaryNode {
  readonly kind: "ternary";
  readonly test: ExpressionNode;
  readonly consequent: ExpressionNode;
  readonly alternate: ExpressionNode;
}

/**
 * `input | name` or `input | name:arg`. The argument is typed (protocol 0.3): a number token becomes a
 * number, `true`/`false` a boolean, `null` null, anything else (identifier or quoted string) its text.
 * `arg` is absent when no `:` was written.
 */
export interface PipeNode {
  readonly kind: "pipe";
  readonly input: ExpressionNode;
  readonly name: string;
  readonly arg?: LiteralValue;
}

/** `input | 'fallback'`: the literal replaces a null/undefined input. */
export interface DefaultNode {
  readonly kind: "default";
  readonly input: ExpressionNode;
  readonly fallback: LiteralValue;
}

export type ExpressionNode =
  | LiteralNode
  | PathNode
  | UnaryNode
  | NotNode
  | BinaryNode
  | ComparisonNode
  | LogicalNode
  | TernaryNode
  | PipeNode
  | DefaultNode;

export type ExpressionKind = ExpressionNode["kind"];

/** Where and why parsing failed; `offset` is a 0-based index into the parsed source string. */
export interface ExpressionError {
  readonly message: string;
  readonly offset: number;
}

export type ParseResult =
  | { readonly ok: true; readonly ast: ExpressionNode }
  | { readonly ok: false; readonly error: ExpressionError };
