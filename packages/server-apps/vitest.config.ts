import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// The workspace package is aliased to its source instead of resolving with the "source"
// condition: that condition also matches dependencies that publish TypeScript under it
// (eventsource-parser, used by the SDK's HTTP client), which Node then cannot import.
const dslSource = fileURLToPath(new URL("../prefab-dsl/src/index.ts", import.meta.url));
const rendererSource = fileURLToPath(new URL("../prefab-renderer/src/index.ts", import.meta.url));

export default defineProject({
  resolve: {
    alias: [
      { find: /^@prefab-ui\/dsl$/, replacement: dslSource },
      { find: /^@prefab-ui\/renderer$/, replacement: rendererSource },
    ],
  },
  test: {
    name: "server-apps",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
