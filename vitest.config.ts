import { defineConfig } from "vitest/config";

// One vitest run over every package; each package keeps its own project config.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "storybook/vitest.config.ts", "playground/vitest.config.ts"],
  },
});
