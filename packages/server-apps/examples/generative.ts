/**
 * Generative UI: the model reads `prefab_catalog` (the compact component catalog with
 * a token estimate) and writes a view as the argument of `prefab_render`, which the
 * server validates; errors come back one per line with their JSON path so the model
 * can fix them. No code runs on the server.
 *
 *   npx tsx packages/server-apps/examples/generative.ts --http 3001   # or --stdio
 */
import { createPrefabServer, serveFromArgv } from "../src/index.js";

export function createGenerativeServer() {
  return createPrefabServer({
    name: "generative-ui",
    version: "0.1.0",
    generativeUi: true,
    instructions:
      "To show the user a UI, call prefab_catalog once, then prefab_render with an envelope. If prefab_render reports errors, fix exactly those paths and call it again.",
  });
}

export default createGenerativeServer;

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(createGenerativeServer);
}
