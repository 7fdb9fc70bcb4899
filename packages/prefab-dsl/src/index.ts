/**
 * `@prefab-ui/dsl`: the Prefab UI protocol (schemas, parser, JSON Schema, manifest)
 * and the TypeScript DSL that produces it.
 */
export * from "./dsl/index.js";
export {
  LINT_RULES,
  type LintContext,
  type LintInputResult,
  type LintNode,
  type LintOptions,
  type LintRule,
  lintEnvelope,
  lintInput,
  type ThemeName as LintTheme,
} from "./lint/index.js";
export * from "./protocol/index.js";
