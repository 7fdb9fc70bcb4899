/**
 * `createPrefabServer`: a registry of app tools and backend tools that builds
 * `McpServer` instances (one long-lived for stdio, one per request for stateless
 * HTTP) and composes with other Prefab servers through `mount(prefix, app)`.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { Envelope } from "@prefab-ui/dsl";
import type * as z from "zod";
import { addGenerativeUi, type GenerativeUiOptions } from "./generative.js";
import { type HtmlAppOptions, htmlResourceFor } from "./html-app.js";
import { addLongTask, type LongTaskOptions, type LongTaskTools } from "./long-task/long-task.js";
import { type RegisterContext, registerDefinition, registerRenderer } from "./register.js";
import { createRendererLoader, type LoadedRenderer, type RendererSource } from "./renderer-html.js";
import {
  type AppToolHandler,
  type AppToolOptions,
  type BackendToolHandler,
  type BackendToolOptions,
  type TextFallback,
  ToolDefinition,
  type ToolOwner,
} from "./tool-definition.js";
import type { ToolNameResolver } from "./tool-names.js";
import { type InputSchema, refsEmittedAs, type ToolRef } from "./tool-ref.js";
import type { ToolMapOf, TypedTools } from "./tools-of.js";
import {
  UI_EXTENSION_ID,
  type UiResourceCsp,
  type UiResourceMeta,
  type UiResourcePermissions,
} from "./ui-capability.js";

export interface PrefabServerOptions extends RendererSource {
  name: string;
  version: string;
  /** Shown to the model at initialize. */
  instructions?: string;
  /** Default text fallback for this server's app tools (each tool may override). */
  textFallback?: TextFallback;
  /** `_meta.ui` of the renderer resource. No domains are needed: the renderer is one self-contained file. */
  csp?: UiResourceCsp;
  permissions?: UiResourcePermissions;
  /** Ask the host to draw a border around the view. Default true (set explicitly: hosts differ when it is omitted). */
  prefersBorder?: boolean;
  /** Dedicated sandbox origin (host-specific format). */
  domain?: string;
  /** Also send `structuredContent` to clients that declared no UI support. Default false. */
  structuredForTextClients?: boolean;
  /** Register `prefab_catalog` and `prefab_render` (generative UI). Default false. */
  generativeUi?: boolean | GenerativeUiOptions;
}

const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
const PREFIX = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

export class PrefabServer implements ToolOwner {
  readonly name: string;
  readonly version: string;
  private readonly defs: ToolDefinition[] = [];
  private readonly children: PrefabServer[] = [];
  private parent: { server: PrefabServer; prefix: string } | undefined;
  private primary: { mcp: McpServer; ctx: RegisterContext } | undefined;
  private readonly loadRenderer: () => LoadedRenderer;

  constructor(readonly options: PrefabServerOptions) {
    this.name = options.name;
    this.version = options.version;
    this.loadRenderer = createRendererLoader(options);
  }

  // ── tools ──

  /**
   * An app tool: its handler returns a view (`PrefabApp`, a component, `{view, text}`
   * or `{envelope, text}`), served as `structuredContent` with a text fallback.
   */
  tool<I extends InputSchema, N extends string = string>(
    name: N,
    options: AppToolOptions<I>,
    handler: AppToolHandler<I>,
  ): ToolRef<I, Envelope, N> {
    return this.add(new ToolDefinition("app", this, name, options, handler)) as unknown as ToolRef<
      I,
      Envelope,
      N
    >;
  }

  /** A backend tool for views to call (`visibility: ["app"]` by default); returns plain data. */
  backendTool<
    I extends InputSchema,
    O extends z.core.$ZodType | undefined = undefined,
    N extends string = string,
  >(
    name: N,
    options: BackendToolOptions<I, O>,
    handler: BackendToolHandler<I, O>,
  ): ToolRef<I, O extends z.core.$ZodType ? z.output<O> : unknown, N> {
    return this.add(new ToolDefinition("backend", this, name, options, handler)) as unknown as ToolRef<
      I,
      O extends z.core.$ZodType ? z.output<O> : unknown,
      N
    >;
  }

