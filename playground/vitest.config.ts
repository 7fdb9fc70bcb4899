import { defineProject } from "vitest/config";

// Real-browser suites: the playground is started in-process (startPlayground) and driven with playwright-core.
export default defineProject({
  test: {
    name: "playground",
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
