/**
 * The playground's Node side, used by `npm start` (scripts/start.mjs) and by the tests:
 * - the page (Vite in middleware mode) and a few endpoints on ONE port,
 * - the sandbox proxy on a second port (a second origin, as the MCP Apps spec asks of web hosts),
 * - the example MCP server (sales dashboard + contacts, stateless Streamable HTTP on 127.0.0.1),
 * - optionally a stdio MCP server behind a stdio ↔ HTTP bridge.
 */
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ViteDevServer } from "vite";
import { type HttpHandle, serveHttp } from "../packages/server-apps/src/index.js";
import { buildSketchpadOnce, createExampleServer } from "./server/example-server.js";
import { galleryDirs, listGallery, readGalleryItem } from "./server/gallery.js";
import { relay } from "./server/relay.js";
import { closeServer, listen, startSandboxServer } from "./server/sandbox.js";
import { StdioBridge } from "./server/stdio-bridge.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..");
const MAX_BODY = 20 * 1024 * 1024;

export interface PlaygroundOptions {
  /** Port of the page; 0 picks a free one. Default 5180 (falls back to a free port when taken). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Port of the sandbox proxy origin; default 0 (any free port). */
  sandboxPort?: number;
  /** Start the example server (default true). */
  exampleServer?: boolean;
  /** A stdio MCP server command to bridge, e.g. `node server.js`. */
  stdio?: string;
  /** Working directory for the stdio command (default: where `npm start` was run). */
  stdioCwd?: string;
  /** Hot module reload for the page (default false; `npm start` turns it on). */
  hmr?: boolean;
  /** Server-side log lines (default: none). */
  log?: (line: string) => void;
}

export interface PlaygroundHandle {
  /** The one URL to open. */
  url: string;
  port: number;
  sandboxPort: number;
  exampleServerUrl: string | undefined;
  close(): Promise<void>;
}

export interface PlaygroundConfig {
  exampleServerUrl: string | null;
  sandboxPort: number;
  stdio: { command: string; url: string } | null;
  galleryMissing: string[];
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("request body too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(value));
}

async function listenWithFallback(server: Server, port: number, host: string): Promise<void> {
  try {
    await listen(server, port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || port === 0) throw error;
    await listen(server, 0, host);
  }
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<PlaygroundHandle> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const rendererHtml = join(repoRoot, "packages", "prefab-renderer", "dist", "renderer.html");
  if (!existsSync(rendererHtml)) {
    throw new Error(
      `${rendererHtml} is missing: run \`npm run build -w @prefab-ui/renderer\` (npm start does it).`,
    );
  }

  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
    closers.length = 0;
  };

  try {
    const http = createServer();
    await listenWithFallback(http, options.port ?? 5180, host);
    closers.push(() => closeServer(http));
    const port = (http.address() as AddressInfo).port;
    const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];

    const sandbox = await startSandboxServer({
      host,
      port: options.sandboxPort ?? 0,
      hostOrigins: () => origins,
    });
    closers.push(() => sandbox.close());

    let example: HttpHandle | undefined;
    if (options.exampleServer !== false) {
      const canvasDist = await buildSketchpadOnce(log);
      example = await serveHttp(createExampleServer({ canvasDist }), { host, port: 0, corsOrigins: origins });
      closers.push(() => example?.close() ?? Promise.resolve());
    }

    const stdioCwd = options.stdioCwd ?? process.env.INIT_CWD ?? process.cwd();
    let bridge = options.stdio ? new StdioBridge(options.stdio, stdioCwd, log) : undefined;
    closers.push(async () => bridge?.close());

    const dirs = galleryDirs(repoRoot);
    const { createServer: createVite } = await import("vite");
    const vite: ViteDevServer = await createVite({
      configFile: join(here, "vite.config.ts"),
      root: here,
      logLevel: options.hmr ? "info" : "warn",
      server: {
        middlewareMode: true,
        hmr: Boolean(options.hmr),
        ws: options.hmr ? { server: http } : false,
        // Without HMR nothing needs to watch files (and edits elsewhere in the repo cannot reload a test page).
        ...(options.hmr ? {} : { watch: null }),
      },
      appType: "spa",
    });
    closers.push(() => vite.close());

    const config = (): PlaygroundConfig => ({
      exampleServerUrl: example?.url ?? null,
      sandboxPort: sandbox.port,
      stdio: bridge ? { command: bridge.command, url: "/api/stdio/mcp" } : null,
      galleryMissing: listGallery(dirs).missing,
    });

    const api = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
      // Endpoints that act (relay, stdio, export) only answer the page itself.
      const origin = req.headers.origin;
      if (req.method !== "GET" && origin && !origins.includes(origin)) {
        sendJson(res, 403, { error: "forbidden origin" });
        return;
      }
      const path = url.pathname;
      if (path === "/api/config" && req.method === "GET") return sendJson(res, 200, config());
      if (path === "/api/relay") {
        const target = url.searchParams.get("url") ?? "";
        return relay(req, res, target, await readBody(req));
      }
      if (path === "/api/stdio" && req.method === "POST") {
        const body = JSON.parse((await readBody(req)).toString("utf8") || "{}") as { command?: unknown };
        const command = typeof body.command === "string" ? body.command.trim() : "";
        if (!command) return sendJson(res, 400, { error: "command is required" });
        if (bridge?.command !== command) {
          await bridge?.close();
          bridge = new StdioBridge(command, stdioCwd, log);
        }
        return sendJson(res, 200, { url: "/api/stdio/mcp", command });
      }
      if (path === "/api/stdio/status" && req.method === "GET") {
        return sendJson(res, 200, bridge ? bridge.status() : null);
      }
      if (path === "/api/stdio/mcp") {
        if (!bridge) return sendJson(res, 404, { error: "no stdio server configured" });
        const body = await readBody(req);
        return bridge.handle(req, res, body.toString("utf8"));
      }
      if (path === "/api/gallery" && req.method === "GET") return sendJson(res, 200, listGallery(dirs));
      const item = /^\/api\/gallery\/(dsl|shared)\/([\w.-]+)$/.exec(path);
      if (item && req.method === "GET") {
        const text = readGalleryItem(dirs, item[1] as string, item[2] as string);
        if (text === undefined) return sendJson(res, 404, { error: "no such example" });
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        res.end(text);
        return;
      }
      if (path === "/api/export" && req.method === "POST") {
        const body = JSON.parse((await readBody(req)).toString("utf8")) as {
          envelope?: unknown;
          title?: string;
        };
        const { renderToStandaloneHtml, InvalidEnvelopeError } = await import("@prefab-ui/renderer/node");
        try {
          const html = await renderToStandaloneHtml(body.envelope, body.title ? { title: body.title } : {});
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          res.end(html);
        } catch (error) {
          if (error instanceof InvalidEnvelopeError) return sendJson(res, 422, { issues: error.issues });
          throw error;
        }
        return;
      }
      sendJson(res, 404, { error: `no endpoint ${req.method} ${path}` });
    };

    http.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname.startsWith("/api/")) {
        api(req, res, url).catch((error: unknown) => {
          log(`playground: ${req.method} ${url.pathname} failed: ${(error as Error).stack ?? error}`);
          if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message ?? String(error) });
          else res.end();
        });
        return;
      }
      vite.middlewares(req, res, () => {
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      });
    });

    return {
      url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
      port,
      sandboxPort: sandbox.port,
      exampleServerUrl: example?.url,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