  /**
   * A tool whose UI is your own HTML (`html`, `file` or `viteDist`) on its own `ui://`
   * resource, with `csp`, `permissions`, `prefersBorder` and `domain` in that resource's
   * `_meta.ui`. The handler returns data: the document receives it as the tool result
   * (`structuredContent`), and the model reads it as text.
   */
  htmlApp<
    I extends InputSchema,
    O extends z.core.$ZodType | undefined = undefined,
    N extends string = string,
  >(
    name: N,
    options: HtmlAppOptions<I, O>,
    handler: BackendToolHandler<I, O>,
  ): ToolRef<I, O extends z.core.$ZodType ? z.output<O> : unknown, N> {
    const def = new ToolDefinition("html", this, name, options, handler, htmlResourceFor(options));
    return this.add(def) as unknown as ToolRef<I, O extends z.core.$ZodType ? z.output<O> : unknown, N>;
  }

  /**
   * A tool that starts `run` in the background and returns a live view at once
   * (progress, per-item status, partial results, Cancel), backed by app-only
   * `<name>_status` and `<name>_cancel` tools and a `TaskStore`.
   */
  longTask<N extends string, I extends InputSchema, R, P = unknown>(
    name: N,
    options: LongTaskOptions<I, R, P>,
  ): LongTaskTools<I, R, P, N> {
    return addLongTask(this, name, options);
  }

  /**
   * Declare, for the type checker, the tools a custom HTML document may call by name:
   * `ToolsOf<typeof server>` then maps each listed name to its argument and result
   * types. Returns this server; nothing changes at run time besides a check that the
   * refs are tools of this server (or of servers mounted in it).
   */
  withTools<const Refs extends readonly ToolRef[]>(...refs: Refs): this & TypedTools<ToolMapOf<Refs>> {
    const own = new Set<ToolRef>(this.allDefinitions());
    for (const ref of refs) {
      if (!own.has(ref)) throw new Error(`withTools: "${ref.name}" is not a tool of ${this.describe()}`);
    }
    return this as this & TypedTools<ToolMapOf<Refs>>;
  }

  private add(def: ToolDefinition): ToolDefinition {
    if (!TOOL_NAME.test(def.localName)) {
      throw new Error(`invalid tool name "${def.localName}": use 1–128 letters, digits, "_", "-" or "."`);
    }
    this.root().assertNoClash([def]);
    this.defs.push(def);
    this.root().registerLive([def]);
    return def;
  }

  // ── composition ──

  /**
   * Mount another Prefab server's tools here under `prefix` (`save` → `<prefix>_save`).
   * Refs to its tools follow the prefix, in views built before or after mounting.
   */
  mount(prefix: string, app: PrefabServer): this {
    if (!PREFIX.test(prefix))
      throw new Error(`invalid mount prefix "${prefix}": use letters, digits, "-" or "."`);
    if (app.parent) {
      throw new Error(
        `server "${app.name}" is already mounted as "${app.parent.prefix}"; a server can be mounted once (its tool refs would be ambiguous)`,
      );
    }
    for (let s: PrefabServer | undefined = this; s; s = s.parent?.server) {
      if (s === app) throw new Error(`cannot mount server "${app.name}" inside itself`);
    }
    app.parent = { server: this, prefix };
    this.children.push(app);
    try {
      this.root().assertNoClash([]);
    } catch (error) {
      app.parent = undefined;
      this.children.pop();
      throw error;
    }
    this.root().registerLive(app.allDefinitions());
    return this;
  }

  qualify(localName: string): string {
    return this.parent ? this.parent.server.qualify(`${this.parent.prefix}_${localName}`) : localName;
  }

  describe(): string {
    const where = this.parent ? ` (mounted as "${this.qualify("").replace(/_$/, "")}")` : "";
    return `server "${this.name}"${where}`;
  }

  /** Every tool of this server and of the servers mounted in it. */
  tools(): ToolRef[] {
    return this.allDefinitions();
  }

  private allDefinitions(): ToolDefinition[] {
    return [...this.defs, ...this.children.flatMap((c) => c.allDefinitions())];
  }

  private root(): PrefabServer {
    return this.parent ? this.parent.server.root() : this;
  }

