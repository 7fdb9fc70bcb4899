/** The component registry: every wire type, keyed by its `type` string. */
import { specs as charts } from "./charts.js";
import { specs as controlFlow } from "./control-flow.js";
import { specs as data } from "./data.js";
import { specs as form } from "./form.js";
import { specs as layout } from "./layout.js";
import { specs as media } from "./media.js";
import { specs as overlay } from "./overlay.js";
import { specs as typography } from "./typography.js";

// Specs are reached through the registry (`components.Button`); the bare names
// belong to the DSL builders. Value schemas shared by several props are exported.
export { ChartSeries } from "./charts.js";
export { ConditionCase } from "./control-flow.js";
export { DataTableColumn } from "./data.js";

// Each family lists its specs in name order (a test checks the lists are complete): spreading `import * as` namespaces
// put an object of ~130 getters in the renderer's bundle and ran them at start-up.
type Spec = (
  | typeof layout
  | typeof typography
  | typeof form
  | typeof data
  | typeof charts
  | typeof overlay
  | typeof media
  | typeof controlFlow
)[number];
export type Components = { readonly [S in Spec as S["type"]]: S };
export type ComponentType = keyof Components;

export const components = Object.fromEntries(
  [layout, typography, form, data, charts, overlay, media, controlFlow].flatMap((family) =>
    family.map((spec) => [spec.type, spec]),
  ),
) as Components;

export function isComponentType(type: string): type is ComponentType {
  return Object.hasOwn(components, type);
}

export function getComponentSpec(type: string): Components[ComponentType] | undefined {
  return isComponentType(type) ? components[type] : undefined;
}
