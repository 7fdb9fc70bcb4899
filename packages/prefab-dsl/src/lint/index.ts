/**
 * `lintEnvelope`: accessibility advice on a parsed envelope. Every finding is a warning
 * with the path of the node it is about, in the `Issue` form `parseEnvelope` uses, so the
 * CLI, editors and consoles print both the same way.
 */
import type { Envelope } from "../protocol/envelope.js";
import type { Issue } from "../protocol/issues.js";
import { formatPath } from "../protocol/json-path.js";
import { parseEnvelope } from "../protocol/parse.js";
import { buttonName } from "./rules/button-name.js";
import { chartDescription } from "./rules/chart-description.js";
import { contrast } from "./rules/contrast.js";
import { imageAlt } from "./rules/image-alt.js";
import { inputLabel } from "./rules/input-label.js";
import { themeTokens } from "./theme.js";
import type { LintContext, LintOptions, LintRule, ThemeName } from "./types.js";
import { descendants, lintRoots, str } from "./walk.js";

export { contrastRatio, oklchToRgb, parseCssColor, type Rgba, relativeLuminance } from "./colour.js";
export type { LintContext, LintOptions, LintRule, ThemeName } from "./types.js";
export type { LintNode } from "./walk.js";

/** The rules, in the order their findings are listed for one node. */
export const LINT_RULES: readonly LintRule[] = [buttonName, inputLabel, imageAlt, chartDescription, contrast];

function themesFor(envelope: Envelope, option: LintOptions["theme"]): ThemeName[] {
  const choice = option ?? envelope.mode ?? "both";
  return choice === "both" ? ["light", "dark"] : [choice];
}

/**
 * Lint a parsed envelope (`parseEnvelope(...).envelope`). 0.2 and 0.3 envelopes are both
 * accepted: each node's props are upgraded on the fly, and paths name the input as given.
 */
export function lintEnvelope(envelope: Envelope, options: LintOptions = {}): Issue[] {
  const issues: Issue[] = [];
  const roots = lintRoots(envelope);

  const labelledIds = new Set<string>();
  for (const root of roots) {
    for (const node of descendants(root)) {
      const forId = node.type === "Label" ? str(node, "forId") : undefined;
      if (forId) labelledIds.add(forId);
    }
  }

  const ctx: LintContext = {
    themes: themesFor(envelope, options.theme),
    tokens: { light: themeTokens(envelope, "light"), dark: themeTokens(envelope, "dark") },
    labelledIds,
    report(code, node, message) {
      issues.push({ severity: "warning", code, path: formatPath(node.path), message });
    },
  };
  for (const root of roots) {
    for (const node of descendants(root)) {
      for (const rule of LINT_RULES) rule.check(node, ctx);
    }
  }
  return issues;
}

export interface LintInputResult {
  /** The parser's errors (its warnings, e.g. unknown props, are `prefab validate`'s business). */
  errors: Issue[];
  /** Accessibility findings on whatever parsed. */
  findings: Issue[];
}

/** Parse untrusted input (JSON text or a value) with `parseEnvelope`, then lint it. */
export function lintInput(input: unknown, options: LintOptions = {}): LintInputResult {
  const parsed = parseEnvelope(input);
  return {
    errors: parsed.issues.filter((i) => i.severity === "error"),
    findings: parsed.envelope ? lintEnvelope(parsed.envelope, options) : [],
  };
}
