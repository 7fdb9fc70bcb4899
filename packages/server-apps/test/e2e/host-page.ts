/**
 * The e2e host page (bundled with esbuild, runs in Chromium): a real SDK `Client`
 * connected over Streamable HTTP to the server under test, and the real ext-apps
 * `AppBridge` hosting the renderer the server serves as its `ui://` resource, in a
 * sandboxed iframe (`allow-scripts` only, so the view has an opaque origin).
 * The view's tool calls go AppBridge `oncalltool` → `client.callTool` → the server.
 */
import { AppBridge, PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export interface E2eHost {
  /** Resolves once the view is initialised and has the tool result. */
  ready: Promise<void>;
  /** Every `tools/call` the view made through the bridge, with the server's result. */
  viewCalls: { name: string; arguments: unknown; result: CallToolResult }[];
  rendererUri: string;
  errors: string[];
}

async function start(host: E2eHost, mcpUrl: string, tool: string): Promise<void> {
  const client = new Client(
    { name: "prefab-e2e-host", version: "1.0.0" },
    {
      capabilities: {
        extensions: { "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } },
      },
    },
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));

  const { tools } = await client.listTools();
  const listed = tools.find((t) => t.name === tool);
  const uri = (listed?._meta?.ui as { resourceUri?: string } | undefined)?.resourceUri;
  if (!uri) throw new Error(`${tool} has no _meta.ui.resourceUri`);
  host.rendererUri = uri;
  const resource = await client.readResource({ uri });
  const html = (resource.contents[0] as { text?: string } | undefined)?.text;
  if (!html) throw new Error(`resources/read ${uri} returned no HTML`);
  const result = (await client.callTool({ name: tool, arguments: {} })) as CallToolResult;

  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", "allow-scripts");
  iframe.style.cssText = "border:0;width:900px;height:1200px;display:block";
  document.body.append(iframe);
  const guest = iframe.contentWindow as Window;

  const bridge = new AppBridge(
    null,
    { name: "prefab-e2e-host", version: "1.0.0" },
    { serverTools: {}, message: { text: {} }, updateModelContext: { text: {} } },
    {
      hostContext: {
        theme: "light",
        displayMode: "inline",
        locale: "en-US",
        timeZone: "UTC",
        platform: "web",
      },
    },
  );
  bridge.oncalltool = async (params) => {
    const res = (await client.callTool(params)) as CallToolResult;
    host.viewCalls.push({ name: params.name, arguments: params.arguments, result: res });
    return res;
  };
  bridge.onsizechange = ({ height }) => {
    if (height !== undefined) iframe.style.height = `${Math.min(height, 4000)}px`;
  };
  const initialized = new Promise<void>((resolve) => {
    bridge.oninitialized = () => resolve();
  });
  await bridge.connect(new PostMessageTransport(guest, guest));
  iframe.srcdoc = html;
  await initialized;
  await bridge.sendToolInput({ arguments: {} });
  await bridge.sendToolResult(result);
}

const host: E2eHost = { ready: Promise.resolve(), viewCalls: [], rendererUri: "", errors: [] };
const { mcpUrl = "", tool = "" } = document.body.dataset;
host.ready = start(host, mcpUrl, tool).catch((error: unknown) => {
  host.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  throw error;
});
(window as unknown as { __e2e: E2eHost }).__e2e = host;
