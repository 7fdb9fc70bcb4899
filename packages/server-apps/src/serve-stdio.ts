/** stdio transport: one long-lived `McpServer` for the one client on the other end of the pipe. */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { PrefabServer } from "./app-server.js";

export async function serveStdio(server: PrefabServer): Promise<void> {
  if (server.renderer.placeholder) {
    // stdout is the protocol channel; diagnostics go to stderr.
    process.stderr.write(
      `[prefab] renderer not built (${server.renderer.source}); serving a placeholder page\n`,
    );
  }
  await server.connect(new StdioServerTransport());
}
