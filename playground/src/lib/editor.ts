/**
 * The editor's compiler: an envelope as JSON, or TypeScript DSL code compiled in the page with sucrase and run
 * with every `@prefab-ui/dsl` export in scope (imports of `@prefab-ui/dsl` work too, and JSX through the DSL's
 * runtime). Then `parseEnvelope` gives the issues, each with its JSON path.
 */
import * as dsl from "@prefab-ui/dsl";
import { formatIssue, type Issue, parseEnvelope } from "@prefab-ui/dsl";
import * as jsxRuntime from "@prefab-ui/dsl/jsx-runtime";
import { transform } from "sucrase";

export type EditorMode = "json" | "ts";

export interface CompileResult {
  /** The plain envelope (JSON data), when the text produced one. */
  envelope?: Record<string, unknown>;
  issues: Issue[];
  /** A syntax or runtime error before any envelope existed. */
  error?: { message: string; line?: number; column?: number };
  ms: number;
}

const DSL_NAMES = Object.keys(dsl).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
const DSL_VALUES = DSL_NAMES.map((n) => (dsl as Record<string, unknown>)[n]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** JSON.parse with the position of a syntax error. */
export function parseJson(text: string): { value?: unknown; error?: CompileResult["error"] } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (pos) return { error: { message, ...lineCol(text, Number(pos[1])) } };
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { error: { message, line: Number(lc[1]), column: Number(lc[2]) } };
    if (/end of JSON input/i.test(message)) return { error: { message, ...lineCol(text, text.length) } };
    return { error: { message } };
  }
}

/** Turn what the code produced (PrefabApp, component, envelope object) into plain envelope data. */
export function toEnvelope(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) {
    throw new Error(
      "The code produced no view. Export a PrefabApp or a component (`export default …`), define `const view = …`, or export a `build()` function.",
    );
  }
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  if (isRecord(plain) && ("$prefab" in plain || "view" in plain || "version" in plain)) return plain;
  if (isRecord(plain) && typeof plain.type === "string") return { $prefab: { version: "0.3" }, view: plain };
  throw new Error("The code produced a value that is neither an envelope, a PrefabApp nor a component.");
}

interface ModuleRecord {
  exports: Record<string, unknown>;
}

