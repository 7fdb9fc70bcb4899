/**
 * Who pays for the first paint? Bundles the renderer's entry (`src/app/main.tsx`) with esbuild (minified, code
 * splitting on, same resolve conditions as vite.config.ts) and prints the modules of the start-up code — the entry
 * plus the chunks it imports statically — by minified size, plus a per-package summary. Lazy chunks (dynamic
 * imports) are listed separately. Numbers are esbuild's, so they differ slightly from Rolldown's output, but the
 * ranking is what matters. Not a test.
 *
 * Run: `npx tsx packages/prefab-renderer/scripts/size-attribution.ts [--top N] [--lazy]`
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const top = process.argv.includes("--top") ? Number(arg("--top")) : 40;
const outdir = mkdtempSync(join(tmpdir(), "prefab-size-"));

try {
  const result = await build({
    entryPoints: [join(root, "src/app/main.tsx")],
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    conditions: ["source", "module", "browser", "production", "import", "default"],
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    outdir,
    write: false,
    metafile: true,
    logLevel: "error",
  });
  report(result.metafile);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

function pkgOf(path: string): string {
  const nm = path.lastIndexOf("node_modules/");
  if (nm < 0) {
    const src = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(path);
    return src ? `(${src[1]}) ${src[2] ?? ""}`.trim() : path;
  }
  const rest = path.slice(nm + "node_modules/".length).split("/");
  return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
}

function report(meta: Metafile): void {
  const outputs = meta.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint && o.endsWith(".js"))!;
  const eager = new Set<string>([entry]);
  const visit = (o: string) => {
    for (const imp of outputs[o]!.imports) {
      if (imp.kind === "import-statement" && !eager.has(imp.path) && outputs[imp.path]) {
        eager.add(imp.path);
        visit(imp.path);
      }
    }
  };
  visit(entry);

  const modules = new Map<string, number>();
  let total = 0;
  for (const o of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[o]!.inputs)) {
      modules.set(input, (modules.get(input) ?? 0) + bytesInOutput);
      total += bytesInOutput;
    }
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;
  const short = (p: string) => p.replace(/^.*node_modules\//, "~/").replace(/^(\.\.\/)*/, "");

  console.log(`Start-up code (entry + ${eager.size - 1} static chunks): ${kb(total)} minified\n`);
  console.log("By package / source folder:");
  const byPkg = new Map<string, number>();
  for (const [m, n] of modules) byPkg.set(pkgOf(m), (byPkg.get(pkgOf(m)) ?? 0) + n);
  for (const [p, n] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(n)}  ${p}`);

  console.log(`\nTop ${top} modules:`);
  for (const [m, n] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${kb(n)}  ${short(m)}`);

  if (process.argv.includes("--lazy")) {
    console.log("\nLazy chunks:");
    for (const [o, out] of Object.entries(outputs)) {
      if (eager.has(o) || !o.endsWith(".js")) continue;
      const biggest = Object.entries(out.inputs)
        .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
        .slice(0, 3)
        .map(([i]) => short(i));
      console.log(`${kb(out.bytes)}  ${o.split("/").pop()}  (${biggest.join(", ")})`);
    }
  }
}
