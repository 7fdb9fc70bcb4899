/** Code (lazy chunk): a `<pre>` block highlighted by the small tokenizer in highlight.tsx. */
import { useMemo } from "react";
import { cn } from "../lib/cn.js";
import { asOptString, asString } from "../lib/coerce.js";
import type { NodeViewProps, Registry } from "../render/registry.js";
import { highlight, languageOf } from "./highlight.js";

function Code(p: NodeViewProps) {
  const content = asString(p.props.content);
  const language = asOptString(p.props.language);
  const nodes = useMemo(() => highlight(content, language), [content, language]);
  return (
    <pre
      id={asOptString(p.props.id)}
      data-slot="code"
      data-language={languageOf(language) ?? language}
      className={cn(
        "pf-code-block overflow-x-auto rounded-md bg-muted p-4 font-mono text-[0.85em] leading-relaxed",
        asOptString(p.props.cssClass),
      )}
    >
      <code>{nodes}</code>
    </pre>
  );
}

export const views: Registry = { Code };
