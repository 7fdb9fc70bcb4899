/**
 * Lazy chunks inside ONE self-contained HTML file.
 *
 * vite-plugin-singlefile normally turns code splitting off, so charts, tables, Markdown and code highlighting would
 * all be parsed before the first paint. Instead we keep Rolldown's code splitting and link the chunks ourselves:
 *
 * - Chunks are emitted in CommonJS form (`output.format: "cjs"`, see `lazyChunksOutput`). Rolldown then links
 *   chunks with `require("./x.js")` and reads imported bindings as `x.name` (property reads, so ES live bindings
 *   keep working, unlike a destructured snapshot), and a dynamic `import("./x.js")` becomes
 *   `Promise.resolve().then(() => require("./x.js"))`. No module URL is ever resolved by the browser.
 * - Each chunk is wrapped in a factory, `__prefabChunks.def("x.js", function (require, module, exports) {…})`.
 *   Non-entry chunks are written into the HTML as `<script type="text/plain" data-chunk="x.js">`: the browser keeps
 *   the text but does not parse it as JavaScript. The entry's factory runs at start-up (`main`), in a task of its
 *   own once the document is parsed: every chunk's text is then in the DOM (`load` may be called at once), and a
 *   host's answer to the early handshake that arrived meanwhile is handled before ~100 ms of start-up code, not
 *   after it (src/bridge/early-handshake.ts).
 * - A tiny classic inline script (the loader, first in `<head>`) implements `require`: the first time a chunk is
 *   required it copies the chunk's text into a new inline `<script>` element — appended, it runs synchronously and
 *   registers the factory — then runs the factory once and caches `module.exports`.
 * - Lazy chunk text is stored compressed (`data-z`: deflate-raw, base64): 1.5 MB → ~0.9 MB of HTML that every
 *   load transfers, decodes and tokenizes before `DOMContentLoaded`. Inflating is asynchronous
 *   (`DecompressionStream`), so `require` stays synchronous only for text that is ready: every dynamic import,
 *   `Promise.resolve().then(() => require("./x.js"))` in Rolldown's CJS output, is rewritten to
 *   `require.load("./x.js").then(…)`, which first inflates x.js and the chunks it requires statically
 *   (`data-deps`, from Rolldown's graph). Static `require`s between chunks then find their text ready.
 *
 * CSP assumption: MCP Apps hosts must allow inline scripts for the View (the spec's default policy is
 * `script-src 'self' 'unsafe-inline'`, and the singlefile entry itself is an inline script), so an inline script
 * created at runtime is allowed too. No `blob:`/`data:` URL and no `eval`/`new Function` is used, so neither
 * `'unsafe-eval'` nor extra `script-src` sources are needed. Under a nonce-based policy the loader copies the nonce
 * of its own `<script>` onto the scripts it creates. A hash-only policy (`'sha256-…'` without `'unsafe-inline'`)
 * would block lazy chunks; such a host would have to allow their hashes too. Inflating needs nothing more:
 * `atob`, `Blob#stream()`, `DecompressionStream` and `Response#text()` work in memory; no URL is created or fetched.
 */
import { posix } from "node:path";
import { deflateRawSync } from "node:zlib";
import { minifySync, type Plugin, parseAst } from "vite";

export const CHUNK_GLOBAL = "__prefabChunks";

/** The `data-chunk` name of the inflater's text (not a chunk: it is run, never required, and not `loaded`). */
export const INFLATER = "prefab-inflate.js";

/**
 * Classic inline script placed before the entry. Keep it tiny: it is on the first-paint path (written readable,
 * minified by `minifiedLoader`). Standalone exports with a pre-rendered view turn the start-up scripts into
 * `data-eager` text chunks too and `require` the entry after the first paint (src/node/render-to-standalone-html.ts).
 * `load` is a stub that runs the inflater first (`INFLATER_CODE`).
 */
