/**
 * Media views: Image, Video, Audio and Embed (always a sandboxed iframe) in media-views.tsx, Svg (sanitised) in
 * svg-view.tsx — both lazy chunks, parsed only by views with media.
 * Every URL goes through `safeUrl`; a refused one renders a small inline notice instead of a broken
 * element, so authors see why nothing loaded.
 */
import type { CSSProperties } from "react";
import { cssLength } from "../lib/coerce.js";
import { type NodeViewProps, registerLazyViews } from "../render/registry.js";

export type P = NodeViewProps;

export function sizeStyle(p: P): CSSProperties {
  const style: CSSProperties = {};
  const w = cssLength(p.props.width);
  const h = cssLength(p.props.height);
  if (w) style.width = w;
  if (h) style.height = h;
  return style;
}

// Placeholders keep the author's size while the chunk loads (hosts preload it with the envelope).
const busy = (p: P) => (
  <span className="pf-media inline-block max-w-full" style={sizeStyle(p)} aria-busy="true" />
);
registerLazyViews(["Image", "Video", "Audio", "Embed"], () => import("./media-views.js"), { fallback: busy });

// Svg sanitises with DOMPurify (~20 KiB min): its own chunk, loaded when a view has an Svg.
registerLazyViews(["Svg"], () => import("./svg-view.js"), {
  fallback: (p) => <div className="pf-svg inline-block max-w-full" style={sizeStyle(p)} aria-busy="true" />,
});
