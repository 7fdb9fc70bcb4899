/** The Prefab wire protocol: schemas, types and the envelope parser. */
export { type ActionName, type ActionSpec, type Actions, actions, getActionSpec } from "./actions.js";
export * from "./canonical.js";
export * from "./component-spec.js";
export * from "./components/index.js";
export * from "./envelope.js";
export * from "./issues.js";
export * from "./json-path.js";
export * from "./json-schema.js";
export * from "./limits.js";
export * from "./manifest.js";
export * from "./nodes.js";
export * from "./parse.js";
export * from "./plain-rows.js";
export * from "./upgrade.js";
