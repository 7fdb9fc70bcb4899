/**
 * Command-line entry points: `prefab-server serve --http 3000 ./app.js` (the bin) and
 * `serveFromArgv(factory)` so an example file runs with `npx tsx app.ts --http 3001`.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { PrefabServer } from "./app-server.js";
import { serveHttp } from "./serve-http.js";
import { serveStdio } from "./serve-stdio.js";

/** What a server module default-exports: a server, or a function that makes one. */
export type ServerFactory = PrefabServer | (() => PrefabServer | Promise<PrefabServer>);

export interface ServeArgs {
  mode: "http" | "stdio";
  port: number;
  host: string;
  rest: string[];
}

const USAGE = `Usage: prefab-server serve (--http [port] | --stdio) [--host 127.0.0.1] <module>

The module's default export is a PrefabServer or a function returning one.`;

export function parseServeArgs(argv: readonly string[], defaults: Partial<ServeArgs> = {}): ServeArgs {
  const out: ServeArgs = {
    mode: defaults.mode ?? "stdio",
    port: defaults.port ?? 3000,
    host: "127.0.0.1",
    rest: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--http") {
      out.mode = "http";
      const next = argv[i + 1];
      if (next !== undefined && /^\d+$/.test(next)) {
        out.port = Number(next);
        i++;
      }
    } else if (arg.startsWith("--http=")) {
      out.mode = "http";
      out.port = Number(arg.slice("--http=".length));
    } else if (arg === "--stdio") out.mode = "stdio";
    else if (arg === "--host") {
      const next = argv[++i];
      if (next === undefined) throw new Error("--host needs a value");
      out.host = next;
    } else out.rest.push(arg);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
    throw new Error(`invalid port: ${out.port}`);
  return out;
}

/**
 * Duck-typed rather than `instanceof`: a module may load this package from another
 * path (its source, or a second copy in node_modules) than the CLI did.
 */
function isPrefabServer(value: unknown): value is PrefabServer {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<PrefabServer>).createMcpServer === "function" &&
    typeof (value as Partial<PrefabServer>).connect === "function"
  );
}

async function resolveFactory(factory: ServerFactory): Promise<PrefabServer> {
  const server = isPrefabServer(factory)
    ? factory
    : await (factory as () => PrefabServer | Promise<PrefabServer>)();
  if (!isPrefabServer(server)) throw new Error("the server factory did not return a PrefabServer");
  return server;
}

/** Serve per the command line: `--http [port]` or `--stdio` (default: `defaults.mode`, else stdio). */
export async function serveFromArgv(
  factory: ServerFactory,
  argv: readonly string[] = process.argv.slice(2),
  defaults: Partial<ServeArgs> = {},
): Promise<void> {
  const args = parseServeArgs(argv, defaults);
  const server = await resolveFactory(factory);
  if (args.mode === "stdio") {
    await serveStdio(server);
    return;
  }
  const handle = await serveHttp(server, { port: args.port, host: args.host });
  const renderer = server.renderer;
  process.stderr.write(
    `[prefab] ${server.name} listening on ${handle.url} (stateless Streamable HTTP)\n` +
      `[prefab] renderer ${renderer.uri}${renderer.placeholder ? ` — placeholder, build not found at ${renderer.source}` : ""}\n`,
  );
}

async function loadModule(path: string): Promise<ServerFactory> {
  const url = pathToFileURL(resolve(path)).href;
  if (/\.[cm]?tsx?$/.test(path)) {
    // TypeScript modules load through tsx's loader when it is installed.
    const tsx = "tsx/esm/api";
    try {
      const api = (await import(tsx)) as { register?: () => unknown };
      api.register?.();
    } catch {
      throw new Error(`loading ${path} needs tsx (npm i -D tsx), or compile it to JavaScript first`);
    }
  }
  const mod = (await import(url)) as { default?: unknown };
  const factory = mod.default;
  if (!isPrefabServer(factory) && typeof factory !== "function") {
    throw new Error(`${path} must default-export a PrefabServer or a function returning one`);
  }
  return factory as ServerFactory;
}

/** The `prefab-server` bin. Returns the exit code (never exits itself, for tests). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== "serve") {
    process.stderr.write(`unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  let args: ServeArgs;
  try {
    args = parseServeArgs(rest);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [module, ...extra] = args.rest;
  if (module === undefined || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const factory = await loadModule(module);
  await serveFromArgv(
    factory,
    args.mode === "http" ? ["--http", String(args.port), "--host", args.host] : ["--stdio"],
  );
  return 0;
}
