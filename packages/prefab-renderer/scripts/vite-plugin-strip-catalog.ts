/**
 * Drops catalog-only metadata from the protocol's component and action specs in the browser bundle.
 *
 * `defineComponent({ …, description, example })` / `defineAction(…)` in @prefab-ui/dsl carry a sentence and a
 * sample instance per type for catalogs, JSON Schema and LLM prompts. The renderer validates with the specs but
 * never reads those two fields, and they are ~8 KB minified on the first-paint path. This transform removes the
 * `description` and `example` properties of the object literal passed directly to `defineComponent`/`defineAction`
 * (only there: a component *prop* called `description` lives in the nested `props` object and is kept), and the
 * argument given for a `description` parameter of the file's own helper functions (`box("Card", "A surface.")`).
 */
import { type Plugin, parseAst } from "vite";
import { type AstNode, walk } from "./vite-plugin-lazy-chunks.js";

const DROP = new Set(["description", "example"]);
const CALLEES = new Set(["defineComponent", "defineAction"]);

type Cut = [from: number, to: number, replacement: string];

/** `code` without the catalog fields of spec literals (exported for tests). */
export function stripCatalogFields(code: string): string {
  const ast = parseAst(code);
  const cuts: Cut[] = [];
  // Local helpers with a `description` parameter: name → its position.
  const helpers = new Map<string, number>();
  walk(ast, (n) => {
    if (n.type !== "FunctionDeclaration") return;
    const id = n.id as (AstNode & { name?: string }) | null;
    const at = (n.params as (AstNode & { name?: string })[]).findIndex(
      (p) => p.type === "Identifier" && p.name === "description",
    );
    if (id?.name && at >= 0) helpers.set(id.name, at);
  });
  walk(ast, (n) => {
    if (n.type !== "CallExpression") return;
    const callee = n.callee as AstNode & { name?: string };
    const at = callee.type === "Identifier" ? helpers.get(callee.name ?? "") : undefined;
    if (at === undefined) return;
    const arg = (n.arguments as AstNode[])[at];
    if (arg && (arg.type === "Literal" || arg.type === "TemplateLiteral"))
      cuts.push([arg.start, arg.end, '""']);
  });
  walk(ast, (n) => {
    if (n.type !== "CallExpression") return;
    const callee = n.callee as AstNode & { name?: string };
    if (callee.type !== "Identifier" || !CALLEES.has(callee.name ?? "")) return;
    const arg = (n.arguments as AstNode[])[0];
    if (arg?.type !== "ObjectExpression") return;
    const props = arg.properties as (AstNode & { key?: AstNode & { name?: string; value?: unknown } })[];
    props.forEach((p, i) => {
      if (p.type !== "Property" || (p as { computed?: boolean }).computed) return;
      const name = p.key?.type === "Identifier" ? p.key.name : p.key?.value;
      if (typeof name !== "string" || !DROP.has(name)) return;
      // Up to the next property (or the closing brace): takes the comma and whitespace with it.
      const next = props[i + 1];
      cuts.push([p.start, next ? next.start : p.end, ""]);
    });
  });
  if (cuts.length === 0) return code;
  let out = "";
  let at = 0;
  for (const [from, to, replacement] of cuts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, from) + replacement;
    at = to;
  }
  return out + code.slice(at);
}

export function stripCatalog(): Plugin {
  return {
    name: "prefab:strip-catalog",
    apply: "build",
    enforce: "post",
    transform(code, id) {
      if (!/prefab-dsl\/src\/protocol\/(components\/[^/]+|actions)\.ts$/.test(id)) return null;
      return { code: stripCatalogFields(code), map: null };
    },
  };
}