  private assertNoClash(extra: ToolDefinition[]): void {
    const seen = new Map<string, ToolDefinition>();
    for (const def of [...this.allDefinitions(), ...extra]) {
      const name = def.name;
      if (!TOOL_NAME.test(name)) throw new Error(`tool name "${name}" is not a valid MCP tool name`);
      const other = seen.get(name);
      if (other) {
        throw new Error(
          `tool name clash: "${name}" is defined by ${other.owner.describe()} and by ${def.owner.describe()}; ` +
            "mount one of them under another prefix or rename a tool",
        );
      }
      seen.set(name, def);
    }
  }

  // ── MCP servers ──

  /** The renderer this server serves (placeholder page if the build is missing). */
  get renderer(): LoadedRenderer {
    return this.loadRenderer();
  }

  private resourceMeta(): UiResourceMeta {
    const o = this.options;
    return {
      csp: o.csp ?? { connectDomains: [], resourceDomains: [] },
      ...(o.permissions ? { permissions: o.permissions } : {}),
      ...(o.domain ? { domain: o.domain } : {}),
      prefersBorder: o.prefersBorder ?? true,
    };
  }

  private resolverFor(def: ToolDefinition): ToolNameResolver {
    return (name) => {
      const listed = new Map(this.allDefinitions().map((d) => [d.name, d] as const));
      if (listed.has(name)) return undefined;
      const candidates = new Set<ToolDefinition>();
      for (const ref of refsEmittedAs(name)) {
        if (ref instanceof ToolDefinition && listed.get(ref.name) === ref) candidates.add(ref);
      }
      // A raw `toolCall("save")` in a view of the same app means that app's `save`.
      for (const d of listed.values()) if (d.owner === def.owner && d.localName === name) candidates.add(d);
      const own = [...candidates].filter((d) => d.owner === def.owner);
      const pick = own.length === 1 ? own[0] : candidates.size === 1 ? [...candidates][0] : undefined;
      return pick?.name;
    };
  }

  private registerContext(): RegisterContext {
    return {
      renderer: this.loadRenderer(),
      resourceMeta: this.resourceMeta(),
      resolverFor: (def) => this.resolverFor(def),
      textFallbackFor: (def) =>
        def.options.textFallback ??
        (def.owner instanceof PrefabServer ? def.owner.options.textFallback : undefined) ??
        this.options.textFallback,
      structuredForTextClients: this.options.structuredForTextClients ?? false,
    };
  }

  /**
   * A new `McpServer` with every tool and the renderer resource registered. Stateless
   * HTTP calls this per request; an `McpServer` serves one transport at a time.
   */
  createMcpServer(): McpServer {
    return this.build().mcp;
  }

  private build(): { mcp: McpServer; ctx: RegisterContext } {
    if (this.parent) throw new Error(`server "${this.name}" is mounted; build the MCP server from the root`);
    const mcp = new McpServer(
      { name: this.name, version: this.version },
      {
        // Declaring tools/resources up front lets tools added after connect() be registered live.
        capabilities: {
          tools: { listChanged: true },
          resources: { listChanged: true },
          extensions: { [UI_EXTENSION_ID]: {} },
        },
        ...(this.options.instructions ? { instructions: this.options.instructions } : {}),
      },
    );
    const ctx = this.registerContext();
    registerRenderer(mcp, ctx);
    for (const def of this.allDefinitions()) registerDefinition(mcp, def, ctx);
    return { mcp, ctx };
  }

  /** The long-lived `McpServer` (built on first use); tools added later are registered on it too. */
  get mcp(): McpServer {
    this.primary ??= this.build();
    return this.primary.mcp;
  }

  private registerLive(defs: ToolDefinition[]): void {
    if (!this.primary) return;
    for (const def of defs) registerDefinition(this.primary.mcp, def, this.primary.ctx);
  }

  /** Connect the long-lived `McpServer` to a transport (stdio, in-memory…). */
  async connect(transport: Transport): Promise<void> {
    await this.mcp.connect(transport);
  }

  async close(): Promise<void> {
    await this.primary?.mcp.close();
  }
}

export function createPrefabServer(options: PrefabServerOptions): PrefabServer {
  const server = new PrefabServer(options);
  if (options.generativeUi)
    addGenerativeUi(server, options.generativeUi === true ? {} : options.generativeUi);
  return server;
}
