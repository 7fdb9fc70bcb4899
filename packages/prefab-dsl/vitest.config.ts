import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source", "node", "import", "default"] },
  ssr: { resolve: { conditions: ["source", "node", "import", "default"] } },
  test: {
    name: "dsl",
    // The CLI tests spawn Node and the property tests run thousands of cases: 5 s timed out on a loaded 2-core
    // machine (the fresh-clone `npm test` runs beside other jobs in CI).
    testTimeout: 30_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
