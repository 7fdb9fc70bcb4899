/**
 * `prefab schema [--out dir] [--tokens]`: the envelope's JSON Schema (for editors) and
 * the component/action manifest (for catalogs and LLM prompts), both generated from
 * the same specs the parser validates with.
 */
import { join } from "node:path";
import { envelopeJsonSchema } from "../protocol/json-schema.js";
import { actionManifest, compactCatalog, componentManifest, estimateTokens } from "../protocol/manifest.js";
import { type CliIO, EXIT_OK } from "./io.js";

export interface SchemaOptions {
  /** Write `envelope.schema.json` and `manifest.json` here instead of printing the schema. */
  out?: string;
  /** Print the approximate prompt cost of each component on stderr. */
  tokens?: boolean;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A plain-text table of manifest token costs, most expensive first. */
export function tokenTable(): string {
  const rows = componentManifest()
    .map((e) => ({ name: e.type, family: e.family, tokens: e.tokens }))
    .sort((a, b) => b.tokens - a.tokens || a.name.localeCompare(b.name));
  const width = Math.max(9, ...rows.map((r) => r.name.length));
  const famWidth = Math.max(6, ...rows.map((r) => r.family.length));
  const line = (a: string, b: string, c: string) =>
    `${a.padEnd(width)}  ${b.padEnd(famWidth)}  ${c.padStart(6)}\n`;
  let out = line("component", "family", "tokens");
  out += line("-".repeat(width), "-".repeat(famWidth), "------");
  for (const r of rows) out += line(r.name, r.family, String(r.tokens));
  const total = rows.reduce((sum, r) => sum + r.tokens, 0);
  const actionsTotal = actionManifest().reduce((sum, a) => sum + a.tokens, 0);
  out += line("-".repeat(width), "-".repeat(famWidth), "------");
  out += line(`${rows.length} components`, "", String(total));
  out += line("actions", "", String(actionsTotal));
  // The compact catalog is what a prompt would actually embed; show its cost too.
  out += line("compact catalog", "", String(estimateTokens(compactCatalog())));
  return out;
}

export async function schemaCommand(io: CliIO, options: SchemaOptions = {}): Promise<number> {
  const schema = envelopeJsonSchema();
  if (options.out !== undefined) {
    await io.mkdir(options.out);
    const schemaPath = join(options.out, "envelope.schema.json");
    const manifestPath = join(options.out, "manifest.json");
    await io.writeFile(schemaPath, json(schema));
    await io.writeFile(manifestPath, json({ components: componentManifest(), actions: actionManifest() }));
    io.stderr(`wrote ${schemaPath}\nwrote ${manifestPath}\n`);
  } else {
    io.stdout(json(schema));
  }
  if (options.tokens) io.stderr(tokenTable());
  return EXIT_OK;
}
