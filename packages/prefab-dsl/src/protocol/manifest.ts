/**
 * The component manifest: type → description, props schema, defaults and a small
 * example. The LLM catalog (`prefab_catalog`) and editors read it; token costs are
 * estimated as characters / 4, which is close enough to budget prompts.
 */
import { type ActionName, actions } from "./actions.js";
import type { ComponentFamily } from "./component-spec.js";
import { type ComponentType, components } from "./components/index.js";
import { componentJsonSchema } from "./json-schema.js";

export interface ManifestEntry {
  type: string;
  family: ComponentFamily;
  description: string;
  since: "0.2" | "0.3";
  legacy: boolean;
  children: boolean;
  events: string[];
  stateful: boolean;
  defaults: Record<string, unknown>;
  example: Record<string, unknown>;
  props: Record<string, unknown>;
  /** Approximate prompt tokens of this entry (chars / 4). */
  tokens: number;
}

export interface ActionManifestEntry {
  action: string;
  description: string;
  since: "0.2" | "0.3";
  host: boolean;
  example: Record<string, unknown>;
  tokens: number;
}

export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

export function componentManifest(): ManifestEntry[] {
  return (Object.keys(components) as ComponentType[]).map((type) => {
    const spec = components[type];
    const schema = componentJsonSchema(type);
    const entry: Omit<ManifestEntry, "tokens"> = {
      type,
      family: spec.family,
      description: spec.description,
      since: spec.since,
      legacy: spec.legacy,
      children: spec.children,
      events: [...spec.events],
      stateful: spec.stateful !== undefined,
      defaults: spec.defaults as Record<string, unknown>,
      example: { type, ...spec.example },
      props: (schema.properties ?? {}) as Record<string, unknown>,
    };
    return { ...entry, tokens: estimateTokens(JSON.stringify(entry)) };
  });
}

export function actionManifest(): ActionManifestEntry[] {
  return (Object.keys(actions) as ActionName[]).map((name) => {
    const spec = actions[name];
    const entry = {
      action: name,
      description: spec.description,
      since: spec.since,
      host: spec.host,
      example: { action: name, ...spec.example },
    };
    return { ...entry, tokens: estimateTokens(JSON.stringify(entry)) };
  });
}

/**
 * A compact one-line-per-type catalog for prompts:
 * `Button(label!, icon, variant, size, buttonType, disabled; onClick) — A button; ...`
 */
export function compactCatalog(): string {
  const lines = (Object.keys(components) as ComponentType[])
    .filter((t) => !components[t].legacy)
    .map((type) => {
      const spec = components[type];
      const schema = componentJsonSchema(type) as { required?: string[] };
      const required = new Set(schema.required ?? []);
      const props = Object.keys(spec.props).map((p) => (required.has(p) ? `${p}!` : p));
      const events = [...spec.events];
      const sig = [props.join(", "), events.join(", ")].filter(Boolean).join("; ");
      return `${type}(${sig})${spec.children ? " [children]" : ""} — ${spec.description}`;
    });
  const actionLines = (Object.keys(actions) as ActionName[]).map(
    (name) => `${name}(${Object.keys(actions[name].fields).join(", ")}) — ${actions[name].description}`,
  );
  return ["# Components", ...lines, "", "# Actions", ...actionLines].join("\n");
}
