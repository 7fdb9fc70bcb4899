/**
 * The renderer's design tokens (packages/prefab-renderer/src/styles/index.css), so
 * `text-muted-foreground` or the page background can be measured, plus the envelope's
 * own overrides. Copied rather than imported: the DSL package must not depend on the
 * renderer, and a token change there should be a visible change here too.
 */
import type { Envelope } from "../protocol/envelope.js";
import { isObject } from "../protocol/json.js";
import { parseCssColor, type Rgba } from "./colour.js";
import type { ThemeName } from "./types.js";

/** Token name (without `--`) → colour; `undefined` marks a token overridden with something we can't resolve. */
export type TokenMap = ReadonlyMap<string, Rgba | undefined>;

const LIGHT: Record<string, string> = {
  background: "oklch(1 0 0)",
  foreground: "oklch(0.145 0 0)",
  card: "oklch(1 0 0)",
  "card-foreground": "oklch(0.145 0 0)",
  popover: "oklch(1 0 0)",
  "popover-foreground": "oklch(0.145 0 0)",
  primary: "oklch(0.205 0 0)",
  "primary-foreground": "oklch(0.985 0 0)",
  secondary: "oklch(0.97 0 0)",
  "secondary-foreground": "oklch(0.205 0 0)",
  muted: "oklch(0.97 0 0)",
  "muted-foreground": "oklch(0.5 0 0)",
  accent: "oklch(0.97 0 0)",
  "accent-foreground": "oklch(0.205 0 0)",
  destructive: "oklch(0.577 0.245 27.325)",
  "destructive-foreground": "oklch(0.985 0 0)",
  success: "oklch(0.55 0.15 155)",
  "success-foreground": "oklch(0.985 0 0)",
  warning: "oklch(0.7 0.16 75)",
  "warning-foreground": "oklch(0.2 0.05 75)",
  info: "oklch(0.55 0.15 250)",
  "info-foreground": "oklch(0.985 0 0)",
};

// `.dark` redefines these; the *-foreground of destructive/success/warning/info are inherited from :root.
const DARK: Record<string, string> = {
  ...LIGHT,
  background: "oklch(0.145 0 0)",
  foreground: "oklch(0.985 0 0)",
  card: "oklch(0.205 0 0)",
  "card-foreground": "oklch(0.985 0 0)",
  popover: "oklch(0.205 0 0)",
  "popover-foreground": "oklch(0.985 0 0)",
  primary: "oklch(0.922 0 0)",
  "primary-foreground": "oklch(0.205 0 0)",
  secondary: "oklch(0.269 0 0)",
  "secondary-foreground": "oklch(0.985 0 0)",
  muted: "oklch(0.269 0 0)",
  "muted-foreground": "oklch(0.708 0 0)",
  accent: "oklch(0.269 0 0)",
  "accent-foreground": "oklch(0.985 0 0)",
  destructive: "oklch(0.704 0.191 22.216)",
  success: "oklch(0.7 0.15 155)",
  warning: "oklch(0.8 0.15 75)",
  info: "oklch(0.7 0.13 250)",
};

export const DEFAULT_TOKENS: Readonly<Record<ThemeName, Readonly<Record<string, string>>>> = {
  light: LIGHT,
  dark: DARK,
};

/**
 * Tokens for one theme: renderer defaults, then the envelope's 0.2 `theme` map (values we
 * can parse are used; others make the token unknown). A token mentioned in any CSS string
 * (`css`, `theme.css`, or a theme given as CSS text) becomes unknown too: parsing selectors
 * and cascade order is beyond a linter, and guessing would produce false alarms.
 */
export function themeTokens(envelope: Envelope, theme: ThemeName): TokenMap {
  const map = new Map<string, Rgba | undefined>();
  for (const [k, v] of Object.entries(DEFAULT_TOKENS[theme])) map.set(k, parseCssColor(v));

  const t = envelope.theme;
  const cssTexts: string[] = [...(envelope.css ?? [])];
  if (t) {
    if (typeof t.css === "string") cssTexts.push(t.css);
    // Like the renderer's themeToCss: dark falls back to the light map.
    const vars = theme === "dark" ? (t.dark ?? t.light) : t.light;
    if (typeof vars === "string") cssTexts.push(vars);
    else if (isObject(vars)) {
      for (const [k, v] of Object.entries(vars)) {
        map.set(k.replace(/^--/, ""), typeof v === "string" ? parseCssColor(v) : undefined);
      }
    }
  }
  for (const css of cssTexts) {
    for (const m of css.matchAll(/--([a-z0-9-]+)\s*:/gi)) map.set(m[1]!.toLowerCase(), undefined);
  }
  return map;
}
