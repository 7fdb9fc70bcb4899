/** Problems found while reading an envelope: each names where it is and what is wrong. */
import type { PathSegment } from "./json-path.js";
import { formatPath } from "./json-path.js";

export type IssueSeverity = "error" | "warning";

export type IssueCode =
  | "invalid-json"
  | "invalid-envelope"
  | "unknown-version"
  | "invalid-node"
  | "unknown-component"
  | "invalid-props"
  | "unknown-prop"
  | "invalid-action"
  | "unknown-action"
  | "invalid-expression"
  | "forbidden-key"
  | "too-deep"
  | "too-many-nodes"
  | "unknown-def"
  | "defs-cycle"
  | "orphan-branch"
  | "deprecated"
  // Accessibility advice from `lintEnvelope` (always warnings).
  | "a11y-button-name"
  | "a11y-input-label"
  | "a11y-image-alt"
  | "a11y-chart-description"
  | "a11y-contrast";

export interface Issue {
  severity: IssueSeverity;
  code: IssueCode;
  /** Human-readable JSON path, e.g. `view.children[3].columns[0].key`. */
  path: string;
  /** Plain-language message, without the path. */
  message: string;
}

/** Collects issues while a walker keeps a path stack (cheaper than copying paths per node). */
export class IssueCollector {
  readonly issues: Issue[] = [];
  errorCount = 0;

  add(severity: IssueSeverity, code: IssueCode, path: readonly PathSegment[], message: string): void {
    if (severity === "error") this.errorCount++;
    this.issues.push({ severity, code, path: formatPath(path), message });
  }
  error(code: IssueCode, path: readonly PathSegment[], message: string): void {
    this.add("error", code, path, message);
  }
  warn(code: IssueCode, path: readonly PathSegment[], message: string): void {
    this.add("warning", code, path, message);
  }
}

/** `view.children[0].label: expected string` — the form the CLI and consoles print. */
export function formatIssue(issue: Issue): string {
  return `${issue.severity === "error" ? "error" : "warning"} ${issue.path}: ${issue.message}`;
}
