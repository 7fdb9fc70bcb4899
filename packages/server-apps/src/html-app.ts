/**
 * The custom HTML tier: a tool whose UI is your own document (any framework, a map, a
 * canvas…) on its own `ui://` resource. Sandbox needs — CSP domains, permissions,
 * border, origin — are declared once with the tool and written where the spec reads
 * them: `_meta.ui` of the resource (listing and content item), never the tool.
 */
import { createHash } from "node:crypto";
import type * as z from "zod";
import { createHtmlLoader, type HtmlSource } from "./html-source.js";
import type { BackendResult, BackendToolOptions } from "./tool-definition.js";
import type { InputSchema } from "./tool-ref.js";
import type { UiResourceCsp, UiResourceMeta, UiResourcePermissions } from "./ui-capability.js";

export interface HtmlAppUiOptions {
  /** Origins the document may reach (`connectDomains`), load from (`resourceDomains`) or frame (`frameDomains`). Default: none. */
  csp?: UiResourceCsp;
  /** Browser features the iframe asks for (camera, microphone, geolocation, clipboardWrite). */
  permissions?: UiResourcePermissions;
  /** Ask the host for a border and background. Default true (hosts differ when omitted). */
  prefersBorder?: boolean;
  /** Dedicated sandbox origin (host-specific format). */
  domain?: string;
}

export type HtmlAppOptions<I extends InputSchema, O extends z.core.$ZodType | undefined> = BackendToolOptions<
  I,
  O
> &
  HtmlAppUiOptions &
  HtmlSource & {
    /** The `content` text for the model. Default: the result as JSON (a string result as is). */
    text?: (result: BackendResult<O>) => string;
  };

/** What a definition needs to serve its document: the HTML (read per MCP server build) and `_meta.ui`. */
export interface HtmlResource {
  load(): string;
  meta: UiResourceMeta;
  text?: (result: never) => string;
}

export function htmlResourceFor(options: HtmlAppUiOptions & HtmlSource & { text?: unknown }): HtmlResource {
  const source: HtmlSource =
    "html" in options && typeof options.html === "string"
      ? { html: options.html }
      : "file" in options && typeof options.file === "string"
        ? { file: options.file }
        : "viteDist" in options && typeof options.viteDist === "string"
          ? { viteDist: options.viteDist, ...(options.entry ? { entry: options.entry } : {}) }
          : (() => {
              throw new Error("htmlApp needs one of `html`, `file` or `viteDist`");
            })();
  const csp = options.csp ?? {};
  return {
    load: createHtmlLoader(source),
    meta: {
      // Explicit empty lists: "no network" is the intent, and hosts differ on omitted keys.
      csp: { connectDomains: [], resourceDomains: [], ...csp },
      ...(options.permissions ? { permissions: options.permissions } : {}),
      ...(options.domain ? { domain: options.domain } : {}),
      prefersBorder: options.prefersBorder ?? true,
    },
    ...(typeof options.text === "function" ? { text: options.text as (result: never) => string } : {}),
  };
}

/** `ui://prefab-html/<tool>-<sha256-12>.html`: a new URI per document, so hosts that cache by URI reload it. */
export function htmlAppUri(toolName: string, html: string): string {
  const hash = createHash("sha256").update(html).digest("hex").slice(0, 12);
  return `ui://prefab-html/${toolName}-${hash}.html`;
}
