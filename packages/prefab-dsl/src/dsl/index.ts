/** The TypeScript DSL: builders, typed state refs, expressions, actions and PrefabApp. */
export * from "./actions.js";
export * from "./app.js";
export {
  type Bindable,
  type Builder,
  builderType,
  type Child,
  component,
  type NodeLike,
  type PropsFor,
} from "./builder.js";
export * from "./components.js";
export * from "./control-flow.js";
export { Expr, expr, isExpr, lit, type Operand, toWire } from "./expr.js";
export * from "./form.js";
export * from "./ref.js";
