import type { ExpressionNode, LiteralValue } from "./ast.js";

/**
 * Precedence levels, lowest first (§5.6): pipe < ternary < or < and < not < comparison < additive <
 * multiplicative < unary < primary. A child printed below the level its position demands gets parentheses.
 */
enum Level {
  Pipe = 1,
  Ternary = 2,
  Or = 3,
  And = 4,
  Not = 5,
  Comparison = 6,
  Additive = 7,
  Multiplicative = 8,
  Unary = 9,
  Primary = 10,
}

const IDENT = /^[a-zA-Z_$][a-zA-Z0-9_.$]*$/;
const KEYWORDS: ReadonlySet<string> = new Set(["true", "false", "null", "and", "or", "not"]);

/** Whether `name` tokenizes as one identifier (not a keyword), i.e. can be printed bare. */
export function isIdentifier(name: string): boolean {
  return IDENT.test(name) && !KEYWORDS.has(name);
}

/**
 * Print an AST as expression source (without `{{ }}`), adding only the parentheses precedence needs.
 * `parseExpression(printExpression(ast))` yields an equal AST for every AST the parser can produce.
 * Throws a RangeError for values the grammar cannot spell: strings containing `'` (no escapes exist),
 * non-finite numbers, identifiers that are not valid IDENT tokens, negative numbers as pipe arguments.
 */
export function printExpression(node: ExpressionNode): string {
  return print(node, Level.Pipe);
}

/** `{{ expr }}`, for emitting templates. Throws like `printExpression`, and if the source contains `}}`. */
export function printTemplate(node: ExpressionNode): string {
  const source = printExpression(node);
  if (source.includes("}}") || source.includes("{{")) {
    throw new RangeError("Expression text contains '{{' or '}}' and cannot be embedded in a template");
  }
  return `{{ ${source} }}`;
}

function print(node: ExpressionNode, minLevel: Level): string {
  const [text, level] = render(node);
  return level < minLevel ? `(${text})` : text;
}

function render(node: ExpressionNode): [string, Level] {
  switch (node.kind) {
    case "literal":
      if (typeof node.value === "number" && isNegative(node.value)) {
        // The grammar has no negative literals; unary minus means the same thing.
        return [`-${printNumber(-node.value)}`, Level.Unary];
      }
      return [printLiteral(node.value), Level.Primary];
    case "path":
      return [printIdentifier(node.path), Level.Primary];
    case "unary":
      return [`${node.operator}${print(node.operand, Level.Unary)}`, Level.Unary];
    case "not":
      return [`!${print(node.operand, Level.Not)}`, Level.Not];
    case "binary": {
      const level = node.operator === "+" || node.operator === "-" ? Level.Additive : Level.Multiplicative;
      return [`${print(node.left, level)} ${node.operator} ${print(node.right, level + 1)}`, level];
    }
    case "comparison":
      return [
        `${print(node.left, Level.Additive)} ${node.operator} ${print(node.right, Level.Additive)}`,
        Level.Comparison,
      ];
    case "logical": {
      const level = node.operator === "||" ? Level.Or : Level.And;
      return [`${print(node.left, level)} ${node.operator} ${print(node.right, level + 1)}`, level];
    }
    case "ternary":
      return [
        `${print(node.test, Level.Or)} ? ${printConsequent(node.consequent)} : ${print(node.alternate, Level.Pipe)}`,
        Level.Ternary,
      ];
    case "pipe": {
      const arg = node.arg === undefined ? "" : `:${printPipeArg(node.arg)}`;
      return [`${printPipeInput(node.input)} | ${printIdentifier(node.name)}${arg}`, Level.Pipe];
    }
    case "default":
      return [`${printPipeInput(node.input)} | ${printLiteral(node.fallback)}`, Level.Pipe];
  }
}

/**
 * `c ? x | upper : y` reads `upper:y` as a pipe argument, so a then-branch that ends in an argument-less
 * pipe (directly or at the tail of a nested ternary) needs parentheses.
 */
function printConsequent(node: ExpressionNode): string {
  return endsWithBarePipe(node) ? `(${render(node)[0]})` : print(node, Level.Pipe);
}

function endsWithBarePipe(node: ExpressionNode): boolean {
  if (node.kind === "pipe") return node.arg === undefined;
  if (node.kind === "ternary") return endsWithBarePipe(node.alternate);
  return false;
}

/**
 * Pipes chain left to right, so a pipe input may itself be a bare pipe. A ternary input must be
 * parenthesised: unwrapped, the pipe would bind inside its else branch.
 */
function printPipeInput(input: ExpressionNode): string {
  return input.kind === "pipe" || input.kind === "default" ? render(input)[0] : print(input, Level.Or);
}

function printPipeArg(arg: LiteralValue): string {
  // Bare identifiers read naturally (`currency:EUR`, `date:long`) and parse back to the same string.
  if (typeof arg === "string" && isIdentifier(arg)) return arg;
  return printLiteral(arg);
}

function printLiteral(value: LiteralValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (isNegative(value))
      throw new RangeError(`Negative number ${value} cannot be written as a single token`);
    return printNumber(value);
  }
  if (value.includes("'")) {
    throw new RangeError("String literals cannot contain a single quote (the grammar has no escapes)");
  }
  return `'${value}'`;
}

function printIdentifier(name: string): string {
  if (!isIdentifier(name)) throw new RangeError(`'${name}' is not a valid identifier`);
  return name;
}

function isNegative(value: number): boolean {
  return value < 0 || Object.is(value, -0);
}

/** Digits only: the tokenizer reads `[0-9.]+`, so exponent notation (`1e+21`) must be expanded. */
function printNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written as a number literal`);
  const text = String(value);
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, whole = "", fraction = "", exponentText = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
