/** Test helper: an SDK `Client` linked in-process to a Prefab server. */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { PrefabServer } from "../src/app-server.js";
import { RESOURCE_MIME_TYPE, UI_EXTENSION_ID } from "../src/ui-capability.js";

export async function connect(server: PrefabServer, opts: { ui?: boolean } = {}) {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const mcp = server.createMcpServer();
  await mcp.connect(serverTransport);
  const client = new Client(
    { name: "test-host", version: "1.0.0" },
    {
      capabilities:
        opts.ui === false ? {} : { extensions: { [UI_EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } } },
    },
  );
  await client.connect(clientTransport);
  return {
    client,
    mcp,
    async close() {
      await client.close();
      await mcp.close();
    },
  };
}
