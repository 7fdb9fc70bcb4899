import { describe, expect, it } from "vitest";
import type { ExpressionNode } from "./ast.js";
import { parseExpression } from "./parse.js";
import { printExpression, printTemplate } from "./print.js";

function ast(source: string): ExpressionNode {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`parse failed: ${result.error.message} @${result.error.offset}`);
  return result.ast;
}

/** Canonical, fully explicit rendering so precedence is visible in the expectations. */
function shape(node: ExpressionNode): string {
  switch (node.kind) {
    case "literal":
      return JSON.stringify(node.value);
    case "path":
      return node.path;
    case "unary":
      return `(${node.operator}${shape(node.operand)})`;
    case "not":
      return `(!${shape(node.operand)})`;
    case "binary":
    case "comparison":
    case "logical":
      return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`;
    case "ternary":
      return `(${shape(node.test)} ? ${shape(node.consequent)} : ${shape(node.alternate)})`;
    case "pipe":
      return `(${shape(node.input)} |${node.name}${node.arg === undefined ? "" : `:${JSON.stringify(node.arg)}`})`;
    case "default":
      return `(${shape(node.input)} |default ${JSON.stringify(node.fallback)})`;
  }
}

describe("parseExpression: structure", () => {
  it.each([
    ["42", "42"],
    [".5", "0.5"],
    ["3.14", "3.14"],
    ["'hello world'", '"hello world"'],
    ["''", '""'],
    ["true", "true"],
    ["false", "false"],
    ["null", "null"],
    ["user.name", "user.name"],
    ["$item.tags.0", "$item.tags.0"],
    ["_a$b.c_1", "_a$b.c_1"],
    ["1 + 2 * 3", "(1 + (2 * 3))"],
    ["(1 + 2) * 3", "((1 + 2) * 3)"],
    ["10 - 4 - 3", "((10 - 4) - 3)"],
    ["1 + 7 % 4 * 2", "(1 + ((7 % 4) * 2))"],
    ["-7 % 3", "((-7) % 3)"],
    ["-x", "(-x)"],
    ["+x", "(+x)"],
    ["- - x", "(-(-x))"],
    ["!a", "(!a)"],
    ["not a", "(!a)"],
    ["!a == b", "(!(a == b))"],
    ["not not a", "(!(!a))"],
    ["a && b || c", "((a && b) || c)"],
    ["a and b or c", "((a && b) || c)"],
    ["a || b && c", "(a || (b && c))"],
    ["a == 1 and b != 2", "((a == 1) && (b != 2))"],
    ["a + 1 >= b * 2", "((a + 1) >= (b * 2))"],
    ["c ? x : y", "(c ? x : y)"],
    ["c ? x : d ? y : z", "(c ? x : (d ? y : z))"],
    ["c ? d ? x : y : z", "(c ? (d ? x : y) : z)"],
    ["a or b ? 1 : 2", "((a || b) ? 1 : 2)"],
    ["a * b | currency", "((a * b) |currency)"],
    ["c ? x : y | upper", "(c ? x : (y |upper))"],
    ["c ? (x | upper) : y", "(c ? (x |upper) : y)"],
    ["c ? x | round:2 : y", "(c ? (x |round:2) : y)"],
    ["c ? x | 'none' : y", '(c ? (x |default "none") : y)'],
    ["(c ? x : y) | upper", "((c ? x : y) |upper)"],
    ["(x | length) == 0", "((x |length) == 0)"],
    ["name | 'Anon'", '(name |default "Anon")'],
    ["n | 0", "(n |default 0)"],
    ["flag | false", "(flag |default false)"],
    ["v | null", "(v |default null)"],
    ["price | currency:EUR", '(price |currency:"EUR")'],
    ["x | default:5", "(x |default:5)"],
    ["x | default:true", "(x |default:true)"],
    ["x | default:null", "(x |default:null)"],
    ["x | join:', '", '(x |join:", ")'],
    ["x | date:long | upper", '((x |date:"long") |upper)'],
    ["x | truncate:20 | 'none'", '((x |truncate:20) |default "none")'],
    ["a | b.c", "(a |b.c)"],
  ])("%s", (source, expected) => {
    expect(shape(ast(source))).toBe(expected);
  });

  it("ignores whitespace of every ASCII kind", () => {
    expect(shape(ast("\t a\n+\r\nb "))).toBe("(a + b)");
  });

  it("splits dotted identifiers into segments", () => {
    expect(ast("a.b.0.c")).toEqual({ kind: "path", path: "a.b.0.c", segments: ["a", "b", "0", "c"] });
  });

  it("reads a numeric run the way parseFloat does", () => {
    expect(ast("1.2.3")).toEqual({ kind: "literal", value: 1.2 });
    expect(ast("5.")).toEqual({ kind: "literal", value: 5 });
  });

  it("keeps strings verbatim (no escapes)", () => {
    expect(ast("'a\\n{b}'")).toEqual({ kind: "literal", value: "a\\n{b}" });
  });

  it("types pipe arguments", () => {
    expect(ast("x | p:1.5")).toMatchObject({ arg: 1.5 });
    expect(ast("x | p:false")).toMatchObject({ arg: false });
    expect(ast("x | p:'5'")).toMatchObject({ arg: "5" });
    expect(ast("x | p:abc.d")).toMatchObject({ arg: "abc.d" });
    expect(ast("x | p")).not.toHaveProperty("arg");
  });

  it("identifiers that merely start with a keyword are paths", () => {
    expect(ast("true.x")).toMatchObject({ kind: "path", path: "true.x" });
    expect(ast("order")).toMatchObject({ kind: "path", path: "order" });
    expect(ast("nothing")).toMatchObject({ kind: "path", path: "nothing" });
  });
});

describe("parseExpression: errors", () => {
  it.each([
    ["", 0, /end of expression/],
    ["   ", 3, /end of expression/],
    ["a <", 3, /end of expression/],
    ["1 < 2 < 3", 6, /chained/],
    ["x | length == 0", 11, /comparison cannot follow a pipe/],
    ["a b", 2, /identifier 'b'/],
    ["a = b", 2, /Unexpected character '='/],
    ['"double"', 0, /Unexpected character '"'/],
    ["'open", 0, /Unterminated string/],
    ["(a + b", 6, /Expected '\)'/],
    ["a ? b", 5, /Expected ':'/],
    // `upper : y` reads as a pipe argument, as in the published renderer.
    ["c ? x | upper : y", 17, /Expected ':'/],
    ["a |", 3, /pipe name or a default value/],
    ["a | (b)", 4, /pipe name or a default value/],
    ["a | currency:", 13, /pipe argument/],
    ["a | round:-1", 10, /pipe argument/],
    ["a ** 2", 3, /Unexpected '\*'/],
    ["f(x)", 1, /Unexpected '\('/],
    ["a[0]", 1, /Unexpected character '\['/],
    ["a & b", 2, /Unexpected character '&'/],
    [")", 0, /Unexpected '\)'/],
    ["1 2", 2, /Unexpected '2'/],
    ["- !a", 2, /Unexpected '!'/],
  ])("%j fails at %i", (source, offset, message) => {
    const result = parseExpression(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.offset).toBe(offset);
      expect(result.error.message).toMatch(message);
    }
  });

  it("rejects pathological nesting without throwing", () => {
    for (const source of [
      "(".repeat(100_000),
      `${"(".repeat(5000)}1${")".repeat(5000)}`,
      "!".repeat(50_000),
      "-".repeat(50_000),
    ]) {
      const result = parseExpression(source);
      expect(result.ok).toBe(false);
    }
  });

  it("accepts nesting well inside the limit", () => {
    expect(parseExpression(`${"(".repeat(100)}1${")".repeat(100)}`).ok).toBe(true);
  });

  it("caps expression length", () => {
    expect(parseExpression(Array.from({ length: 3000 }, () => "1").join("+")).ok).toBe(false);
  });
});

describe("printExpression", () => {
  it.each([
    ["a  +  b*c", "a + b * c"],
    ["(a + b) * c", "(a + b) * c"],
    ["a - (b - c)", "a - (b - c)"],
    ["(a - b) - c", "a - b - c"],
    ["not (a and b)", "!(a && b)"],
    ["-(a + 1)", "-(a + 1)"],
    ["(c ? x : y) | upper", "(c ? x : y) | upper"],
    ["c ? x : (y | upper)", "c ? x : y | upper"],
    ["(x | length) == 0", "(x | length) == 0"],
    ["(a == b) == c", "(a == b) == c"],
    ["x | currency:'EUR'", "x | currency:EUR"],
    ["x | default:'true'", "x | default:'true'"],
    ["x | join:', ' | 'none'", "x | join:', ' | 'none'"],
    ["(a ? b : c) ? d : e", "(a ? b : c) ? d : e"],
    ["!(-a)", "!-a"],
    ["c ? (x | upper) : y", "c ? (x | upper) : y"],
    ["c ? (d ? x : y | upper) : z", "c ? (d ? x : y | upper) : z"],
    ["c ? x | round:2 : y", "c ? x | round:2 : y"],
    ["-(!a)", "-(!a)"],
  ])("%s → %s", (source, printed) => {
    expect(printExpression(ast(source))).toBe(printed);
  });

  it("prints numbers without exponents", () => {
    expect(printExpression({ kind: "literal", value: 1e21 })).toBe("1000000000000000000000");
    expect(printExpression({ kind: "literal", value: 1.5e-7 })).toBe("0.00000015");
    expect(printExpression({ kind: "literal", value: 1.25e22 })).toBe("12500000000000000000000");
    expect(ast(printExpression({ kind: "literal", value: 1.5e-7 }))).toEqual({
      kind: "literal",
      value: 1.5e-7,
    });
  });

  it("writes negative literals as unary minus", () => {
    expect(printExpression({ kind: "literal", value: -5 })).toBe("-5");
  });

  it("refuses what the grammar cannot spell", () => {
    expect(() => printExpression({ kind: "literal", value: "it's" })).toThrow(RangeError);
    expect(() => printExpression({ kind: "literal", value: Number.NaN })).toThrow(RangeError);
    expect(() => printExpression({ kind: "path", path: "a-b", segments: ["a-b"] })).toThrow(RangeError);
    expect(() => printExpression({ kind: "path", path: "and", segments: ["and"] })).toThrow(RangeError);
    expect(() =>
      printExpression({ kind: "pipe", input: { kind: "literal", value: 1 }, name: "round", arg: -1 }),
    ).toThrow(RangeError);
  });
});

describe("printTemplate", () => {
  it("wraps the printed expression in braces", () => {
    expect(printTemplate(ast("a*b|currency:EUR"))).toBe("{{ a * b | currency:EUR }}");
  });

  it("refuses text that would end the template early", () => {
    expect(() => printTemplate({ kind: "literal", value: "}}" })).toThrow(RangeError);
  });
});
