/** The component registry: every wire type, keyed by its `type` string. */
import * as charts from "./charts.js";
import * as controlFlow from "./control-flow.js";
import * as data from "./data.js";
import * as form from "./form.js";
import * as layout from "./layout.js";
import * as media from "./media.js";
import * as overlay from "./overlay.js";
import * as typography from "./typography.js";

// Specs are reached through the registry (`components.Button`); the bare names
// belong to the DSL builders. Value schemas shared by several props are exported.
export { ChartSeries } from "./charts.js";
export { ConditionCase } from "./control-flow.js";
export { DataTableColumn } from "./data.js";

const { ChartSeries: _s, ...chartSpecs } = charts;
const { ConditionCase: _c, ...controlFlowSpecs } = controlFlow;
const { DataTableColumn: _d, ...dataSpecs } = data;

export const components = {
  ...layout,
  ...typography,
  ...form,
  ...dataSpecs,
  ...chartSpecs,
  ...overlay,
  ...media,
  ...controlFlowSpecs,
} as const;

export type Components = typeof components;
export type ComponentType = keyof Components;

export function isComponentType(type: string): type is ComponentType {
  return Object.hasOwn(components, type);
}

export function getComponentSpec(type: string): Components[ComponentType] | undefined {
  return isComponentType(type) ? components[type] : undefined;
}
