/**
 * `@prefab-ui/dsl`: the Prefab UI protocol (schemas, parser, JSON Schema, manifest)
 * and the TypeScript DSL that produces it.
 */
export * from "./dsl/index.js";
export * from "./protocol/index.js";