/** Run DSL source. `siblings` holds sources for relative imports (`./bar-chart-1.js` → key `bar-chart-1`). */
export function runDsl(
  code: string,
  siblings: Record<string, string> = {},
  cache = new Map<string, ModuleRecord>(),
): unknown {
  const hasModuleSyntax = /^\s*(import|export)\b/m.test(code);
  if (!hasModuleSyntax) {
    // A bare expression (`Column(H1("Hi"))`) is the value itself.
    const js = transform(code, {
      transforms: ["typescript", "jsx"],
      jsxRuntime: "classic",
      production: true,
    }).code;
    const expr = js.trim().replace(/;\s*$/, "");
    try {
      const fn = new Function(...DSL_NAMES, `"use strict"; return (\n${expr}\n);`);
      return fn(...DSL_VALUES);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  const module = execute(code, "view.tsx", siblings, cache);
  const ex = module.exports;
  if (ex.default !== undefined) return ex.default;
  for (const key of ["view", "app", "envelope"]) if (ex[key] !== undefined) return ex[key];
  if (typeof ex.build === "function") return (ex.build as () => unknown)();
  return (module as ModuleRecord & { result?: unknown }).result;
}

function execute(
  code: string,
  filePath: string,
  siblings: Record<string, string>,
  cache: Map<string, ModuleRecord>,
): ModuleRecord & { result?: unknown } {
  const js = transform(code, {
    transforms: ["typescript", "imports", "jsx"],
    jsxRuntime: "automatic",
    jsxImportSource: "@prefab-ui/dsl",
    production: true,
    filePath,
  }).code;
  const module: ModuleRecord & { result?: unknown } = { exports: {} };
  const require = (spec: string): unknown => {
    if (spec === "@prefab-ui/dsl") return dsl;
    if (spec === "@prefab-ui/dsl/jsx-runtime" || spec === "@prefab-ui/dsl/jsx-dev-runtime") return jsxRuntime;
    if (spec.startsWith("./")) {
      const key = spec.slice(2).replace(/\.(js|ts|tsx)$/, "");
      const hit = cache.get(key);
      if (hit) return hit.exports;
      const source = siblings[key];
      if (source === undefined) throw new Error(`Cannot import "${spec}" in the editor`);
      const rec = execute(source, `${key}.ts`, siblings, cache);
      cache.set(key, rec);
      return rec.exports;
    }
    throw new Error(`Cannot import "${spec}": the editor provides @prefab-ui/dsl only`);
  };
  const fn = new Function(
    "require",
    "module",
    "exports",
    ...DSL_NAMES,
    `${js}\n;return typeof view !== "undefined" ? view : typeof app !== "undefined" ? app : undefined;`,
  );
  module.result = fn(require, module, module.exports, ...DSL_VALUES);
  return module;
}

/** Relative imports of a gallery example (`./x.js`), so the caller can fetch them first. */
export function relativeImports(code: string): string[] {
  return [...code.matchAll(/from\s+["']\.\/([\w.-]+?)(?:\.js|\.ts)?["']/g)].map((m) => m[1] as string);
}

export function compile(
  mode: EditorMode,
  text: string,
  siblings: Record<string, string> = {},
): CompileResult {
  const start = performance.now();
  const done = (r: Omit<CompileResult, "ms">): CompileResult => ({
    ...r,
    ms: Math.round(performance.now() - start),
  });
  if (!text.trim())
    return done({
      issues: [],
      error: { message: "Empty: type an envelope or DSL code, or load an example." },
    });
  let envelope: Record<string, unknown>;
  if (mode === "json") {
    const parsed = parseJson(text);
    if (parsed.error) return done({ issues: [], error: parsed.error });
    if (!isRecord(parsed.value))
      return done({ issues: [], error: { message: "An envelope is a JSON object." } });
    envelope = parsed.value;
  } else {
    try {
      envelope = toEnvelope(runDsl(text, siblings));
    } catch (error) {
      const e = error as Error & { loc?: { line: number; column: number } };
      return done({
        issues: [],
        error: { message: `${e.name === "Error" ? "" : `${e.name}: `}${e.message}`, ...(e.loc ?? {}) },
      });
    }
  }
  const result = parseEnvelope(envelope);
  return done({ envelope, issues: result.issues });
}

export { formatIssue };

export const SAMPLE_DSL = `// TypeScript with the Prefab DSL: every @prefab-ui/dsl export is in scope.
// Export a PrefabApp (or a component); the preview updates as you type.
type Deal = { name: string; amount: number; stage: string };
const s = defineState({
  deals: [
    { name: "Acme renewal", amount: 48000, stage: "won" },
    { name: "Globex expansion", amount: 120000, stage: "proposal" },
    { name: "Initech pilot", amount: 15000, stage: "lead" },
  ] as Deal[],
  selected: null as Deal | null,
});

export default PrefabApp({
  state: s,
  view: Column({ cssClass: "gap-4 p-6" },
    H2("Pipeline"),
    Row({ cssClass: "gap-4" },
      Metric({ label: "Deals", value: s.deals.length }),
      Metric({ label: "Largest", value: "$120,000", delta: "+12%" }),
    ),
    DataTable({
      columns: [
        { key: "name", header: "Name", sortable: true },
        { key: "stage", header: "Stage" },
        { key: "amount", header: "Amount", format: "currency", align: "right" },
      ],
      rows: s.deals,
      onRowClick: setState(s.selected, "{{ $event }}"),
    }),
    when(s.selected, Alert(AlertTitle(\`Selected: \${s.selected.name}\`))),
  ),
});
`;

export const SAMPLE_BROKEN_JSON = `{
  "$prefab": { "version": "0.3" },
  "view": {
    "type": "Column",
    "children": [
      { "type": "Heading", "content": "Hello" },
      { "type": "Button", "label": 42 }
    ]
  }
}
`;
