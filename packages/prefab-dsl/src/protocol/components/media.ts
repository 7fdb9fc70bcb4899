/** Media: images, audio, video, sanitised SVG, sandboxed embeds and Mermaid diagrams. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { bool, once, str } from "../schema-kit.js";

const cssSize = once(() => z.optional(z.union([z.string(), z.number()])));
const playback = once(() => ({
  controls: z.optional(bool),
  autoplay: z.optional(bool),
  loop: z.optional(bool),
  muted: z.optional(bool),
}));
const playbackDefaults = { controls: true, autoplay: false, loop: false, muted: false } as const;

export const Image = defineComponent({
  type: "Image",
  family: "media",
  description: "An image (http(s), relative or data:image URL) with alt text.",
  props: () => ({ src: str, alt: z.optional(str), width: cssSize(), height: cssSize() }),
  defaults: { alt: "" },
  primary: "src",
  example: { src: "https://example.com/logo.png", alt: "Logo" },
});
export const Video = defineComponent({
  type: "Video",
  family: "media",
  description: "A video player.",
  props: () => ({ src: str, poster: z.optional(str), ...playback(), width: cssSize(), height: cssSize() }),
  defaults: playbackDefaults,
  primary: "src",
  example: { src: "https://example.com/clip.mp4" },
});
export const Audio = defineComponent({
  type: "Audio",
  family: "media",
  description: "An audio player.",
  props: () => ({ src: str, ...playback() }),
  defaults: playbackDefaults,
  primary: "src",
  example: { src: "https://example.com/sound.mp3" },
});
export const Svg = defineComponent({
  type: "Svg",
  family: "media",
  description: "Inline SVG markup, sanitised before it is shown.",
  props: () => ({ content: str, width: cssSize(), height: cssSize() }),
  primary: "content",
  example: { content: '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>' },
});
export const Embed = defineComponent({
  type: "Embed",
  family: "media",
  description: "A sandboxed iframe showing a URL or inline HTML.",
  props: () => ({
    url: z.optional(str),
    html: z.optional(str),
    width: cssSize(),
    height: cssSize(),
    sandbox: z.optional(str),
    allow: z.optional(str),
  }),
  example: { url: "https://example.com" },
});
export const Mermaid = defineComponent({
  type: "Mermaid",
  family: "media",
  description: "A Mermaid diagram from its source text.",
  props: () => ({ chart: str }),
  primary: "chart",
  example: { chart: "graph TD; A-->B" },
  since: "0.3",
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [Audio, Embed, Image, Mermaid, Svg, Video] as const;
