export { BoundedCache } from "./cache.js";
export {
  type CompiledExpression,
  clearExpressionCache,
  compileExpression,
  EXPRESSION_CACHE_LIMIT,
  type ExpressionEvaluator,
} from "./compile.js";
export { evaluateCondition } from "./condition.js";
export { evaluate } from "./evaluate.js";
export {
  clearFormatCache,
  type DateStyle,
  dateTimeFormat,
  formatCompact,
  formatCurrency,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatTime,
  numberFormat,
} from "./format.js";
export { interpolate, interpolateString } from "./interpolate.js";
export { lookupFrom } from "./lookup.js";
export { readMember, resolvePath } from "./path.js";
export { applyPipe, BUILTIN_PIPE_NAMES } from "./pipes.js";
export { clearTemplateCache, compileTemplate, type TemplateRunner } from "./template.js";
export type {
  ExpressionIssue,
  ExpressionOptions,
  FormatContext,
  PipeFunction,
  PipeRegistry,
  ScopeLookup,
} from "./types.js";
