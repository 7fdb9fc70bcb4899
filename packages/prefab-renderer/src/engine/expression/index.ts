export { BoundedCache } from "./cache";
export {
  type CompiledExpression,
  clearExpressionCache,
  compileExpression,
  EXPRESSION_CACHE_LIMIT,
  type ExpressionEvaluator,
} from "./compile";
export { evaluateCondition } from "./condition";
export { evaluate } from "./evaluate";
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
} from "./format";
export { interpolate, interpolateString } from "./interpolate";
export { lookupFrom } from "./lookup";
export { readMember, resolvePath } from "./path";
export { applyPipe, BUILTIN_PIPE_NAMES } from "./pipes";
export { clearTemplateCache, compileTemplate, type TemplateRunner } from "./template";
export type {
  ExpressionIssue,
  ExpressionOptions,
  FormatContext,
  PipeFunction,
  PipeRegistry,
  ScopeLookup,
} from "./types";
