/**
 * Serves the e2e host page (SDK Client + ext-apps AppBridge, see host-page.ts) from its
 * own 127.0.0.1 origin, bundled on the fly. It listens before the MCP server starts
 * (whose CORS list needs this origin), so the page reads `target` per request.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

export async function serveHostPage(
  target: { mcpUrl: string; tool: string },
  title = "e2e host",
): Promise<{ url: string; server: Server }> {
  const out = await build({
    entryPoints: [join(here, "host-page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  const script = out.outputFiles[0]?.text ?? "";
  const server = createServer((req, res) => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body data-mcp-url="${target.mcpUrl}" data-tool="${target.tool}" style="margin:0"><script src="/host.js"></script></body></html>`;
    if (req.url === "/host.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
