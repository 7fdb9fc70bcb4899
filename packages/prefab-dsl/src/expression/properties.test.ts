import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExpressionNode, LiteralValue } from "./ast.js";
import { parseExpression } from "./parse.js";
import { isIdentifier, printExpression } from "./print.js";
import { validateTemplates } from "./template.js";

const GRAMMAR_CHARS = [
  ..."abcxyz_$.0123456789 '()|?:!=<>+-*/%&{}\"",
  "and",
  "or",
  "not",
  "true",
  "null",
  "{{",
  "}}",
];
const grammarish = fc
  .array(fc.constantFrom(...GRAMMAR_CHARS), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("parser robustness", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) => {
        const result = parseExpression(source);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) {
          expect(result.error.offset).toBeGreaterThanOrEqual(0);
          expect(result.error.offset).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on strings made of grammar pieces", () => {
    fc.assert(
      fc.property(grammarish, (source) => {
        const result = parseExpression(source);
        if (!result.ok) expect(result.error.offset).toBeLessThanOrEqual(source.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("validateTemplates never throws and reports offsets inside the string", () => {
    fc.assert(
      fc.property(grammarish, (value) => {
        for (const error of validateTemplates(value)) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(value.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a successfully parsed expression prints to a canonical form that parses to the same AST", () => {
    fc.assert(
      fc.property(grammarish, (source) => {
        const result = parseExpression(source);
        fc.pre(result.ok);
        if (!result.ok) return;
        let printed: string;
        try {
          printed = printExpression(result.ast);
        } catch {
          return; // e.g. a numeric run so long it overflowed to Infinity
        }
        const again = parseExpression(printed);
        expect(again).toEqual({ ok: true, ast: result.ast });
      }),
      { numRuns: 3000 },
    );
  });
});

const identifier = fc.stringMatching(/^[a-zA-Z_$][a-zA-Z0-9_.$]{0,8}$/).filter(isIdentifier);
const stringValue = fc.string({ maxLength: 8 }).filter((s) => !s.includes("'"));
const numberValue = fc.oneof(
  fc.nat({ max: 10_000 }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const literalValue: fc.Arbitrary<LiteralValue> = fc.oneof(
  stringValue,
  numberValue,
  fc.boolean(),
  fc.constant(null),
);

const expressionArb: fc.Arbitrary<ExpressionNode> = fc.letrec<{ expr: ExpressionNode }>((tie) => {
  const expr = tie("expr");
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      literalValue.map((value): ExpressionNode => ({ kind: "literal", value })),
      identifier.map((path): ExpressionNode => ({ kind: "path", path, segments: path.split(".") })),
      fc.record({
        kind: fc.constant("unary" as const),
        operator: fc.constantFrom("-" as const, "+" as const),
        operand: expr,
      }),
      fc.record({ kind: fc.constant("not" as const), operand: expr }),
      fc.record({
        kind: fc.constant("binary" as const),
        operator: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const, "%" as const),
        left: expr,
        right: expr,
      }),
      fc.record({
        kind: fc.constant("comparison" as const),
        operator: fc.constantFrom(
          "==" as const,
          "!=" as const,
          ">" as const,
          ">=" as const,
          "<" as const,
          "<=" as const,
        ),
        left: expr,
        right: expr,
      }),
      fc.record({
        kind: fc.constant("logical" as const),
        operator: fc.constantFrom("&&" as const, "||" as const),
        left: expr,
        right: expr,
      }),
      fc.record({ kind: fc.constant("ternary" as const), test: expr, consequent: expr, alternate: expr }),
      fc.record(
        { kind: fc.constant("pipe" as const), input: expr, name: identifier, arg: literalValue },
        { requiredKeys: ["kind", "input", "name"] },
      ),
      fc.record({ kind: fc.constant("default" as const), input: expr, fallback: literalValue }),
    ),
  };
}).expr;

describe("printExpression / parseExpression round trip", () => {
  it("parse(print(ast)) equals ast for generated ASTs", () => {
    fc.assert(
      fc.property(expressionArb, (node) => {
        const printed = printExpression(node);
        const result = parseExpression(printed);
        if (!result.ok) throw new Error(`${printed}: ${result.error.message} @${result.error.offset}`);
        expect(result.ast).toEqual(node);
      }),
      { numRuns: 3000 },
    );
  });

  it("printing is idempotent", () => {
    fc.assert(
      fc.property(expressionArb, (node) => {
        const printed = printExpression(node);
        const result = parseExpression(printed);
        expect(result.ok && printExpression(result.ast)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });
});
