import { compileExpression } from "./compile.js";
import { errorMessage } from "./template.js";
import type { ExpressionOptions, ScopeLookup } from "./types.js";

/**
 * `Condition.cases[].when` and `setInterval.while` (§5.5): strip one outer `{{ }}`, evaluate, coerce with
 * `!!`. An empty condition is false, undefined keys are simply falsy.
 *
 * A parse error is false and reported through `options.onIssue`. (Protocol 0.2 fell back to
 * `!!state[rawString]`, which silently turned typos into "always false" or, worse, into a state lookup.)
 * Non-string conditions, e.g. a boolean produced by earlier interpolation, are coerced directly.
 */
export function evaluateCondition(
  condition: unknown,
  lookup: ScopeLookup,
  options?: ExpressionOptions,
): boolean {
  if (typeof condition !== "string") return Boolean(condition);
  const expression = stripBraces(condition.trim()).trim();
  if (expression === "") return false;
  const compiled = compileExpression(expression);
  if (!compiled.ok) {
    options?.onIssue?.({
      kind: "parse",
      expression,
      message: compiled.error.message,
      offset: compiled.error.offset,
    });
    return false;
  }
  try {
    return Boolean(compiled.evaluate(lookup, options));
  } catch (error) {
    options?.onIssue?.({ kind: "evaluate", expression, message: errorMessage(error) });
    return false;
  }
}

function stripBraces(text: string): string {
  return text.length >= 4 && text.startsWith("{{") && text.endsWith("}}") ? text.slice(2, -2) : text;
}
