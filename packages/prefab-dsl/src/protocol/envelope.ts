/** The envelope: the JSON object a tool returns (as structuredContent) or a page embeds. */
import * as z from "zod/mini";
import type { ActionList, Node } from "./nodes.js";
import { jsonObject, str } from "./schema-kit.js";

export const SUPPORTED_VERSIONS = ["0.2", "0.3"] as const;
export type ProtocolVersion = (typeof SUPPORTED_VERSIONS)[number];
export const CURRENT_VERSION: ProtocolVersion = "0.3";

/** 0.2 themes: CSS variable maps (keys without `--`); the generative path also sends CSS strings. */
export const ThemeSchema = z.looseObject({
  light: z.optional(z.union([z.record(z.string(), z.string()), z.string()])),
  dark: z.optional(z.union([z.record(z.string(), z.string()), z.string()])),
  css: z.optional(z.string()),
});
export type Theme = z.output<typeof ThemeSchema>;

/**
 * Envelope keys with their own validation. `view`, `defs` values and `keyBindings`
 * values are walked node by node by the parser, so they are `unknown` here.
 */
export const EnvelopeShape = {
  version: z.optional(str),
  $prefab: z.optional(z.looseObject({ version: str })),
  view: z.optional(z.unknown()),
  state: z.optional(jsonObject),
  defs: z.optional(z.record(z.string(), z.unknown())),
  theme: z.optional(ThemeSchema),
  keyBindings: z.optional(z.record(z.string(), z.unknown())),
  css: z.optional(z.array(z.string())),
  stylesheets: z.optional(z.array(z.string())),
  mode: z.optional(z.enum(["light", "dark"])),
  _meta: z.optional(jsonObject),
};
export const EnvelopeFieldsSchema = z.looseObject(EnvelopeShape);

export interface Envelope {
  version?: string;
  $prefab?: { version: string };
  view?: Node;
  state?: Record<string, unknown>;
  defs?: Record<string, Node>;
  theme?: Theme;
  keyBindings?: Record<string, ActionList>;
  css?: string[];
  stylesheets?: string[];
  mode?: "light" | "dark";
  _meta?: Record<string, unknown>;
}

/** `$prefab.version ?? version`; absent means 0.2 (the only version without a marker). */
export function envelopeVersion(envelope: { version?: unknown; $prefab?: unknown }): string {
  const marker = envelope.$prefab as { version?: unknown } | undefined;
  if (marker && typeof marker.version === "string") return marker.version;
  if (typeof envelope.version === "string") return envelope.version;
  return "0.2";
}
