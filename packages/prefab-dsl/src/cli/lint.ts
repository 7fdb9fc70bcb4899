/**
 * `prefab lint <file|->`: accessibility advice on an envelope. It parses first (parser
 * errors are printed too, since a broken node can't be linted), then prints one line per
 * finding and a summary. Findings are advice, so the exit code is 0 unless the input is
 * invalid, or `--strict` asks for 1 on any finding (for CI).
 */
import { lintInput } from "../lint/index.js";
import type { ThemeName } from "../lint/types.js";
import { formatIssue } from "../protocol/issues.js";
import { type CliIO, EXIT_INVALID, EXIT_OK, inputName, readInput, UsageError } from "./io.js";

export interface LintCommandOptions {
  theme?: ThemeName | "both";
  /** Print only parser errors and the summary. */
  quiet?: boolean;
  /** Exit 1 when there is any finding. */
  strict?: boolean;
}

const THEMES = new Set(["light", "dark", "both"]);

/** Check a `--theme` value from the command line. */
export function parseTheme(value: string | undefined): ThemeName | "both" | undefined {
  if (value === undefined) return undefined;
  if (!THEMES.has(value)) throw new UsageError(`--theme must be light, dark or both, got "${value}"`);
  return value as ThemeName | "both";
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function lintCommand(
  io: CliIO,
  source: string,
  options: LintCommandOptions = {},
): Promise<number> {
  const text = await readInput(io, source);
  const { errors, findings } = lintInput(text, options.theme !== undefined ? { theme: options.theme } : {});
  for (const issue of errors) io.stdout(`${formatIssue(issue)}\n`);
  if (!options.quiet) for (const issue of findings) io.stdout(`${formatIssue(issue)}\n`);

  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const detail = [...byCode].map(([code, n]) => `${code} ${n}`).join(", ");
  const summary =
    findings.length === 0
      ? "no accessibility findings"
      : `${plural(findings.length, "accessibility warning")} (${detail})`;
  const name = inputName(source);
  io.stdout(
    errors.length > 0
      ? `${name}: invalid (${plural(errors.length, "error")}); ${summary}\n`
      : `${name}: ${summary}\n`,
  );

  if (errors.length > 0) return EXIT_INVALID;
  return options.strict && findings.length > 0 ? EXIT_INVALID : EXIT_OK;
}
