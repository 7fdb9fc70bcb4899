/**
 * Styling from three sources, applied in this order: the renderer's tokens (CSS),
 * the host's style variables and fonts (MCP host context), then the envelope's
 * `theme`/`css`/`stylesheets`/`mode`. An envelope `mode` beats the host theme.
 */
import { type Envelope, themeToCss } from "@prefab-ui/dsl";
import { safeUrl } from "../lib/safe-url.js";

export interface HostStyles {
  variables?: Record<string, string | undefined>;
  css?: { fonts?: string };
}

/** Replace the envelope's `<style>`/`<link>` elements in `head`. */
export function applyEnvelopeStyles(doc: Document, envelope: Envelope): () => void {
  const added: Element[] = [];
  const css = [...(envelope.theme ? [themeToCss(envelope.theme)] : []), ...(envelope.css ?? [])].filter((c) =>
    c.trim(),
  );
  for (const text of css) {
    const style = doc.createElement("style");
    style.setAttribute("data-prefab-css", "");
    style.textContent = text;
    doc.head.appendChild(style);
    added.push(style);
  }
  for (const href of envelope.stylesheets ?? []) {
    const url = safeUrl(href, "fetch");
    if (!url) continue;
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    link.setAttribute("data-prefab-stylesheet", "");
    doc.head.appendChild(link);
    added.push(link);
  }
  return () => {
    for (const el of added) el.remove();
  };
}

/**
 * MCP host style variables (standard `McpUiStyleVariableKey` names) → our tokens.
 * A host that sends `--color-background-primary` restyles every surface that
 * reads `--background`, and so on; unknown host variables are still set as given.
 */
export const HOST_TO_TOKEN: Readonly<Record<string, readonly string[]>> = {
  "--color-background-primary": ["--background", "--card", "--popover"],
  "--color-text-primary": [
    "--foreground",
    "--card-foreground",
    "--popover-foreground",
    "--secondary-foreground",
    "--accent-foreground",
  ],
  "--color-background-secondary": ["--secondary", "--muted"],
  "--color-text-secondary": ["--muted-foreground"],
  "--color-background-tertiary": ["--accent"],
  "--color-background-inverse": ["--primary"],
  "--color-text-inverse": ["--primary-foreground"],
  "--color-text-danger": ["--destructive"],
  "--color-text-success": ["--success"],
  "--color-text-warning": ["--warning"],
  "--color-text-info": ["--info"],
  "--color-border-primary": ["--border", "--input"],
  "--color-ring-primary": ["--ring"],
  "--border-radius-lg": ["--radius"],
  "--font-sans": ["--font-sans-host"],
};

/**
 * Host style variables (`--color-background-primary`, fonts…) onto an element,
 * plus our tokens pointing at them. Inline custom properties on the view's root
 * beat the `.dark` token rules, so the host palette wins in both themes (hosts
 * send `light-dark()` values).
 */
export function applyHostStyles(el: HTMLElement, styles: HostStyles | undefined): () => void {
  const vars = styles?.variables ?? {};
  const set: string[] = [];
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v !== "string" || !k.startsWith("--")) continue;
    el.style.setProperty(k, v);
    set.push(k);
    for (const token of HOST_TO_TOKEN[k] ?? []) {
      el.style.setProperty(token, `var(${k})`);
      set.push(token);
    }
  }
  let fontStyle: HTMLStyleElement | undefined;
  const existing = [...el.ownerDocument.querySelectorAll("style[data-prefab-host-fonts]")].some(
    (s) => s.textContent === styles?.css?.fonts,
  );
  if (styles?.css?.fonts && !existing) {
    fontStyle = el.ownerDocument.createElement("style");
    fontStyle.setAttribute("data-prefab-host-fonts", "");
    fontStyle.textContent = styles.css.fonts;
    el.ownerDocument.head.appendChild(fontStyle);
  }
  return () => {
    for (const k of set) el.style.removeProperty(k);
    fontStyle?.remove();
  };
}
