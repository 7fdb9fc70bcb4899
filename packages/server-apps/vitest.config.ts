import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source", "node", "import", "default"] },
  ssr: { resolve: { conditions: ["source", "node", "import", "default"] } },
  test: { name: "server-apps", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
