/**
 * A typed client for custom HTML apps: the ext-apps `App` (the MCP Apps guest side)
 * plus `callTool(name, args)` checked against the server's tool definitions. The
 * server's module is imported for its types only (`import type`), so the browser
 * bundle carries no server code, yet a renamed tool or a wrong argument is a compile
 * error in the page's code.
 */
import { App } from "@modelcontextprotocol/ext-apps";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { ToolsOf } from "../tools-of.js";

type Types<R> = R extends { readonly __types?: infer X } ? NonNullable<X> : never;
/** The arguments a tool takes (zod input type). */
export type ToolInput<R> = Types<R> extends { input: infer A } ? A : never;
/** What a tool returns (its `output` schema's type, else `unknown`). */
export type ToolResultOf<R> = Types<R> extends { output: infer O } ? O : never;

/** Arguments may be omitted when every argument is optional. */
type ArgsParam<R> = Record<never, never> extends ToolInput<R> ? [args?: ToolInput<R>] : [args: ToolInput<R>];

/** A tool answered with `isError` (the host or transport failing throws other errors). */
export class ToolCallError extends Error {
  constructor(
    readonly toolName: string,
    readonly result: CallToolResult,
  ) {
    super(
      result.content
        ?.map((c) => (c.type === "text" ? c.text : ""))
        .join("\n")
        .trim() || `${toolName} failed`,
    );
    this.name = "ToolCallError";
  }
}

export interface AppClientOptions {
  /** Shown to the host in `ui/initialize`. Default `{name: "prefab-html-app", version: "0.0.0"}`. */
  appInfo?: { name: string; version: string };
  /** Report the document's size to the host as it changes. Default true. */
  autoResize?: boolean;
}

/** `S` is the server (`typeof server` after `withTools`), a factory returning one, or a tool map. */
export interface AppClient<S> {
  /** The underlying ext-apps `App` (messages, context, display mode, host styles…). */
  readonly app: App;
  /** Call a server tool; resolves to its result data, rejects with `ToolCallError` on `isError`. */
  callTool<N extends keyof ToolsOf<S> & string>(
    name: N,
    ...args: ArgsParam<ToolsOf<S>[N]>
  ): Promise<ToolResultOf<ToolsOf<S>[N]>>;
  /** The same call, resolving to the raw `CallToolResult`. */
  callToolResult<N extends keyof ToolsOf<S> & string>(
    name: N,
    ...args: ArgsParam<ToolsOf<S>[N]>
  ): Promise<CallToolResult>;
  /**
   * Tool results the host delivers (the call that opened this view, and any later ones).
   * A listener added after the first result arrived is called with it at once.
   */
  onToolResult(listener: (result: CallToolResult) => void): () => void;
  /** The arguments the model called the tool with (`tool-input`). */
  readonly toolInput: Promise<Record<string, unknown>>;
  connect(): Promise<void>;
  close(): Promise<void>;
}

/** `structuredContent`, unwrapped from `{result: X}` when flagged; else the text (as JSON when it parses). */
export function resultData(result: CallToolResult): unknown {
  const sc = result.structuredContent;
  const meta = result._meta as
    | { prefab?: { wrapResult?: boolean }; fastmcp?: { wrap_result?: boolean } }
    | undefined;
  if (sc !== undefined) {
    return meta?.prefab?.wrapResult || meta?.fastmcp?.wrap_result ? (sc as { result?: unknown }).result : sc;
  }
  const text = result.content?.map((c) => (c.type === "text" ? c.text : "")).join("") ?? "";
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Create the client without connecting, for pages that want to attach more `App`
 * handlers first (they must be registered before `connect()`).
 */
export function createClient<S>(options: AppClientOptions = {}): AppClient<S> {
  const app = new App(
    options.appInfo ?? { name: "prefab-html-app", version: "0.0.0" },
    {},
    {
      autoResize: options.autoResize ?? true,
    },
  );
  const results: CallToolResult[] = [];
  const listeners = new Set<(result: CallToolResult) => void>();
  let resolveInput: (args: Record<string, unknown>) => void = () => {};
  const toolInput = new Promise<Record<string, unknown>>((resolve) => {
    resolveInput = resolve;
  });
  // Registered before connect(): the host may send these right after the handshake.
  app.addEventListener("toolresult", (params: CallToolResult) => {
    results.push(params);
    for (const l of listeners) l(params);
  });
  app.addEventListener("toolinput", (params: { arguments?: Record<string, unknown> }) => {
    resolveInput(params.arguments ?? {});
  });

  // A server mounted under a prefix lists `<prefix>_<name>`; the served page carries the prefix (register.ts).
  const prefix =
    typeof document === "undefined"
      ? ""
      : (document.querySelector('meta[name="prefab:tool-prefix"]')?.getAttribute("content") ?? "");
  const raw = async (name: string, args: Record<string, unknown> | undefined): Promise<CallToolResult> =>
    (await app.callServerTool({ name: prefix + name, arguments: args ?? {} })) as CallToolResult;

  return {
    app,
    callToolResult: (name, ...args) => raw(name, args[0] as Record<string, unknown> | undefined),
    async callTool(name, ...args) {
      const result = await raw(name, args[0] as Record<string, unknown> | undefined);
      if (result.isError) throw new ToolCallError(name, result);
      return resultData(result) as never;
    },
    onToolResult(listener) {
      listeners.add(listener);
      const last = results.at(-1);
      if (last) listener(last);
      return () => listeners.delete(listener);
    },
    toolInput,
    connect: () => app.connect(),
    // `close` comes from the SDK's Protocol base, whose ext-apps 1.x re-export
    // (`./events`, no extension) does not resolve under NodeNext.
    close: () => (app as unknown as { close(): Promise<void> }).close(),
  };
}

/** Create the client and complete the MCP Apps handshake with the host. */
export async function connectApp<S>(options: AppClientOptions = {}): Promise<AppClient<S>> {
  const client = createClient<S>(options);
  await client.connect();
  return client;
}
