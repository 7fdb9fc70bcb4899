/**
 * Size report of `dist/renderer.html` (not a test): gzip and brotli sizes of the whole file, of what a view without
 * charts/tables/Markdown parses before its first paint (loader + entry JS + CSS + chunks the entry needs at start-up,
 * i.e. everything except the lazy `text/plain` chunks), and of each lazy chunk. Budgets from issue #4 item 7.
 *
 * Run: `npm run size -w @prefab-ui/renderer` (after a build). `--json` prints machine-readable output.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const KiB = 1024;
const BUDGET_FIRST_PAINT_GZIP = 110 * KiB;
const BUDGET_FILE_GZIP = 450 * KiB;

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv.find((a) => a.endsWith(".html")) ?? join(here, "..", "dist", "renderer.html");

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(text: string): Sizes {
  const buf = Buffer.from(text, "utf8");
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const html = readFileSync(file, "utf8");
const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
  attrs: m[1] ?? "",
  text: m[2] ?? "",
}));
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
const chunkName = (attrs: string) => /data-chunk="([^"]+)"/.exec(attrs)?.[1];
const lazy = scripts.filter((s) => chunkName(s.attrs) && !/\bdata-eager\b/.test(s.attrs));
const eager = scripts.filter((s) => chunkName(s.attrs) && /\bdata-eager\b/.test(s.attrs));
const code = scripts.filter((s) => !chunkName(s.attrs) && !/type="application\/json"/.test(s.attrs));

const firstPaintJs = [...code, ...eager].map((s) => s.text).join("\n");
const css = styles.join("\n");
const report = {
  file,
  whole: sizes(html),
  firstPaint: sizes(`${firstPaintJs}\n${css}`),
  firstPaintJs: sizes(firstPaintJs),
  css: sizes(css),
  chunks: Object.fromEntries(lazy.map((s) => [chunkName(s.attrs)!, sizes(s.text)])),
  eagerChunks: eager.map((s) => chunkName(s.attrs)!),
};
const budgets = [
  // Issue #4/#9: "code parsed before the first paint" = JavaScript (what CDP `Debugger.scriptParsed` reports); the
  // CSS (Tailwind tokens + the precompiled utility set) is printed beside it.
  {
    name: "first-paint JavaScript ≤ 110 KiB gzip",
    value: report.firstPaintJs.gzip,
    limit: BUDGET_FIRST_PAINT_GZIP,
  },
  { name: "whole file ≤ 450 KiB gzip", value: report.whole.gzip, limit: BUDGET_FILE_GZIP },
];

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ ...report, budgets }, null, 2));
} else {
  const k = (n: number) => `${(n / KiB).toFixed(1).padStart(8)} KiB`;
  const row = (name: string, s: Sizes) =>
    `${name.padEnd(34)}${k(s.raw)} raw ${k(s.gzip)} gzip ${k(s.brotli)} brotli`;
  console.log(`Size report: ${file}\n`);
  console.log(row("renderer.html (whole file)", report.whole));
  console.log(row("first paint: JS + CSS", report.firstPaint));
  console.log(row("  JS (loader + entry + eager)", report.firstPaintJs));
  console.log(row("  CSS", report.css));
  if (report.eagerChunks.length) console.log(`  eager chunks: ${report.eagerChunks.join(", ")}`);
  console.log("\nLazy chunks (embedded as text/plain, parsed on first use):");
  for (const [name, s] of Object.entries(report.chunks).sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(row(`  ${name}`, s));
  }
  console.log("\nBudgets:");
  for (const b of budgets) {
    console.log(`  ${b.value <= b.limit ? "PASS" : "FAIL"}  ${b.name}: ${(b.value / KiB).toFixed(1)} KiB`);
  }
}
