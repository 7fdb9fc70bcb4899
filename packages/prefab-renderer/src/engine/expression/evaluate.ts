import type { ExpressionNode } from "@prefab-ui/dsl/expression";
import { toNumber, toText } from "./coerce.js";
import { resolvePath } from "./path.js";
import { applyPipe } from "./pipes.js";
import type { ExpressionOptions, ScopeLookup } from "./types.js";

/**
 * Evaluate a parsed expression with the protocol's JavaScript semantics (§5.3): loose `==`, `+`
 * concatenates when either side is a string, `&&`/`||` return an operand, `!` returns a boolean,
 * missing paths are `undefined`.
 *
 * `&&`, `||` and `?:` short-circuit. (The published renderer evaluates while parsing, so it computes both
 * sides; the result is the same unless a custom pipe has side effects or throws in the branch not taken.)
 *
 * May throw, only from a custom pipe or a value that refuses conversion to a primitive; `interpolate`
 * and `evaluateCondition` catch that and apply their fallbacks.
 */
export function evaluate(node: ExpressionNode, lookup: ScopeLookup, options?: ExpressionOptions): unknown {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "path":
      return resolvePath(node, lookup);
    case "unary": {
      const operand = toNumber(evaluate(node.operand, lookup, options));
      return node.operator === "-" ? -operand : operand;
    }
    case "not":
      return !evaluate(node.operand, lookup, options);
    case "binary":
      return arithmetic(
        node.operator,
        evaluate(node.left, lookup, options),
        evaluate(node.right, lookup, options),
      );
    case "comparison":
      return compare(
        node.operator,
        evaluate(node.left, lookup, options),
        evaluate(node.right, lookup, options),
      );
    case "logical": {
      const left = evaluate(node.left, lookup, options);
      if (node.operator === "&&") return left ? evaluate(node.right, lookup, options) : left;
      return left ? left : evaluate(node.right, lookup, options);
    }
    case "ternary":
      return evaluate(node.test, lookup, options)
        ? evaluate(node.consequent, lookup, options)
        : evaluate(node.alternate, lookup, options);
    case "pipe":
      return applyPipe(
        node.name,
        evaluate(node.input, lookup, options),
        node.arg,
        options?.format,
        options?.pipes,
      );
    case "default":
      return evaluate(node.input, lookup, options) ?? node.fallback;
  }
}

function arithmetic(operator: "+" | "-" | "*" | "/" | "%", left: unknown, right: unknown): unknown {
  switch (operator) {
    case "+":
      // Unlike JS `+`, non-string operands are added numerically (`[1] + [2]` is 3), as in the protocol.
      return typeof left === "string" || typeof right === "string"
        ? toText(left) + toText(right)
        : Number(left) + Number(right);
    case "-":
      return Number(left) - Number(right);
    case "*":
      return Number(left) * Number(right);
    case "/":
      return Number(left) / Number(right);
    case "%":
      return Number(left) % Number(right);
  }
}

function compare(operator: "==" | "!=" | ">" | ">=" | "<" | "<=", left: unknown, right: unknown): boolean {
  // Relational operators keep JavaScript's coercions (strings compare lexically, `null` acts as 0).
  const l = left as number;
  const r = right as number;
  switch (operator) {
    case "==":
      // biome-ignore lint/suspicious/noDoubleEquals: the protocol specifies JavaScript loose equality.
      return left == right;
    case "!=":
      // biome-ignore lint/suspicious/noDoubleEquals: the protocol specifies JavaScript loose equality.
      return left != right;
    case ">":
      return l > r;
    case ">=":
      return l >= r;
    case "<":
      return l < r;
    case "<=":
      return l <= r;
  }
}
