/**
 * The playground page. Workspace packages resolve to their TypeScript sources (aliases rather than the "source"
 * condition, which many dependencies also publish), so the page needs no prior build of @prefab-ui/dsl or
 * @prefab-ui/renderer. (Should the renderer's library entry src/index.ts be missing, `@prefab-ui/renderer` falls back
 * to `src/app/prefab-view.tsx`, which is all the playground uses.)
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const pkg = (p: string) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));
const rendererEntry = existsSync(pkg("prefab-renderer/src/index.ts"))
  ? pkg("prefab-renderer/src/index.ts")
  : pkg("prefab-renderer/src/app/prefab-view.tsx");

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: [
      { find: /^@prefab-ui\/dsl$/, replacement: pkg("prefab-dsl/src/index.ts") },
      { find: /^@prefab-ui\/dsl\/expression$/, replacement: pkg("prefab-dsl/src/expression/index.ts") },
      { find: /^@prefab-ui\/dsl\/protocol$/, replacement: pkg("prefab-dsl/src/protocol/index.ts") },
      { find: /^@prefab-ui\/dsl\/jsx-runtime$/, replacement: pkg("prefab-dsl/src/jsx/jsx-runtime.ts") },
      {
        find: /^@prefab-ui\/dsl\/jsx-dev-runtime$/,
        replacement: pkg("prefab-dsl/src/jsx/jsx-dev-runtime.ts"),
      },
      { find: /^@prefab-ui\/renderer$/, replacement: rendererEntry },
    ],
  },
  optimizeDeps: {
    // Known up front so the first page load does not trigger a re-optimisation and a reload.
    entries: ["index.html", "src/**/*.tsx", "../packages/prefab-renderer/src/components/**/*.tsx"],
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react/jsx-runtime",
      "react/jsx-dev-runtime",
      "sucrase",
      "zod",
      "zod/mini",
      "@modelcontextprotocol/sdk/client/index.js",
      "@modelcontextprotocol/sdk/client/streamableHttp.js",
      "@modelcontextprotocol/sdk/types.js",
      "@modelcontextprotocol/ext-apps/app-bridge",
    ],
  },
  // Transform the page's modules while the server starts, so the first load is quick.
  server: { warmup: { clientFiles: ["./src/main.tsx"] } },
  build: { target: "es2022", chunkSizeWarningLimit: 10_000 },
});
