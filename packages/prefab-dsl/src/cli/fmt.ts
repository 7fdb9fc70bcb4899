/**
 * `prefab fmt <file|-> [--write] [--compact]`: the canonical form of an envelope —
 * upgraded to protocol 0.3, pretty-printed, optionally without default-valued props.
 */

import { stripDefaults } from "../protocol/canonical.js";
import type { Envelope } from "../protocol/envelope.js";
import { formatIssue } from "../protocol/issues.js";
import { parseEnvelope } from "../protocol/parse.js";
import { upgradeEnvelope } from "../protocol/upgrade.js";
import { type CliIO, EXIT_INVALID, EXIT_OK, inputName, readInput, UsageError } from "./io.js";

export interface FmtOptions {
  /** Rewrite the file in place instead of printing. */
  write?: boolean;
  /** Drop props equal to the renderer defaults (as `PrefabApp` does by default). */
  compact?: boolean;
}

/** The formatted text of a valid envelope (0.3, two-space JSON, trailing newline). */
export function formatEnvelope(envelope: Envelope, compact = false): string {
  const upgraded = upgradeEnvelope(envelope);
  const out: Envelope = compact
    ? {
        ...upgraded,
        ...(upgraded.view ? { view: stripDefaults(upgraded.view) } : {}),
        ...(upgraded.defs ? { defs: stripDefaults(upgraded.defs) } : {}),
      }
    : upgraded;
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function fmtCommand(io: CliIO, source: string, options: FmtOptions = {}): Promise<number> {
  if (options.write && source === "-") throw new UsageError("--write needs a file, not standard input");
  const result = parseEnvelope(await readInput(io, source));
  // Formatting an envelope with errors would bake parser placeholders into the output
  // (or lose the broken nodes), so nothing is printed or written until it is valid.
  if (!result.ok || result.envelope === undefined) {
    for (const issue of result.issues) if (issue.severity === "error") io.stderr(`${formatIssue(issue)}\n`);
    io.stderr(`${inputName(source)}: not formatted (fix the errors first)\n`);
    return EXIT_INVALID;
  }
  const text = formatEnvelope(result.envelope, options.compact);
  if (options.write) {
    await io.writeFile(source, text);
    io.stderr(`formatted ${source}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT_OK;
}
