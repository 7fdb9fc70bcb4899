/**
 * Builds `dist/renderer.html`: the MCP App, as ONE self-contained file (no network request at all).
 *
 * - Rolldown code splitting stays on; `lazyChunks` (scripts/vite-plugin-lazy-chunks.ts) turns every lazy chunk
 *   (charts, tables, Markdown, code…) into inert `<script type="text/plain">` text (deflate-raw + base64) that is
 *   inflated and parsed only when a view needs it, then vite-plugin-singlefile inlines the entry script and the CSS.
 * - `stripCatalog` (scripts/vite-plugin-strip-catalog.ts) drops the specs' catalog-only fields.
 * - Workspace packages resolve to their TypeScript sources (`source` condition), so the build needs no prior
 *   `tsc` of @prefab-ui/dsl.
 */
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { version } from "./package.json";
import { lazyChunks, lazyChunksRollupOptions } from "./scripts/vite-plugin-lazy-chunks.js";
import { noPreloadHelper } from "./scripts/vite-plugin-no-preload-helper.js";
import { stripCatalog } from "./scripts/vite-plugin-strip-catalog.js";
import { initializeParams } from "./src/app/handshake-params.js";
import { earlyHandshakeScript } from "./src/bridge/early-handshake.js";

export default defineConfig({
  base: "./",
  resolve: { conditions: ["source", "module", "browser", "production", "import", "default"] },
  plugins: [
    react(),
    tailwindcss(),
    // Catalog text (descriptions, examples) of the protocol specs is not needed in the browser.
    stripCatalog(),
    // Dynamic imports need no preloading here: nothing is fetched.
    noPreloadHelper(),
    // Order matters: both run in generateBundle(order: "post"); chunks must be embedded before singlefile inlines.
    // ui/initialize leaves before the start-up code is compiled (src/bridge/early-handshake.ts).
    lazyChunks({ headScript: earlyHandshakeScript(initializeParams(version)) }),
    viteSingleFile({
      useRecommendedBuildConfig: false,
      removeViteModuleLoader: true,
      outputFileName: "renderer.html",
    }),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    // No `<link rel=modulepreload>` and no preload polyfill: nothing may be fetched.
    modulePreload: false,
    cssCodeSplit: false,
    assetsDir: "",
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 100_000_000,
    reportCompressedSize: false,
    rollupOptions: {
      ...lazyChunksRollupOptions,
      input: "index.html",
      output: {
        ...lazyChunksRollupOptions.output,
        entryFileNames: "renderer.js",
        chunkFileNames: "[name].js",
      },
    },
  },
});
