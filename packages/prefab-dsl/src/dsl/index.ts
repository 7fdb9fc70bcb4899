/** The TypeScript DSL: builders, typed state refs, expressions, actions and PrefabApp. */
export * from "./actions.js";
export * from "./app.js";
export { type Bindable, type Builder, type Child, type NodeLike, type PropsFor, builderType, component } from "./builder.js";
export * from "./components.js";
export * from "./control-flow.js";
export { Expr, type Operand, expr, isExpr, lit, toWire } from "./expr.js";
export * from "./form.js";
export * from "./ref.js";
