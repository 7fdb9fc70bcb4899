/**
 * Builds the sketchpad page with plain Vite into one self-contained HTML file
 * (`vite-plugin-singlefile`): hosts load a `ui://` resource as one document, and a
 * file that references nothing needs no CSP domains.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

/** Build into `outDir` (emptied first); resolves to `outDir`. */
export async function buildCanvasWidget(outDir: string): Promise<string> {
  const [{ build }, { viteSingleFile }] = await Promise.all([
    import("vite"),
    import("vite-plugin-singlefile"),
  ]);
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    plugins: [viteSingleFile()],
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  return outDir;
}
