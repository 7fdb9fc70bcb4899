export type * from "./ast.js";
export { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_TOKENS, parseExpression } from "./parse.js";
export { isIdentifier, printExpression, printTemplate } from "./print.js";
export {
  hasTemplate,
  soleTemplateExpression,
  splitTemplate,
  type TemplateError,
  type TemplateExpression,
  type TemplatePart,
  type TemplateShape,
  type TemplateText,
  validateTemplates,
} from "./template.js";
export { type Token, type TokenizeResult, type TokenKind, tokenize } from "./tokenize.js";
