/**
 * `prefab validate <file|->`: parse an envelope with the same rules renderers use and
 * print one line per issue, then a summary. Exit 1 when there is any error.
 */
import * as expression from "../expression/index.js";
import { formatIssue, type Issue } from "../protocol/issues.js";
import { isObject } from "../protocol/json.js";
import { formatPath, type PathSegment } from "../protocol/json-path.js";
import { parseEnvelope } from "../protocol/parse.js";
import { type CliIO, EXIT_INVALID, EXIT_OK, inputName, readInput } from "./io.js";

export interface ValidateOptions {
  /** Hide warnings (errors and the summary are still printed). */
  quiet?: boolean;
}

/**
 * Expression syntax inside `{{ }}` is not checked by `parseEnvelope` (a renderer shows a
 * bad expression as empty text rather than failing the view), so the CLI reports it
 * separately, as warnings. Only `view`, `defs` and `keyBindings` hold templates: `state`
 * is data and is never interpolated.
 */
export function templateIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(raw)) return issues;
  const path: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (!expression.hasTemplate(value)) return;
      for (const err of expression.validateTemplates(value)) {
        issues.push({
          severity: "warning",
          code: "invalid-expression",
          path: formatPath(path),
          message: `bad expression "${err.expression}": ${err.message} (at character ${err.offset})`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        path.push(i);
        visit(v);
        path.pop();
      });
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        path.push(k);
        visit(v);
        path.pop();
      }
    }
  };
  // A bare component (no envelope) is read as the view, as parseEnvelope does.
  const envelope = typeof raw.type === "string" && !("view" in raw) ? { view: raw } : raw;
  for (const key of ["view", "defs", "keyBindings"] as const) {
    if (envelope[key] === undefined) continue;
    path.push(key);
    visit(envelope[key]);
    path.pop();
  }
  return issues;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Validate JSON text; returns all issues (parser first, then expression warnings). */
export function validateText(text: string): Issue[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Let the parser word the JSON error, so every consumer reports it the same way.
    return parseEnvelope(text).issues;
  }
  // Templates are read from the raw input, not the parsed envelope: a node that fails
  // validation becomes a placeholder there, and its expressions would go unchecked.
  return [...parseEnvelope(raw).issues, ...templateIssues(raw)];
}

export async function validateCommand(
  io: CliIO,
  source: string,
  options: ValidateOptions = {},
): Promise<number> {
  const issues = validateText(await readInput(io, source));
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  for (const issue of issues) {
    if (options.quiet && issue.severity === "warning") continue;
    io.stdout(`${formatIssue(issue)}\n`);
  }
  const name = inputName(source);
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  io.stdout(errors > 0 ? `${name}: invalid (${counts})\n` : `${name}: valid (${counts})\n`);
  return errors > 0 ? EXIT_INVALID : EXIT_OK;
}
