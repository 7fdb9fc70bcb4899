/**
 * Icons without the icon set on the first-paint path: the curated lucide set (icon-registry.ts, ~176 icons) is a
 * lazy chunk. `<IconGlyph>` renders an empty `<svg>` of lucide's size and attributes until the chunk is loaded (so
 * `[&>svg]:size-4` styles and layout are the same), then the icon. The MCP App prefetches the chunk before rendering
 * an envelope that uses icons (`preloadViews`), so the placeholder is rarely seen.
 */
import { useEffect, useState } from "react";
import { lazyModule, registerLazyLoader } from "../render/registry.js";
import type { IconComponent } from "./icon-registry.js";

export const iconSet = lazyModule(() => import("./icon-registry.js"));
// Hosts preload it with the envelope (`collectTypes` reports "$icon" for nodes with an icon).
const loadIcons = registerLazyLoader(["$icon"], iconSet);

/** The icon for `name`: a component, null when the name is unknown, undefined while the icon set loads. */
export function useIcon(name: string | undefined): IconComponent | null | undefined {
  const set = iconSet.get();
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (!set && name) void loadIcons().then(() => setLoaded(true));
  }, [set, name]);
  if (!name) return null;
  return set ? set.resolveIcon(name) : undefined;
}

/** Same box as a lucide icon (24×24 viewBox, `lucide` class) with nothing drawn. */
export function IconPlaceholder({ className }: { className?: string | undefined }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      className={className ? `lucide ${className}` : "lucide"}
      aria-hidden="true"
      data-icon-loading=""
    />
  );
}
