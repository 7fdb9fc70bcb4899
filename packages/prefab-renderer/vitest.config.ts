import { defineProject } from "vitest/config";

// Unit tests run in Node (pure engine code) or happy-dom (React components:
// name the file *.dom.test.tsx). Real-browser suites live in test/browser and
// drive the built renderer.html through playwright-core.
export default defineProject({
  resolve: { conditions: ["source", "module", "browser", "import", "default"] },
  ssr: { resolve: { conditions: ["source", "node", "import", "default"] } },
  test: {
    name: "renderer",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/preload-lazy.ts"],
  },
});
