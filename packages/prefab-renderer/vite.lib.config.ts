/**
 * Builds the library entry `@prefab-ui/renderer` (`<PrefabView>` for hosts that embed the renderer in React) into
 * dist/lib, and its stylesheet into dist/lib/styles.css (`@prefab-ui/renderer/styles.css`). Declarations come
 * from `tsc -p tsconfig.lib.json` (emitDeclarationOnly): see the `build:lib` script.
 *
 * Why vite library mode and not plain `tsc` emit: the sources are written for a bundler (some relative imports
 * have no extension, e.g. engine/expression), which Node ESM cannot load as emitted by tsc. Rolldown resolves every
 * import and writes correct relative `.js` paths, with the same JSX/TS transform as the renderer.html build.
 * - `preserveModules`: one output module per source module, so every `import()` of a lazy view (charts, tables,
 *   Markdown, pickers…) stays a separate module that the host's bundler code-splits like the MCP App does.
 * - Every bare import (react, react-dom, radix-ui, recharts, @prefab-ui/dsl…) stays external: they are the
 *   package's peerDependencies / dependencies, deduplicated by the host's bundler.
 * - Not minified: the host's bundler minifies; readable output keeps `sideEffects`/tree-shaking simple.
 * - styles.css is the same Tailwind build of src/styles/index.css that renderer.html inlines (same `@source`).
 * - Writes only dist/lib (emptyOutDir: false; the build script clears dist/lib first): dist/renderer.html and
 *   dist/node belong to the other builds.
 */
import { isAbsolute } from "node:path";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const STYLES_ENTRY = "styles";

/** The CSS entry yields an empty JS chunk next to its stylesheet: drop it, only styles.css is wanted. */
function dropStylesStub(): Plugin {
  return {
    name: "prefab:drop-styles-stub",
    generateBundle(_, bundle) {
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type === "chunk" && out.isEntry && out.name === STYLES_ENTRY) delete bundle[file];
      }
    },
  };
}

/** A bare specifier (package import), as opposed to a relative/absolute path or a virtual module. */
const isBare = (id: string) => !id.startsWith(".") && !id.startsWith("\0") && !isAbsolute(id);

export default defineConfig({
  // No `source` condition needed: every workspace package is external here.
  plugins: [react(), tailwindcss(), dropStylesStub()],
  build: {
    outDir: "dist/lib",
    emptyOutDir: false,
    target: "es2022",
    minify: false,
    cssMinify: true,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    cssCodeSplit: true,
    // Library mode also keeps `import()` as is (no preload helper resolving chunk URLs against the host page).
    lib: {
      entry: { index: "src/index.ts", [STYLES_ENTRY]: "src/styles/index.css" },
      formats: ["es"],
      cssFileName: "styles",
    },
    rollupOptions: {
      external: isBare,
      // The build runs with `--logLevel warn`: no timing report (the Tailwind scan dominates, as expected).
      checks: { bundlerTimings: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
        chunkFileNames: "[name].js",
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith(".css")) ? "styles.css" : "assets/[name]-[hash][extname]",
      },
    },
  },
});
