/**
 * The server-side record of one tool: what `tool()` / `backendTool()` were given.
 * It is also the `ToolRef` handed back to user code, so the ref's `name` always
 * reflects where the tool is mounted now.
 */

import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { ServerNotification, ServerRequest, ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import type { Envelope, Node, NodeLike, PrefabApp } from "@prefab-ui/dsl";
import type * as z from "zod";
import type { HtmlResource } from "./html-app.js";
import type { InputSchema, ToolRef } from "./tool-ref.js";
import type { ToolVisibility } from "./ui-capability.js";

export interface ToolContext {
  /** Aborted when the client cancels the call or the tool's timeout expires. */
  signal: AbortSignal;
  /** Whether the client renders views (`undefined`: unknown, e.g. stateless HTTP). */
  clientSupportsUi: boolean | undefined;
  /** The listed (prefixed) name the tool was called under. */
  toolName: string;
  /** The raw SDK request context (session id, auth info, notifications). */
  extra: RequestHandlerExtra<ServerRequest, ServerNotification>;
}

/** A view plus an explicit summary for the model (instead of the derived text fallback). */
export interface ViewWithText {
  view: PrefabApp | Node | NodeLike;
  text?: string;
}
/** An already serialised envelope (e.g. one the model wrote), plus optional text. */
export interface EnvelopeWithText {
  envelope: Envelope;
  text?: string;
}

export type AppToolReturn = PrefabApp | Node | NodeLike | ViewWithText | EnvelopeWithText;

/** Builds the `content` text of an app tool result; `false` sends a fixed one-liner. */
export type TextFallback = false | ((envelope: Envelope, args: Record<string, unknown>) => string);

export interface CommonToolOptions<I extends InputSchema> {
  title?: string;
  description?: string;
  input: I;
  /** Default: `["model", "app"]` for app tools, `["app"]` for backend tools. */
  visibility?: ToolVisibility[];
  /** The call fails with a timeout error (and its signal aborts) after this long. */
  timeoutMs?: number;
  annotations?: ToolAnnotations;
  /** Extra `_meta` on the tool listing (merged with the `ui` key this package sets). */
  meta?: Record<string, unknown>;
}

export interface AppToolOptions<I extends InputSchema> extends CommonToolOptions<I> {
  /** How the view is described to the model and to hosts without UI. Default: `envelopeToText`. */
  textFallback?: TextFallback;
}

export interface BackendToolOptions<I extends InputSchema, O extends z.core.$ZodType | undefined>
  extends CommonToolOptions<I> {
  /**
   * The result schema: declared as the tool's `outputSchema` and validated by the SDK.
   * A non-object schema (array, number…) is sent as `{result: X}`, flagged for unwrapping.
   */
  output?: O;
}

export type AppToolHandler<I extends InputSchema> = (
  args: z.output<I>,
  ctx: ToolContext,
) => AppToolReturn | Promise<AppToolReturn>;

export type BackendResult<O> = O extends z.core.$ZodType ? z.input<O> : unknown;
export type BackendToolHandler<I extends InputSchema, O> = (
  args: z.output<I>,
  ctx: ToolContext,
) => BackendResult<O> | Promise<BackendResult<O>>;

/** What a tool's name resolves against: the server that owns it. */
export interface ToolOwner {
  readonly name: string;
  qualify(localName: string): string;
  describe(): string;
}

type AnyHandler = (args: never, ctx: ToolContext) => unknown;

export class ToolDefinition implements ToolRef {
  declare readonly __types?: ToolRef["__types"];
  constructor(
    readonly kind: "app" | "backend" | "html",
    readonly owner: ToolOwner,
    readonly localName: string,
    readonly options: AppToolOptions<InputSchema> &
      BackendToolOptions<InputSchema, z.core.$ZodType | undefined>,
    readonly handler: AnyHandler,
    /** The document of a custom HTML tool (`kind: "html"`). */
    readonly html?: HtmlResource,
  ) {}

  get name(): string {
    return this.owner.qualify(this.localName);
  }
  get input(): InputSchema {
    return this.options.input;
  }
  get visibility(): ToolVisibility[] {
    return this.options.visibility ?? (this.kind === "backend" ? ["app"] : ["model", "app"]);
  }
  get wrapsResult(): boolean {
    const output = this.options.output;
    return output !== undefined && output._zod.def.type !== "object";
  }
}
