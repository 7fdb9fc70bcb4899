/** Shared helpers for the protocol tests: fixture loading and a node walker. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES_DIR = "/work/shared/prefab-fixtures";
export const EXAMPLES_DIR = "/work/shared/prefab-examples";

export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export function readText(...parts: string[]): string {
  return readFileSync(join(...parts), "utf8");
}

export function readJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readText(...parts)) as T;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Visits every component node of an envelope the way the parser does: `view`, `defs`,
 * `children`, `Condition.cases[].children` / `else`, and DataTable `_detail` / node cells.
 */
export function walkNodes(envelope: unknown, visit: (node: Json, path: string) => void): void {
  const node = (n: unknown, path: string): void => {
    if (!isObject(n)) return;
    visit(n, path);
    list(n.children, `${path}.children`);
    if (n.type === "Condition") {
      if (Array.isArray(n.cases)) {
        n.cases.forEach((c, i) => {
          if (isObject(c)) list(c.children, `${path}.cases[${i}].children`);
        });
      }
      list(n.else, `${path}.else`);
    }
    if (n.type === "DataTable" && Array.isArray(n.rows)) {
      n.rows.forEach((row, i) => {
        if (!isObject(row)) return;
        for (const [k, v] of Object.entries(row)) {
          if (isObject(v) && (k === "_detail" || typeof v.type === "string"))
            node(v, `${path}.rows[${i}].${k}`);
        }
      });
    }
  };
  const list = (l: unknown, path: string): void => {
    if (!Array.isArray(l)) return;
    for (let i = 0; i < l.length; i++) node(l[i], `${path}[${i}]`);
  };
  if (!isObject(envelope)) return;
  node(envelope.view, "view");
  if (isObject(envelope.defs)) for (const [k, v] of Object.entries(envelope.defs)) node(v, `defs.${k}`);
}

/** Every own key anywhere in a JSON value (for "no forbidden key survived" checks). */
export function allKeys(value: unknown, out: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const k of Object.keys(v)) {
      out.add(k);
      stack.push((v as Json)[k]);
    }
  }
  return out;
}
