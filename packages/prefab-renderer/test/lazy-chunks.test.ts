/**
 * The build-time half of compressed lazy chunks (scripts/vite-plugin-lazy-chunks.ts): dynamic imports start from
 * `require.load` so the loader can inflate the text first, and the stored text inflates back to the chunk. The
 * browser half (inflating, live bindings, errors) is test/browser/standalone-and-chunks.test.ts on a fixture app.
 */
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  chunkDependencies,
  compressChunkText,
  loadBeforeDynamicRequires,
} from "../scripts/vite-plugin-lazy-chunks.js";

describe("lazy chunks: compressed text", () => {
  it("rewrites Rolldown's dynamic imports to load the chunk first, and nothing else", () => {
    const code =
      'const a=require("./react.js");' +
      'const b=()=>Promise.resolve().then(()=>require("./charts.js"));' +
      'const c=()=>Promise.resolve().then(()=>e.r(require("./dist.js").default,1)).then(e=>e.parse);' +
      "const d=Promise.resolve().then(()=>42);";
    const out = loadBeforeDynamicRequires(code);
    expect(out).toBe(
      'const a=require("./react.js");' +
        'const b=()=>require.load("charts.js");' +
        'const c=()=>require.load("dist.js").then(()=>e.r(require("./dist.js").default,1)).then(e=>e.parse);' +
        "const d=Promise.resolve().then(()=>42);",
    );
    // The chunks named by require.load are checked like required ones (dist.js: loaded, then required).
    expect(chunkDependencies(out, "x.js", new Set(["react.js", "charts.js", "dist.js"]))).toEqual([
      "react.js",
      "charts.js",
      "dist.js",
      "dist.js",
    ]);
    expect(() => chunkDependencies(out, "x.js", new Set(["react.js", "dist.js"]))).toThrow(
      'x.js requires "charts.js", which is not a chunk',
    );
  });

  it("stores text that inflates back, as base64 (nothing to escape inside <script>)", () => {
    const text = '__prefabChunks.def("x.js",function(){return "</script><!-- \\u2028"});'.repeat(20);
    const stored = compressChunkText(text);
    expect(stored).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(stored.length).toBeLessThan(text.length);
    expect(inflateRawSync(Buffer.from(stored, "base64")).toString()).toBe(text);
  });
});
