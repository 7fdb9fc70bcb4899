/** Typography views (shadcn typography classes). Markdown and Code are lazy (see index.ts). */

import { cn } from "../lib/cn.js";
import { asBool, asOptString } from "../lib/coerce.js";
import { safeUrl } from "../lib/safe-url.js";
import { type NodeViewProps, registerViews } from "../render/registry.js";

type P = NodeViewProps;

const emphasis = (p: P) => cn(asBool(p.props.bold) && "font-bold", asBool(p.props.italic) && "italic");

function text(Tag: "h1" | "h2" | "h3" | "h4" | "p" | "div" | "small" | "blockquote" | "span", base: string) {
  return function TextView(p: P) {
    const props = p.props;
    const content = asOptString(props.content) ?? asOptString(props.text);
    const css = asOptString(props.cssClass);
    // Most texts are plain: their class is the base as is (nothing to merge), and their content is the element's
    // only child, which React writes as the element's text (no text fiber; `[content, null]` would make one).
    const className = props.bold || props.italic || css ? cn(base, emphasis(p), css) : base;
    return (
      <Tag id={asOptString(props.id)} className={className}>
        {p.children === null || p.children === undefined ? content : [content, p.children]}
      </Tag>
    );
  };
}

const HEADINGS = {
  1: "pf-h1 scroll-m-20 text-4xl font-extrabold tracking-tight text-balance",
  2: "pf-h2 scroll-m-20 text-3xl font-semibold tracking-tight",
  3: "pf-h3 scroll-m-20 text-2xl font-semibold tracking-tight",
  4: "pf-h4 scroll-m-20 text-xl font-semibold tracking-tight",
} as const;

function Heading(p: P) {
  const level = Math.min(4, Math.max(1, Number(p.props.level ?? 1))) as 1 | 2 | 3 | 4;
  const Tag = `h${level}` as const;
  return (
    <Tag
      id={asOptString(p.props.id)}
      className={cn(HEADINGS[level], emphasis(p), asOptString(p.props.cssClass))}
    >
      {asOptString(p.props.content)}
    </Tag>
  );
}

function Label(p: P) {
  const text = asOptString(p.props.text) ?? asOptString(p.props.content);
  return (
    <label
      id={asOptString(p.props.id)}
      htmlFor={asOptString(p.props.forId)}
      className={cn(
        "pf-label flex items-center gap-2 text-sm leading-none font-medium select-none",
        asOptString(p.props.cssClass),
      )}
    >
      {text}
      {p.children}
      {asBool(p.props.optional) ? (
        <span className="font-normal text-muted-foreground">(optional)</span>
      ) : null}
    </label>
  );
}

function Kbd(p: P) {
  return (
    <kbd
      data-slot="kbd"
      id={asOptString(p.props.id)}
      className={cn(
        "pf-kbd pointer-events-none inline-flex h-5 min-w-5 items-center justify-center gap-1 rounded-sm bg-muted px-1 font-sans text-xs font-medium text-muted-foreground select-none",
        asOptString(p.props.cssClass),
      )}
    >
      {asOptString(p.props.label)}
    </kbd>
  );
}

function Link(p: P) {
  const href = safeUrl(p.props.href, "link");
  const target = asOptString(p.props.target) ?? "_blank";
  const className = cn(
    "pf-link font-medium text-primary underline underline-offset-4",
    asBool(p.props.code) && "rounded bg-muted px-[0.3rem] py-[0.2rem] font-mono text-[0.85em]",
    emphasis(p),
    asOptString(p.props.cssClass),
  );
  if (!href) {
    // Refused URL (javascript:, data:…): keep the text, drop the link.
    return (
      <span className={className} title="link removed: unsafe URL">
        {asOptString(p.props.content)}
      </span>
    );
  }
  return (
    <a
      id={asOptString(p.props.id)}
      href={href}
      target={target}
      rel={target === "_blank" ? "noopener noreferrer" : undefined}
      className={className}
    >
      {asOptString(p.props.content)}
    </a>
  );
}

registerViews({
  H1: text("h1", HEADINGS[1]),
  H2: text("h2", `${HEADINGS[2]} pb-2`),
  H3: text("h3", HEADINGS[3]),
  H4: text("h4", HEADINGS[4]),
  Heading,
  P: text("p", "pf-p leading-7"),
  Lead: text("p", "pf-lead text-xl text-muted-foreground"),
  Large: text("div", "pf-large text-lg font-semibold"),
  Small: text("small", "pf-small text-sm leading-none font-medium"),
  Muted: text("p", "pf-muted text-sm text-muted-foreground"),
  BlockQuote: text("blockquote", "pf-blockquote mt-6 border-l-2 pl-6 italic"),
  Text: text("span", "pf-text"),
  Label,
  Kbd,
  Link,
});
