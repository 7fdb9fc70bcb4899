import type { ExpressionError } from "./ast.js";

/**
 * Token kinds. Keyword operators are normalised here (`and` → `&&`, `or` → `||`, `not` → `!`) so the
 * parser only ever sees one spelling.
 */
export type TokenKind =
  | "number"
  | "string"
  | "ident"
  | "boolean"
  | "null"
  | "operator"
  | "not"
  | "("
  | ")"
  | "|"
  | "?"
  | ":"
  | "end";

export interface Token {
  readonly kind: TokenKind;
  /** Normalised text: the string contents without quotes, the canonical operator, the identifier. */
  readonly text: string;
  /** 0-based index of the token's first character in the source. */
  readonly offset: number;
}

export type TokenizeResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: ExpressionError };

const TWO_CHAR_OPERATORS = new Set(["==", "!=", ">=", "<=", "||", "&&"]);
const ONE_CHAR_OPERATORS = new Set([">", "<", "+", "-", "*", "/", "%"]);
const PUNCTUATION: Readonly<Record<string, TokenKind>> = {
  "(": "(",
  ")": ")",
  "|": "|",
  "?": "?",
  ":": ":",
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isIdentStart = (c: string): boolean =>
  (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_" || c === "$";
const isIdentPart = (c: string | undefined): boolean =>
  c !== undefined && (isIdentStart(c) || isDigit(c) || c === ".");
// Only the ASCII whitespace a JSON author can type; anything exotic is reported rather than skipped.
const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";

function keywordToken(word: string, offset: number): Token {
  switch (word) {
    case "true":
    case "false":
      return { kind: "boolean", text: word, offset };
    case "null":
      return { kind: "null", text: word, offset };
    case "and":
      return { kind: "operator", text: "&&", offset };
    case "or":
      return { kind: "operator", text: "||", offset };
    case "not":
      return { kind: "not", text: "!", offset };
    default:
      return { kind: "ident", text: word, offset };
  }
}

/** Split an expression into tokens. Never throws; the token list always ends with an `end` token. */
export function tokenize(source: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_OPERATORS.has(two)) {
      tokens.push({ kind: "operator", text: two, offset: i });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPERATORS.has(c)) {
      tokens.push({ kind: "operator", text: c, offset: i });
      i++;
      continue;
    }
    if (c === "!") {
      tokens.push({ kind: "not", text: "!", offset: i });
      i++;
      continue;
    }
    const punct = PUNCTUATION[c];
    if (punct !== undefined) {
      tokens.push({ kind: punct, text: c, offset: i });
      i++;
      continue;
    }
    if (c === "'") {
      // The protocol has no escapes: the string runs to the next quote.
      const close = source.indexOf("'", i + 1);
      if (close === -1) return fail("Unterminated string literal", i);
      tokens.push({ kind: "string", text: source.slice(i + 1, close), offset: i });
      i = close + 1;
      continue;
    }
    if (isDigit(c) || (c === "." && isDigit(source[i + 1]))) {
      // NUMBER := [0-9.]+ — a run like `1.2.3` is one token whose value is parseFloat's reading (1.2).
      const start = i;
      while (i < source.length && (isDigit(source[i]) || source[i] === ".")) i++;
      tokens.push({ kind: "number", text: source.slice(start, i), offset: start });
      continue;
    }
    if (isIdentStart(c)) {
      const start = i;
      while (isIdentPart(source[i])) i++;
      tokens.push(keywordToken(source.slice(start, i), start));
      continue;
    }
    return fail(`Unexpected character '${c}'`, i);
  }
  tokens.push({ kind: "end", text: "", offset: source.length });
  return { ok: true, tokens };
}

function fail(message: string, offset: number): TokenizeResult {
  return { ok: false, error: { message, offset } };
}
