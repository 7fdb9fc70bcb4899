/**
 * Mermaid: the `mermaid` package is not a dependency of this renderer (it is
 * ~1 MB and pulls in d3/dagre/KaTeX), so the diagram source is shown in a styled
 * block with a note. This module is a lazy chunk so a real renderer can replace
 * it later without touching the base path.
 */
import type { ReactNode } from "react";
import { cn } from "../../lib/cn.js";
import { asOptString, asString } from "../../lib/coerce.js";
import type { NodeViewProps, Registry } from "../../render/registry.js";

export function MermaidView(p: NodeViewProps<"Mermaid">): ReactNode {
  const source = asString(p.props.chart ?? p.props.content);
  return (
    <figure
      id={asOptString(p.props.id)}
      data-slot="mermaid"
      className={cn(
        "pf-mermaid w-full overflow-hidden rounded-md border bg-muted/40",
        asOptString(p.props.cssClass),
      )}
    >
      <pre className="overflow-auto p-4 font-mono text-xs leading-relaxed text-foreground">
        <code className="language-mermaid">{source}</code>
      </pre>
      <figcaption className="border-t px-4 py-1.5 text-xs text-muted-foreground">
        Mermaid diagram: diagram preview unavailable
      </figcaption>
    </figure>
  );
}

export const views: Registry = { Mermaid: MermaidView };
