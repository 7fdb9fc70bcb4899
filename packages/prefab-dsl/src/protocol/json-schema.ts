/**
 * JSON Schema for the whole envelope, generated from the same specs the parser
 * uses (zod's converter). Recursive slots (children, callbacks) become `$ref`s to
 * per-type definitions, so editors can complete and validate nested trees.
 * Built on demand: the renderer never imports this module.
 */
import * as z from "zod/mini";
import { type ActionName, actions } from "./actions.js";
import { type ComponentType, components } from "./components/index.js";
import { EnvelopeShape, ThemeSchema } from "./envelope.js";
import { jsonObject, str } from "./schema-kit.js";

type Schema = z.core.$ZodType;

export function buildEnvelopeSchemas() {
  const registry = z.registry<{ id?: string; description?: string; title?: string }>();
  const Node: Schema = z.lazy(() => z.union([...componentSchemas, RefNode]));
  const Action: Schema = z.lazy(() => z.union(actionSchemas));
  const ActionList = z.union([Action, z.array(Action)]);
  const NodeList = z.array(Node);

  const RefNode = z.looseObject({ $ref: str, let: z.optional(jsonObject), cssClass: z.optional(str) });
  registry.add(RefNode, { id: "RefNode", description: "An instance of a template from defs." });

  const actionSchemas = (Object.keys(actions) as ActionName[]).map((name) => {
    const spec = actions[name];
    const shape: Record<string, Schema> = { action: z.literal(spec.action), ...spec.fields };
    for (const cb of spec.callbackKeys) shape[cb] = z.optional(ActionList);
    const schema = z.looseObject(shape);
    registry.add(schema, { id: `action.${name}`, description: spec.description });
    return schema;
  }) as unknown as [Schema, Schema, ...Schema[]];

  const componentSchemas = (Object.keys(components) as ComponentType[]).map((type) => {
    const spec = components[type];
    const shape: Record<string, Schema> = {
      type: z.literal(spec.type),
      id: z.optional(str),
      cssClass: z.optional(str),
      ...spec.props,
    };
    for (const e of spec.eventKeys) shape[e] = z.optional(ActionList);
    if (spec.children) {
      shape.children = z.optional(NodeList);
      shape.let = z.optional(jsonObject);
    }
    if (type === "Condition") {
      shape.cases = z.array(z.looseObject({ when: str, children: z.optional(NodeList) }));
      shape.else = z.optional(NodeList);
    }
    const schema = z.looseObject(shape);
    registry.add(schema, { id: type, description: spec.description });
    return schema;
  });

  const Envelope = z.looseObject({
    ...EnvelopeShape,
    view: z.optional(Node),
    defs: z.optional(z.record(z.string(), Node)),
    theme: z.optional(ThemeSchema),
    keyBindings: z.optional(z.record(z.string(), ActionList)),
  });
  registry.add(Envelope, {
    id: "Envelope",
    title: "Prefab UI envelope",
    description: "A Prefab view: protocol 0.2 or 0.3.",
  });
  return { Envelope, Node, Action, registry };
}

/** The envelope's JSON Schema (draft 2020-12). */
export function envelopeJsonSchema(): Record<string, unknown> {
  const { Envelope, registry } = buildEnvelopeSchemas();
  return z.toJSONSchema(Envelope, {
    target: "draft-2020-12",
    metadata: registry,
    unrepresentable: "any",
    cycles: "ref",
    reused: "ref",
  }) as Record<string, unknown>;
}

/** JSON Schema of one component's own props (children and actions left open). */
export function componentJsonSchema(type: ComponentType): Record<string, unknown> {
  const spec = components[type];
  return z.toJSONSchema(spec.schema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
