import type { Browser } from "playwright-core";
import type { Kind } from "../lib/renderers.js";

export interface Metric {
  key: string;
  label: string;
  unit: "ms" | "MiB";
  /** Target as a ratio of ours to the original (issue #9), or an absolute ceiling for ours. */
  target?: { ratioVsOriginal?: number; absMax?: number };
}

export interface Outcome {
  values?: Record<string, number>;
  /** Set when the renderer did not produce the expected view (reported FAILED, never timed). */
  failed?: string;
}

export interface Workload {
  id: string;
  title: string;
  kinds: readonly Kind[];
  /** Part of `--quick`. */
  quick: boolean;
  metrics: Metric[];
  run(browser: Browser, kind: Kind): Promise<Outcome>;
}

export const failed = (reason: string): Outcome => ({ failed: reason });
