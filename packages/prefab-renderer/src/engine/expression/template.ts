import { splitTemplate } from "@prefab-ui/dsl/expression";
import { BoundedCache } from "./cache.js";
import { toText } from "./coerce.js";
import { type CompiledExpression, compileExpression } from "./compile.js";
import type { ExpressionOptions, ScopeLookup } from "./types.js";

/** Evaluates one template string against a scope, with §5.2's sole/mixed rules. */
export type TemplateRunner = (lookup: ScopeLookup, options?: ExpressionOptions) => unknown;

const TEMPLATE_CACHE_LIMIT = 2000;
const cache = new BoundedCache<string, TemplateRunner>(TEMPLATE_CACHE_LIMIT);

/** Splits and parses a template string once; the returned runner is cached per string. */
export function compileTemplate(template: string): TemplateRunner {
  const hit = cache.get(template);
  if (hit !== undefined) return hit;
  const runner = buildRunner(template);
  cache.set(template, runner);
  return runner;
}

export function clearTemplateCache(): void {
  cache.clear();
}

const constant =
  (value: string): TemplateRunner =>
  () =>
    value;

function buildRunner(template: string): TemplateRunner {
  const shape = splitTemplate(template);
  if (shape.kind === "plain") return constant(template);
  if (shape.kind === "sole") {
    // Typed result; an unresolved or failing expression leaves the template text in place (§5.2).
    const compiled = compileExpression(shape.expression);
    return (lookup, options) => {
      const value = run(compiled, lookup, options);
      return value === undefined ? template : value;
    };
  }
  const parts = shape.parts.map((part) =>
    part.kind === "text" ? part.text : compileExpression(part.expression),
  );
  return (lookup, options) => {
    let out = "";
    for (const part of parts) {
      if (typeof part === "string") {
        out += part;
        continue;
      }
      const value = run(part, lookup, options);
      if (value !== undefined) out += toText(value);
    }
    return out;
  };
}

/** Evaluate, reporting and swallowing failures: the caller's fallback is the same for both (undefined). */
function run(
  compiled: CompiledExpression,
  lookup: ScopeLookup,
  options: ExpressionOptions | undefined,
): unknown {
  if (!compiled.ok) {
    options?.onIssue?.({
      kind: "parse",
      expression: compiled.source,
      message: compiled.error.message,
      offset: compiled.error.offset,
    });
    return undefined;
  }
  try {
    return compiled.evaluate(lookup, options);
  } catch (error) {
    options?.onIssue?.({ kind: "evaluate", expression: compiled.source, message: errorMessage(error) });
    return undefined;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : toText(error);
}
