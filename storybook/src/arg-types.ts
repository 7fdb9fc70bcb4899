/**
 * Storybook `argTypes` derived from the component's JSON Schema (`componentJsonSchema`,
 * generated from the zod spec), so controls cannot drift from the protocol:
 * enum → select, boolean → boolean, number → number, string → text, anything else → object.
 * Most props also accept a `{{ template }}` string; the control offers the literal form.
 */
import { type ComponentType, componentJsonSchema, getComponentSpec } from "@prefab-ui/dsl";
import type { ArgTypes } from "@storybook/react-vite";

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  pattern?: string;
}

/** Props that are not edited through controls: identity, actions, children. */
const SKIP = new Set(["type", "children", "let", "onMount"]);

type Control = ArgTypes[string]["control"];

/** The first literal (non-template) alternative decides the control. */
export function controlFor(schema: JsonSchema): { control: Control; options?: unknown[]; summary: string } {
  // `{{ template }}` alternatives (a string with a pattern) say nothing about the literal type.
  const all = schema.anyOf ?? [schema];
  const literal = all.filter((a) => !(a.type === "string" && a.pattern?.includes("\\{\\{")));
  const alts = literal.length > 0 ? literal : all;
  const enums = alts.flatMap((a) => a.enum ?? (a.const !== undefined ? [a.const] : []));
  const types = new Set(alts.flatMap((a) => (Array.isArray(a.type) ? a.type : a.type ? [a.type] : [])));
  if (enums.length > 0) {
    return {
      control: { type: "select" },
      options: enums,
      summary: enums.map((e) => JSON.stringify(e)).join(" | "),
    };
  }
  if (types.has("boolean")) return { control: { type: "boolean" }, summary: "boolean" };
  const only = (...t: string[]) => types.size > 0 && [...types].every((x) => t.includes(x));
  if (only("number", "integer")) return { control: { type: "number" }, summary: "number" };
  if (only("string", "number", "integer"))
    return { control: { type: "text" }, summary: [...types].join(" | ") };
  return { control: { type: "object" }, summary: [...types].join(" | ") || "json" };
}

const cache = new Map<string, ArgTypes>();

export function argTypesFor(type: string): ArgTypes {
  const hit = cache.get(type);
  if (hit) return hit;
  const spec = getComponentSpec(type);
  const out: ArgTypes = {};
  if (spec) {
    const schema = componentJsonSchema(type as ComponentType) as JsonSchema;
    const required = new Set(schema.required ?? []);
    for (const [prop, s] of Object.entries(schema.properties ?? {})) {
      if (SKIP.has(prop)) continue;
      if (spec.eventKeys.has(prop)) {
        out[prop] = {
          control: { type: "object" },
          table: { category: "events", type: { summary: "action | action[]" } },
        };
        continue;
      }
      const { control, options, summary } = controlFor(s);
      const def = (spec.defaults as Record<string, unknown>)[prop];
      out[prop] = {
        control,
        ...(options ? { options } : {}),
        ...(s.description ? { description: s.description } : {}),
        type: { name: "other", value: summary, required: required.has(prop) },
        table: {
          type: { summary },
          ...(def !== undefined ? { defaultValue: { summary: JSON.stringify(def) } } : {}),
          category: prop === "id" || prop === "cssClass" ? "common" : "props",
        },
      };
    }
  }
  cache.set(type, out);
  return out;
}

/** The values of an enum prop (for variant stories: every `variant`/`size`). */
export function enumValues(type: string, prop: string): string[] {
  const schema = componentJsonSchema(type as ComponentType) as JsonSchema;
  const s = schema.properties?.[prop];
  if (!s) return [];
  const opts = controlFor(s).options ?? [];
  return opts.filter((o): o is string => typeof o === "string");
}
