/** Text: headings, paragraphs, labels, code, markdown, links and keyboard keys. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { bool, once, str, styleObject } from "../schema-kit.js";

// Python compiles bold/italic/align into cssClass; zod accepts the flags too.
const emphasis = once(() => ({ bold: z.optional(bool), italic: z.optional(bool) }));

function text<const T extends string>(type: T, description: string) {
  return defineComponent({
    type,
    family: "typography",
    description,
    props: () => ({ content: str, ...emphasis() }),
    primary: "content",
    example: { content: "Hello" },
  });
}

export const H1 = text("H1", "Page title (h1).");
export const H2 = text("H2", "Section heading (h2).");
export const H3 = text("H3", "Sub-section heading (h3).");
export const H4 = text("H4", "Minor heading (h4).");
export const P = text("P", "Paragraph of body text.");
export const Lead = text("Lead", "Larger introductory paragraph.");
export const Large = text("Large", "Large, semibold text.");
export const Small = text("Small", "Small, medium-weight text.");
export const Muted = text("Muted", "Small muted secondary text.");
export const BlockQuote = text("BlockQuote", "Quoted passage with a left rule.");
export const InlineCode = defineComponent({
  type: "InlineCode",
  family: "typography",
  description: "Inline monospace code (0.2; 0.3 uses Span with code: true).",
  props: () => ({ content: str, ...emphasis() }),
  primary: "content",
  example: { content: "npm test" },
  legacy: true,
});
export const Heading = defineComponent({
  type: "Heading",
  family: "typography",
  description: "Heading of a chosen level 1–4.",
  props: () => ({
    content: str,
    level: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
    ...emphasis(),
  }),
  defaults: { level: 1 },
  primary: "content",
  example: { content: "Overview", level: 2 },
});
export const Text = defineComponent({
  type: "Text",
  family: "typography",
  description: "Inline text; since 0.3 may hold rich children (Span, Link) instead of content.",
  props: () => ({ content: z.optional(str), ...emphasis() }),
  children: true,
  primary: "content",
  example: { content: "Plain text" },
});
export const Label = defineComponent({
  type: "Label",
  family: "typography",
  description: "Form label; `forId` points at a control's id, `optional` adds a muted tag.",
  props: () => ({
    text: z.optional(str),
    content: z.optional(str),
    forId: z.optional(str),
    optional: z.optional(bool),
  }),
  defaults: { optional: false },
  children: true,
  primary: "text",
  example: { text: "Email" },
});
export const Markdown = defineComponent({
  type: "Markdown",
  family: "typography",
  description: "GitHub-flavoured Markdown (raw HTML is not rendered).",
  props: () => ({ content: str }),
  primary: "content",
  example: { content: "**Bold** and _italic_" },
});
export const Code = defineComponent({
  type: "Code",
  family: "typography",
  description: "Code block with syntax highlighting for `language`.",
  props: () => ({ content: str, language: z.optional(str) }),
  primary: "content",
  example: { content: "print('hi')", language: "python" },
});
export const Kbd = defineComponent({
  type: "Kbd",
  family: "typography",
  description: "A keyboard key or shortcut (⌘K).",
  props: () => ({ label: z.optional(str) }),
  primary: "label",
  example: { label: "⌘K" },
  since: "0.3",
});
export const Link = defineComponent({
  type: "Link",
  family: "typography",
  description: "Hyperlink (http(s), mailto, tel or relative); opens in a new tab by default.",
  props: () => ({
    content: str,
    href: str,
    target: z.optional(str),
    style: z.optional(styleObject),
    code: z.optional(bool),
    ...emphasis(),
  }),
  defaults: { target: "_blank", code: false },
  primary: "content",
  example: { content: "Docs", href: "https://example.com" },
  since: "0.3",
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [
  BlockQuote,
  Code,
  H1,
  H2,
  H3,
  H4,
  Heading,
  InlineCode,
  Kbd,
  Label,
  Large,
  Lead,
  Link,
  Markdown,
  Muted,
  P,
  Small,
  Text,
] as const;
