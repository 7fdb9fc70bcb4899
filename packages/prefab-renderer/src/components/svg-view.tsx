/** Svg view (lazy chunk "svg-view"): author SVG markup, sanitised by an allow-list pass and DOMPurify. */
import DOMPurify from "dompurify";
import { useMemo } from "react";
import { cn } from "../lib/cn.js";
import { asOptString } from "../lib/coerce.js";
import type { NodeViewProps, Registry } from "../render/registry.js";
import { sizeStyle } from "./media.js";

type P = NodeViewProps;

const cls = (p: P) => asOptString(p.props.cssClass);
const idOf = (p: P) => asOptString(p.props.id);

// ── Svg ─────────────────────────────────────────────────────────────────────────────────────────────

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null | undefined;

/** A private DOMPurify instance (its hook must not leak into other users of the global one). */
function getPurifier(): Purifier | null {
  if (purifier === undefined) purifier = createPurifier();
  return purifier;
}

function createPurifier(): Purifier | null {
  if (typeof window === "undefined") return null;
  const instance = DOMPurify(window);
  if (!instance.isSupported) return null;
  instance.addHook("afterSanitizeAttributes", (node) => {
    // Only same-document references (#id) survive: no external images, <use> or links.
    for (const attr of ["href", "xlink:href", "src"]) {
      const v = node.getAttribute?.(attr);
      if (v !== null && v !== undefined && !v.trim().startsWith("#")) node.removeAttribute(attr);
    }
    // No remote loads through presentation attributes or inline style (url(#id) is fine).
    for (const attr of Array.from(node.attributes ?? [])) {
      if (/url\s*\(\s*['"]?\s*(?!#)/i.test(attr.value)) node.removeAttribute(attr.name);
    }
  });
  return instance;
}

const SVG_ELEMENTS = new Set(
  (
    "svg g path circle ellipse line polyline polygon rect text tspan textpath defs use symbol " +
    "lineargradient radialgradient stop clippath mask pattern marker title desc image a switch view " +
    "filter feblend fecolormatrix fecomponenttransfer fecomposite feconvolvematrix fediffuselighting " +
    "fedisplacementmap fedistantlight fedropshadow feflood fefunca fefuncb fefuncg fefuncr " +
    "fegaussianblur femerge femergenode femorphology feoffset fepointlight fespecularlighting " +
    "fespotlight fetile feturbulence"
  ).split(" "),
);

/**
 * An allow-list pass over the parsed markup (inert `<template>` parsing: nothing loads or runs): only
 * SVG elements, no event handlers, no non-fragment href/src, no `url(…)` other than `url(#id)`.
 * Runs before DOMPurify as a second, independent line of defence.
 */
function scrub(markup: string): string {
  if (typeof document === "undefined") return "";
  const template = document.createElement("template");
  template.innerHTML = markup;
  const walk = (parent: ParentNode) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 8) {
        child.remove(); // comments
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (!SVG_ELEMENTS.has(el.localName.toLowerCase())) {
        el.remove();
        continue;
      }
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.trim();
        if (
          name.startsWith("on") ||
          ((name === "href" || name === "xlink:href" || name === "src") && !value.startsWith("#")) ||
          /url\s*\(\s*['"]?\s*(?!#)/i.test(value) ||
          /expression\s*\(|javascript:/i.test(value)
        ) {
          el.removeAttribute(attr.name);
        }
      }
      walk(el);
    }
  };
  walk(template.content);
  return template.innerHTML;
}

/** SVG markup without scripts, event handlers, foreignObject, style sheets or external references. */
export function sanitizeSvg(markup: string): string {
  const p = getPurifier();
  if (!p) return "";
  return p.sanitize(scrub(markup), {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ["script", "foreignObject", "style", "iframe", "object", "embed"],
    FORBID_ATTR: ["onload", "onerror", "onclick", "onbegin", "onend"],
    ALLOW_DATA_ATTR: false,
  }) as string;
}

function Svg(p: P) {
  const content = asOptString(p.props.content) ?? "";
  const html = useMemo(() => sanitizeSvg(content), [content]);
  const style = sizeStyle(p);
  return (
    <div
      id={idOf(p)}
      data-slot="svg"
      className={cn(
        "pf-svg inline-block max-w-full [&>svg]:block [&>svg]:h-auto [&>svg]:max-w-full",
        (style.width || style.height) && "[&>svg]:h-full [&>svg]:w-full",
        cls(p),
      )}
      style={style}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify (svg profile, no scripts/handlers/foreignObject/external refs).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

export const views: Registry = { Svg };
