/** What a lint rule is given and how it reports. */
import type { IssueCode } from "../protocol/issues.js";
import type { TokenMap } from "./theme.js";
import type { LintNode } from "./walk.js";

export type ThemeName = "light" | "dark";

export interface LintOptions {
  /**
   * Which renderer theme(s) colour checks assume. Default: the envelope's `mode` when it
   * forces one, else both (a host may show either).
   */
  theme?: ThemeName | "both";
}

export interface LintContext {
  /** The themes colour checks run against, in a fixed order (light first). */
  readonly themes: readonly ThemeName[];
  /** Resolved design tokens per theme (renderer defaults plus the envelope's theme). */
  readonly tokens: Readonly<Record<ThemeName, TokenMap>>;
  /** Every id some `Label` points at with `forId`, anywhere in the envelope. */
  readonly labelledIds: ReadonlySet<string>;
  /** Record a finding on `node` (always a warning: lint is advice). */
  report(code: IssueCode, node: LintNode, message: string): void;
}

/** One accessibility check, called once per node in document order. Pure apart from `report`. */
export interface LintRule {
  readonly code: IssueCode;
  check(node: LintNode, ctx: LintContext): void;
}
