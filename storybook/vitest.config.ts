import { defineProject } from "vitest/config";

// The accessibility pass over the static Storybook (test/a11y.test.ts): Node, one file,
// long timeouts (it may build Storybook first).
export default defineProject({
  test: {
    name: "storybook",
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