const LOADER = `(()=>{
const me=document.currentScript,nonce=me&&me.nonce,defs=new Map(),cache=new Map(),loaded=[],texts=new Map();
const norm=n=>n.replace(/^\\.\\//,"");
const find=name=>{for(const s of document.querySelectorAll("script[data-chunk]"))if(s.getAttribute("data-chunk")===name)return s};
const run=text=>{const el=document.createElement("script");if(nonce)el.nonce=nonce;el.textContent=text;document.head.appendChild(el)};
function req(name){name=norm(name);const hit=cache.get(name);if(hit)return hit.exports;
if(!defs.has(name)){const src=find(name),text=src&&(src.hasAttribute("data-z")?texts.get(name):src.textContent);
if(text==null)throw new Error("Prefab: chunk "+name+(src?" is not loaded":" is not embedded"));
run(text);texts.delete(name);if(!src.hasAttribute("data-eager"))loaded.push(name);
if(!defs.has(name))throw new Error("Prefab: chunk "+name+" did not load")}
const module={exports:{}};cache.set(name,module);
try{defs.get(name).call(void 0,req,module,module.exports)}catch(e){cache.delete(name);throw e}
return module.exports}
const c=globalThis.${CHUNK_GLOBAL}={loaded,texts,find,require:req,
load(...names){run(find("${INFLATER}").textContent);return c.load(...names)},
def(name,factory){defs.set(name,factory)},main(name,factory){defs.set(name,factory);const go=()=>setTimeout(()=>req(name));
document.readyState==="loading"?document.addEventListener("DOMContentLoaded",go,{once:true}):go()}};
req.load=(...names)=>c.load(...names);
})();`;

/**
 * `load` itself, embedded as plain text and run by the loader's stub on the first call (after the first paint):
 * inflating code is not start-up code. Base64 is decoded natively where `Uint8Array.fromBase64` exists (Chromium
 * 140+, Firefox 133+, Safari 18.2+): the `atob` + per-byte loop costs tens of ms for the 135 KB start-up text. Replaces the stub; inflates each chunk once, and the chunks it requires
 * statically (`data-deps`), into the loader's `texts`, where `require` finds them.
 */
const INFLATER_CODE = `(()=>{const c=${CHUNK_GLOBAL},inflating=new Map();
const bytes=b=>{if(Uint8Array.fromBase64)return Uint8Array.fromBase64(b);
const s=atob(b),u=new Uint8Array(s.length);for(let i=0;i<s.length;i++)u[i]=s.charCodeAt(i);return u};
const inflate=b=>{const u=bytes(b);return new Response(new Blob([u]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text()};
c.load=(...names)=>{const all=[],seen=new Set();
const visit=name=>{name=name.replace(/^\\.\\//,"");if(seen.has(name))return;seen.add(name);const src=c.find(name);if(!src)return;
if(src.hasAttribute("data-z")){let p=inflating.get(name);
if(!p)inflating.set(name,p=inflate(src.textContent).then(t=>{c.texts.set(name,t)}));all.push(p)}
for(const d of(src.getAttribute("data-deps")||"").split(" "))if(d)visit(d)};
names.forEach(visit);return Promise.all(all).then(()=>c.require(names[0]))}})();`;

/** The loader as shipped, minified: ~65 B gzip less on the first-paint path than its readable form. */
export function minifiedLoader(): string {
  return minified("prefab-loader.js", LOADER);
}

/** The inflater (`INFLATER_CODE`) as shipped. */
export function minifiedInflater(): string {
  return minified(INFLATER, INFLATER_CODE);
}

function minified(name: string, source: string): string {
  const { code, errors } = minifySync(name, source);
  if (errors.length > 0) throw new Error(`lazy-chunks: cannot minify ${name}: ${errors[0]!.message}`);
  return code.trim();
}

export type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

