/** Image, Video, Audio and Embed (a chunk parsed only by views with media; registered in media.tsx). */
import type { CSSProperties } from "react";
import { cn } from "../lib/cn.js";
import { asBool, asOptString } from "../lib/coerce.js";
import { safeUrl } from "../lib/safe-url.js";
import type { Registry } from "../render/registry.js";
import { type P, sizeStyle } from "./media.js";

const cls = (p: P) => asOptString(p.props.cssClass);
const idOf = (p: P) => asOptString(p.props.id);

/** A source that is still a template (state not there yet) or empty: nothing to load. */
function pending(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && (v.trim() === "" || v.includes("{{")));
}

function Blocked({ p, what, className }: { p: P; what: string; className: string }) {
  return (
    <span
      id={idOf(p)}
      role="note"
      data-blocked-url=""
      className={cn(
        className,
        "inline-flex items-center gap-1 rounded-md border border-dashed px-2 py-1 text-xs text-muted-foreground",
        cls(p),
      )}
    >
      {what} not shown: the URL is not allowed
    </span>
  );
}

// ── Image / Video / Audio ───────────────────────────────────────────────────────────────────────────

function Image(p: P) {
  if (pending(p.props.src)) return null;
  const src = safeUrl(p.props.src, "image");
  const alt = asOptString(p.props.alt) ?? "";
  if (!src) return <Blocked p={p} what={alt ? `Image “${alt}”` : "Image"} className="pf-image" />;
  return (
    <img
      id={idOf(p)}
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      data-slot="image"
      className={cn("pf-image max-w-full", cls(p))}
      style={sizeStyle(p)}
    />
  );
}

function Video(p: P) {
  if (pending(p.props.src)) return null;
  const src = safeUrl(p.props.src, "media");
  if (!src) return <Blocked p={p} what="Video" className="pf-video" />;
  const poster = pending(p.props.poster) ? undefined : safeUrl(p.props.poster, "image");
  return (
    <video
      id={idOf(p)}
      src={src}
      poster={poster}
      controls={asBool(p.props.controls, true)}
      autoPlay={asBool(p.props.autoplay)}
      loop={asBool(p.props.loop)}
      muted={asBool(p.props.muted)}
      playsInline
      preload="metadata"
      data-slot="video"
      className={cn("pf-video max-w-full rounded-md", cls(p))}
      style={sizeStyle(p)}
    />
  );
}

function Audio(p: P) {
  if (pending(p.props.src)) return null;
  const src = safeUrl(p.props.src, "media");
  if (!src) return <Blocked p={p} what="Audio" className="pf-audio" />;
  return (
    <audio
      id={idOf(p)}
      src={src}
      controls={asBool(p.props.controls, true)}
      autoPlay={asBool(p.props.autoplay)}
      loop={asBool(p.props.loop)}
      muted={asBool(p.props.muted)}
      preload="metadata"
      data-slot="audio"
      className={cn("pf-audio w-full", cls(p))}
    />
  );
}

// ── Embed ───────────────────────────────────────────────────────────────────────────────────────────

export const DEFAULT_SANDBOX = "allow-scripts allow-forms allow-popups";
const SANDBOX_ALLOWED = new Set([
  "allow-scripts",
  "allow-forms",
  "allow-popups",
  "allow-popups-to-escape-sandbox",
  "allow-modals",
  "allow-downloads",
  "allow-presentation",
  "allow-pointer-lock",
  "allow-orientation-lock",
  "allow-same-origin",
]);

/**
 * The sandbox attribute: the author's tokens intersected with an allow-list (never top navigation);
 * `allow-same-origin` is dropped for inline `html`, where it would give the document our origin.
 */
export function sandboxFor(raw: unknown, inlineHtml: boolean): string {
  const authored = asOptString(raw);
  const tokens = (authored ?? DEFAULT_SANDBOX)
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => SANDBOX_ALLOWED.has(t) && !(inlineHtml && t === "allow-same-origin"));
  return [...new Set(tokens)].join(" ");
}

function Embed(p: P) {
  const html = pending(p.props.html) ? undefined : asOptString(p.props.html);
  const url = html === undefined && !pending(p.props.url) ? safeUrl(p.props.url, "embed") : undefined;
  const style: CSSProperties = { width: "100%", border: 0, ...sizeStyle(p) };
  if (html === undefined && !url) {
    if (pending(p.props.url)) return null;
    return <Blocked p={p} what="Embedded page" className="pf-embed" />;
  }
  const allow = asOptString(p.props.allow);
  return (
    <iframe
      id={idOf(p)}
      title={asOptString(p.props.title) ?? "Embedded content"}
      sandbox={sandboxFor(p.props.sandbox, html !== undefined)}
      {...(html !== undefined ? { srcDoc: html } : { src: url })}
      allow={allow}
      referrerPolicy="no-referrer"
      loading="lazy"
      data-slot="embed"
      className={cn("pf-embed block max-w-full rounded-md", cls(p))}
      style={style}
    />
  );
}

export const views: Registry = { Image, Video, Audio, Embed };
