import type {
  ComparisonOperator,
  ExpressionError,
  ExpressionNode,
  LiteralValue,
  ParseResult,
} from "./ast.js";
import { type Token, tokenize } from "./tokenize.js";

/**
 * Deep enough for any hand-written or generated expression, shallow enough that a hostile input such as
 * ten thousand `(` fails with a parse error instead of a stack overflow.
 */
export const MAX_EXPRESSION_DEPTH = 200;

/** Caps the size of a single expression so evaluation and printing (both recursive) stay far from stack limits. */
export const MAX_EXPRESSION_TOKENS = 4096;

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(["==", "!=", ">", ">=", "<", "<="]);

/** Internal control flow only: `parseExpression` converts it into a `{ ok: false }` result. */
class ParseFailure extends Error {
  constructor(readonly detail: ExpressionError) {
    super(detail.message);
  }
}

/**
 * Parse one expression (the text between `{{` and `}}`, without the braces).
 * Never throws: every failure, including pathological nesting, becomes `{ ok: false, error }`.
 */
export function parseExpression(source: string): ParseResult {
  const tokenized = tokenize(source);
  if (!tokenized.ok) return tokenized;
  if (tokenized.tokens.length > MAX_EXPRESSION_TOKENS) {
    return { ok: false, error: { message: "Expression is too long", offset: 0 } };
  }
  try {
    return { ok: true, ast: new Parser(tokenized.tokens).parseAll() };
  } catch (err) {
    if (err instanceof ParseFailure) return { ok: false, error: err.detail };
    // Belt and braces for the "never throws" contract (e.g. an engine stack limit below our depth cap).
    return { ok: false, error: { message: "Expression could not be parsed", offset: 0 } };
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): ExpressionNode {
    const ast = this.parseExpr();
    const next = this.peek();
    if (next.kind !== "end") {
      if (next.kind === "operator" && COMPARISON_OPERATORS.has(next.text) && isPipeLike(ast)) {
        this.fail(`A comparison cannot follow a pipe; write '(x | pipe) ${next.text} y'`, next);
      }
      this.fail(`Unexpected ${describe(next)}`, next);
    }
    return ast;
  }

  private peek(): Token {
    // The tokenizer always appends an `end` token, and we never advance past it.
    return this.tokens[this.pos] as Token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.pos++;
    return token;
  }

  private isOperator(...ops: string[]): boolean {
    const token = this.peek();
    return token.kind === "operator" && ops.includes(token.text);
  }

  private fail(message: string, token: Token): never {
    throw new ParseFailure({ message, offset: token.offset });
  }

  private parseExpr(): ExpressionNode {
    if (++this.depth > MAX_EXPRESSION_DEPTH) this.fail("Expression is nested too deeply", this.peek());
    try {
      return this.parsePipe();
    } finally {
      this.depth--;
    }
  }

  private parsePipe(): ExpressionNode {
    let node = this.parseTernary();
    while (this.peek().kind === "|") {
      this.advance();
      const token = this.peek();
      if (token.kind === "ident") {
        this.advance();
        if (this.peek().kind === ":") {
          this.advance();
          node = { kind: "pipe", input: node, name: token.text, arg: this.parsePipeArg() };
        } else {
          node = { kind: "pipe", input: node, name: token.text };
        }
      } else if (isLiteralToken(token)) {
        this.advance();
        node = { kind: "default", input: node, fallback: literalValue(token) };
      } else {
        this.fail(`Expected a pipe name or a default value after '|', got ${describe(token)}`, token);
      }
    }
    return node;
  }

  /** ARG is exactly one token; identifiers are taken as their raw text (`currency:EUR`). */
  private parsePipeArg(): LiteralValue {
    const token = this.peek();
    if (token.kind === "ident") {
      this.advance();
      return token.text;
    }
    if (isLiteralToken(token)) {
      this.advance();
      return literalValue(token);
    }
    return this.fail(`Expected a pipe argument after ':', got ${describe(token)}`, token);
  }

  private parseTernary(): ExpressionNode {
    const test = this.parseOr();
    if (this.peek().kind !== "?") return test;
    this.advance();
    // Both branches are full expressions, so `c ? x : y | upper` pipes only the else branch.
    const consequent = this.parseExpr();
    const colon = this.peek();
    if (colon.kind !== ":")
      this.fail(`Expected ':' in conditional expression, got ${describe(colon)}`, colon);
    this.advance();
    const alternate = this.parseExpr();
    return { kind: "ternary", test, consequent, alternate };
  }

  private parseOr(): ExpressionNode {
    let left = this.parseAnd();
    while (this.isOperator("||")) {
      this.advance();
      left = { kind: "logical", operator: "||", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): ExpressionNode {
    let left = this.parseNot();
    while (this.isOperator("&&")) {
      this.advance();
      left = { kind: "logical", operator: "&&", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): ExpressionNode {
    if (this.peek().kind !== "not") return this.parseComparison();
    this.advance();
    // `!!!!…x` recurses here rather than through parseExpr, so it needs its own depth accounting.
    if (++this.depth > MAX_EXPRESSION_DEPTH) this.fail("Expression is nested too deeply", this.peek());
    try {
      return { kind: "not", operand: this.parseNot() };
    } finally {
      this.depth--;
    }
  }

  private parseComparison(): ExpressionNode {
    const left = this.parseAdditive();
    const token = this.peek();
    if (token.kind !== "operator" || !COMPARISON_OPERATORS.has(token.text)) return left;
    this.advance();
    const right = this.parseAdditive();
    const next = this.peek();
    if (next.kind === "operator" && COMPARISON_OPERATORS.has(next.text)) {
      this.fail("Comparisons cannot be chained; use 'and' to combine them", next);
    }
    return { kind: "comparison", operator: token.text as ComparisonOperator, left, right };
  }

  private parseAdditive(): ExpressionNode {
    let left = this.parseMultiplicative();
    while (this.isOperator("+", "-")) {
      const operator = this.advance().text as "+" | "-";
      left = { kind: "binary", operator, left, right: this.parseMultiplicative() };
    }
    return left;
  }

  private parseMultiplicative(): ExpressionNode {
    let left = this.parseUnary();
    while (this.isOperator("*", "/", "%")) {
      const operator = this.advance().text as "*" | "/" | "%";
      left = { kind: "binary", operator, left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): ExpressionNode {
    if (!this.isOperator("-", "+")) return this.parsePrimary();
    const operator = this.advance().text as "-" | "+";
    if (++this.depth > MAX_EXPRESSION_DEPTH) this.fail("Expression is nested too deeply", this.peek());
    try {
      return { kind: "unary", operator, operand: this.parseUnary() };
    } finally {
      this.depth--;
    }
  }

  private parsePrimary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === "(") {
      this.advance();
      const inner = this.parseExpr();
      const close = this.peek();
      if (close.kind !== ")") this.fail(`Expected ')', got ${describe(close)}`, close);
      this.advance();
      return inner;
    }
    if (isLiteralToken(token)) {
      this.advance();
      return { kind: "literal", value: literalValue(token) };
    }
    if (token.kind === "ident") {
      this.advance();
      return { kind: "path", path: token.text, segments: token.text.split(".") };
    }
    return this.fail(`Unexpected ${describe(token)}`, token);
  }
}

function isPipeLike(node: ExpressionNode): boolean {
  return node.kind === "pipe" || node.kind === "default";
}

function isLiteralToken(token: Token): boolean {
  return (
    token.kind === "number" || token.kind === "string" || token.kind === "boolean" || token.kind === "null"
  );
}

/** Typed value of a literal token (also used for pipe arguments, protocol 0.3). */
function literalValue(token: Token): LiteralValue {
  switch (token.kind) {
    case "number":
      return Number.parseFloat(token.text);
    case "boolean":
      return token.text === "true";
    case "null":
      return null;
    default:
      return token.text;
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case "end":
      return "end of expression";
    case "string":
      return `string '${token.text}'`;
    case "ident":
      return `identifier '${token.text}'`;
    default:
      return `'${token.text}'`;
  }
}