export function walk(node: unknown, visit: (n: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  const n = node as AstNode;
  if (typeof n.type === "string") visit(n);
  for (const key of Object.keys(n)) {
    const value = n[key];
    if (value && typeof value === "object") walk(value, visit);
  }
}

/** `"x"` or a template literal without substitutions (the minifier emits both). */
function literalString(node: unknown): string | undefined {
  const n = node as {
    type: string;
    value?: unknown;
    quasis?: { value: { cooked?: string } }[];
    expressions?: unknown[];
  };
  if (n.type === "Literal" && typeof n.value === "string") return n.value;
  if (n.type === "TemplateLiteral" && n.expressions?.length === 0) return n.quasis?.[0]?.value.cooked;
  return undefined;
}

/**
 * The chunks `code` requires (file names), checking that every `require("…")` names a chunk of this bundle and that
 * no ES module syntax is left (it would be a syntax error inside the factory).
 */
export function chunkDependencies(code: string, self: string, known: Set<string>): string[] {
  const ast = parseAst(code) as unknown as { body: AstNode[] };
  const deps: string[] = [];
  walk(ast.body, (n) => {
    if (n.type === "ImportDeclaration" || n.type.startsWith("Export") || n.type === "ImportExpression") {
      throw new Error(`lazy-chunks: ${self} still has ES module syntax (${n.type}); is output.format "cjs"?`);
    }
    if (n.type !== "CallExpression") return;
    const callee = n.callee as AstNode & {
      name?: string;
      object?: AstNode & { name?: string };
      property?: AstNode & { name?: string };
    };
    const args = n.arguments as unknown[];
    // `require.load("x.js", …)` (loadBeforeDynamicRequires) names chunks as well.
    const load =
      callee.type === "MemberExpression" &&
      callee.object?.name === "require" &&
      callee.property?.name === "load";
    if (!load && (callee.type !== "Identifier" || callee.name !== "require")) return;
    for (const arg of load || args.length === 1 ? args : []) {
      // Not a literal: e.g. a library's own `typeof require` probing; fails at runtime as in a browser.
      const spec = literalString(arg);
      if (spec === undefined) continue;
      const target = posix.normalize(posix.join(posix.dirname(self), spec));
      if (!known.has(target))
        throw new Error(`lazy-chunks: ${self} requires "${spec}", which is not a chunk`);
      deps.push(target);
    }
  });
  return deps;
}

/**
 * `code` with every dynamic import of a chunk, `Promise.resolve().then(() => …require("./x.js")…)` in Rolldown's
 * CJS output, starting from `require.load("x.js")` instead of `Promise.resolve()`: the loader inflates the
 * compressed text of x.js and of its static dependencies first, so the synchronous `require` inside finds it.
 * `load` resolves to the first chunk's exports, so the plain form becomes just `require.load("x.js")`.
 */
export function loadBeforeDynamicRequires(code: string): string {
  const ast = parseAst(code) as unknown as { body: AstNode[] };
  const edits: { start: number; end: number; text: string }[] = [];
  walk(ast.body, (n) => {
    if (n.type !== "CallExpression") return;
    const callee = n.callee as AstNode & { object?: AstNode; property?: AstNode & { name?: string } };
    if (callee.type !== "MemberExpression" || callee.property?.name !== "then") return;
    const base = callee.object as (AstNode & { callee?: AstNode; arguments?: unknown[] }) | undefined;
    const baseCallee = base?.callee as
      | (AstNode & { object?: AstNode & { name?: string }; property?: AstNode & { name?: string } })
      | undefined;
    if (
      base?.type !== "CallExpression" ||
      base.arguments?.length !== 0 ||
      baseCallee?.type !== "MemberExpression" ||
      baseCallee.object?.name !== "Promise" ||
      baseCallee.property?.name !== "resolve"
    )
      return;
    const specs: string[] = [];
    walk(n.arguments, (m) => {
      const c = m.callee as (AstNode & { name?: string }) | undefined;
      if (m.type !== "CallExpression" || c?.type !== "Identifier" || c.name !== "require") return;
      const args = m.arguments as unknown[];
      const spec = args.length === 1 ? literalString(args[0]) : undefined;
      if (spec !== undefined) specs.push(spec);
    });
    const arrow = (n.arguments as (AstNode & { params?: unknown[]; body?: AstNode })[])[0];
    const body = arrow?.body as (AstNode & { callee?: AstNode & { name?: string } }) | undefined;
    if (
      specs.length === 1 &&
      (n.arguments as unknown[]).length === 1 &&
      arrow?.type === "ArrowFunctionExpression" &&
      arrow.params?.length === 0 &&
      body?.type === "CallExpression" &&
      body.callee?.type === "Identifier" &&
      body.callee.name === "require"
    ) {
      // The plain form resolves to the module: `load` itself does (shorter start-up code than before).
      edits.push({ start: n.start, end: n.end, text: `require.load(${JSON.stringify(bare(specs[0]!))})` });
    } else if (specs.length > 0)
      edits.push({
        start: base.start,
        end: base.end,
        text: `require.load(${specs.map((x) => JSON.stringify(bare(x))).join(",")})`,
      });
  });
  for (const e of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, e.start) + e.text + code.slice(e.end);
  return code;
}

const bare = (spec: string) => spec.replace(/^\.\//, "");

/** Chunk text as stored in the HTML: deflate-raw, base64 (no `<`, nothing to escape; ASCII). */
export function compressChunkText(text: string): string {
  return deflateRawSync(text, { level: 9 }).toString("base64");
}

/**
 * The factory is parenthesised so V8 compiles it when the script is compiled (the "PIFE" heuristic). Unwrapped,
 * it is pre-parsed then, and parsed again in full when `require` calls it: for the ~350 KB entry that second pass
 * costs ~30 ms of start-up on a 2-core machine (bench/ab-startup.ts, median of 15 alternating loads).
 */
function wrap(fn: "def" | "main", name: string, code: string): string {
  return `${CHUNK_GLOBAL}.${fn}(${JSON.stringify(name)},(function(require,module,exports){"use strict";\n${asciiOnly(code)}\n}));`;
}

/**
 * Non-ASCII characters as `\uXXXX` escapes. Minified code keeps them only in string, template and regex literals
 * (where the escape means the same; comments do not matter), and a single one makes Chromium decode the
 * document as UTF-16: measured 30–40 ms of `TextResourceDecoder::Decode` for our 1.5 MB file, ~5 ms when ASCII.
 */
export function asciiOnly(code: string): string {
  if (code.includes("String.raw")) return code; // an escape would change a raw template's value
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Non-ASCII characters of a stylesheet as CSS escapes (`\2026 `: the space ends the escape), for the same reason
 * as `asciiOnly`: the inlined CSS had two `…` (a `bg-[url(…)]` candidate), enough for the UTF-16 decode. Escapes
 * mean the same in selectors, strings and `url()` (and do not matter in comments).
 */
export function asciiCss(css: string): string {
  return css.replace(/[\u0080-\u{10ffff}]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/**
 * `</script` and `<!--` must not appear in inline script text (same escape as vite-plugin-singlefile); nor
 * `</body`/`</html` (DOMPurify has them in strings), so tools that insert before the first `</body>` (standalone
 * exports) never land inside a chunk.
 */
function escapeScriptText(code: string): string {
  return code.replace(/<(\/script|!--|\/body|\/html)/gi, "\\x3C$1");
}

export interface ChunkInfo {
  entry: string;
  /** Embedded as text, parsed only when a view needs them. */
  lazy: string[];
  /** Embedded as text but required synchronously by the entry at start-up (first-paint code). */
  eager: string[];
}

/** Rolldown options the plugin needs: spread into `build.rollupOptions`, merge `output` into its output options. */
export const lazyChunksRollupOptions = {
  // Vite's preload helper reads `import.meta.url`; with no deps to preload it never uses the (empty) value.
  checks: { emptyImportMeta: false },
  output: { format: "cjs" },
} as const;

/**
 * Must run before vite-plugin-singlefile's `generateBundle` (list it first; both are `order: "post"`), with code
 * splitting on (`useRecommendedBuildConfig: false` for singlefile), `build.modulePreload: false` and
 * `lazyChunksOutput` in the output options.
 */
export function lazyChunks(
  options: {
    onChunks?: (info: ChunkInfo) => void;
    /** Store lazy chunk text compressed (`data-z`, default true); false keeps it as plain JavaScript text. */
    compress?: boolean;
    /** Classic script run right after the loader, before the stylesheet (minified here), e.g. the early handshake. */
    headScript?: string;
  } = {},
): Plugin {
  const compress = options.compress ?? true;
  return {
    name: "prefab:lazy-chunks",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_output, bundle) {
        const chunks = Object.values(bundle).filter((f) => f.type === "chunk");
        const known = new Set(chunks.map((c) => c.fileName));
        if (known.has(INFLATER)) this.error(`lazy-chunks: a chunk is named ${INFLATER}`);
        const entries = chunks.filter((c) => c.isEntry);
        if (entries.length !== 1)
          this.error(`lazy-chunks: expected one entry chunk, found ${entries.length}`);
        const entry = entries[0]!;
        const htmlFile = Object.values(bundle).find(
          (f) => f.type === "asset" && f.fileName.endsWith(".html"),
        );
        if (htmlFile?.type !== "asset") this.error("lazy-chunks: no HTML asset in the bundle");

        // Stylesheets are inlined by vite-plugin-singlefile after this plugin: keep them ASCII as well.
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".css"))
            file.source = asciiCss(String(file.source));
        }
        for (const chunk of chunks) {
          try {
            chunk.code = loadBeforeDynamicRequires(chunk.code);
            chunkDependencies(chunk.code, chunk.fileName, known);
          } catch (error) {
            this.error(error instanceof Error ? error.message : String(error));
          }
        }
        // Chunks the entry imports statically (transitively) are start-up code; Rolldown's graph tells them apart
        // from dynamic imports (`imports` vs `dynamicImports`).
        const eager = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (chunk?.type !== "chunk") return;
          for (const dep of chunk.imports) {
            if (dep === entry.fileName || eager.has(dep)) continue;
            eager.add(dep);
            visit(dep);
          }
        };
        visit(entry.fileName);

        // Start-up code is registered by classic inline scripts placed right after `#root`, before the lazy chunk
        // text: they are compiled as the parser reaches them, and the entry runs once the document is parsed (see
        // `main` in the loader).
        const startup: string[] = [];
        // The inflater first: standalone exports run it while the parser may still be reading the chunks.
        const lazyBlocks: string[] = [
          `<script type="text/plain" data-chunk="${INFLATER}">${escapeScriptText(minifiedInflater())}</script>`,
        ];
        for (const chunk of chunks) {
          if (chunk === entry) continue;
          const code = wrap("def", chunk.fileName, chunk.code);
          // Static dependencies, for `load` (the loader inflates them with the chunk).
          const deps = ` data-deps="${chunk.imports.join(" ")}"`;
          if (eager.has(chunk.fileName)) {
            // Eager chunks run in dependency order: register every factory first, the entry requires them.
            startup.push(
              `<script data-chunk="${chunk.fileName}" data-eager${deps}>${escapeScriptText(code)}</script>`,
            );
          } else if (compress) {
            lazyBlocks.push(
              `<script type="text/plain" data-chunk="${chunk.fileName}" data-z${deps}>${compressChunkText(code)}</script>`,
            );
          } else {
            lazyBlocks.push(
              `<script type="text/plain" data-chunk="${chunk.fileName}"${deps}>${escapeScriptText(code)}</script>`,
            );
          }
          delete bundle[chunk.fileName];
        }
        startup.push(
          `<script data-prefab-entry>${escapeScriptText(wrap("main", entry.fileName, entry.code))}</script>`,
        );
        delete bundle[entry.fileName];
        let html = String(htmlFile.source);
        const entryTag = new RegExp(
          `<script\\b[^>]*\\bsrc="[^"]*${entry.fileName.replace(/\./g, "\\.")}"[^>]*></script>\\s*`,
        );
        if (!entryTag.test(html))
          this.error(`lazy-chunks: no <script src> for ${entry.fileName} in the HTML`);
        html = html.replace(entryTag, "");
        // The loader must exist before any chunk script runs; put it first in <head>.
        const loader = minifiedLoader();
        const head = options.headScript
          ? `\n<script>${escapeScriptText(minified("prefab-head.js", options.headScript))}</script>`
          : "";
        html = html.replace(/<head>/i, (m) => `${m}\n<script>${loader}</script>${head}`);
        // Standalone exports insert their `prefab:initial-data` script before `<script data-prefab-entry>` (see
        // src/node/render-to-standalone-html.ts), so the entry finds it; lazy chunk text comes last.
        html = html.replace(/<\/body>/i, (m) => `${startup.join("\n")}\n${lazyBlocks.join("\n")}\n${m}`);
        htmlFile.source = html;
        options.onChunks?.({
          entry: entry.fileName,
          lazy: chunks.filter((c) => c !== entry && !eager.has(c.fileName)).map((c) => c.fileName),
          eager: [...eager],
        });
      },
    },
  };
}
