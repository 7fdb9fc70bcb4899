/**
 * Generative UI without code execution: the model reads a compact component catalog
 * (`prefab_catalog`) and writes an envelope as the argument of `prefab_render`. The
 * envelope is validated on the server with the protocol parser; errors come back as
 * one line per issue with its JSON path, so the model can fix exactly those spots.
 */
import { compactCatalog, estimateTokens, formatIssue, parseEnvelope } from "@prefab-ui/dsl";
import * as z from "zod";
import type { PrefabServer } from "./app-server.js";
import { envelopeToText } from "./text-fallback.js";
import type { ToolRef } from "./tool-ref.js";

export interface GenerativeUiOptions {
  /** Default `prefab_catalog`. */
  catalogToolName?: string;
  /** Default `prefab_render`. */
  renderToolName?: string;
}

const renderInput = z.object({
  envelope: z
    .union([z.record(z.string(), z.unknown()), z.string()])
    .describe(
      'A Prefab 0.3 envelope: {"$prefab":{"version":"0.3"},"view":{...component tree...},"state":{...}}. ' +
        "Call prefab_catalog first for the components, their props and the actions.",
    ),
});

export interface GenerativeUiTools {
  catalog: ToolRef;
  render: ToolRef<typeof renderInput>;
}

/** The catalog text plus its size, so a model (or a developer) can budget the prompt. */
export function catalogText(): string {
  const catalog = compactCatalog();
  return `Prefab component catalog (~${estimateTokens(catalog)} tokens). Write an envelope {"$prefab":{"version":"0.3"},"view":…} and pass it to prefab_render. Templates: "{{ path | pipe }}".\n\n${catalog}`;
}

/** Register `prefab_catalog` and `prefab_render` on a server. */
export function addGenerativeUi(server: PrefabServer, options: GenerativeUiOptions = {}): GenerativeUiTools {
  const catalog = server.backendTool(
    options.catalogToolName ?? "prefab_catalog",
    {
      title: "Prefab component catalog",
      description:
        "List the Prefab UI components (props, events) and actions, one line each, for writing a prefab_render envelope.",
      input: z.object({}),
      visibility: ["model"],
      annotations: { readOnlyHint: true },
    },
    () => catalogText(),
  );

  const render = server.tool(
    options.renderToolName ?? "prefab_render",
    {
      title: "Render a Prefab UI",
      description:
        "Show the user an interactive UI described by a Prefab envelope (JSON). The envelope is validated; on errors you get one line per problem with its path — fix those and call again.",
      input: renderInput,
    },
    (args) => {
      // A string is accepted because models sometimes send the JSON as text; the parser reports bad JSON.
      const parsed = parseEnvelope(args.envelope);
      const errors = parsed.issues.filter((i) => i.severity === "error");
      if (!parsed.ok || !parsed.envelope) {
        const lines = errors.length > 0 ? errors : parsed.issues;
        throw new Error(
          `The envelope has ${lines.length} error${lines.length === 1 ? "" : "s"}; fix them and call prefab_render again:\n${lines.map(formatIssue).join("\n")}`,
        );
      }
      const warnings = parsed.issues.filter((i) => i.severity === "warning");
      const summary = envelopeToText(parsed.envelope);
      const text =
        warnings.length > 0 ? `${summary}\n\nWarnings:\n${warnings.map(formatIssue).join("\n")}` : summary;
      return { envelope: parsed.envelope, text };
    },
  );
  return { catalog, render };
}
