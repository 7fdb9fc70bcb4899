/**
 * URL policy for everything a view can point at (links, media, embeds, fetch,
 * openLink): http(s), mailto, tel and relative URLs only; `data:image/*` for
 * images. Anything else (javascript:, data:text/html, file:, blob:…) is refused.
 */
export type UrlKind = "link" | "image" | "media" | "embed" | "fetch";

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

export function safeUrl(raw: unknown, kind: UrlKind = "link"): string | undefined {
  if (typeof raw !== "string") return undefined;
  // Browsers ignore leading/trailing controls and whitespace, and tabs/newlines inside
  // the scheme ("java\tscript:"), so strip them before looking at it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const url = raw.trim().replace(/[\u0000-\u001F\u007F]/g, "");
  if (url === "") return undefined;
  const m = SCHEME.exec(url);
  if (!m) return url.startsWith("//") ? `https:${url}` : url; // relative (or protocol-relative)
  const scheme = m[1]!.toLowerCase();
  if (scheme === "http" || scheme === "https") return url;
  if ((scheme === "mailto" || scheme === "tel") && kind === "link") return url;
  if (
    scheme === "data" &&
    kind === "image" &&
    /^data:image\/(png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,]/i.test(url)
  ) {
    return url;
  }
  return undefined;
}
