/**
 * Host style-variable sets for the toolbar: what an MCP host sends as
 * `hostContext.styles.variables` (standard `McpUiStyleVariableKey` names), in a light
 * and a dark flavour. Values approximate each host's own palette.
 *
 * The renderer's tokens (`--background`, `--primary`…, styles/index.css) do not read
 * the host names yet, so `withTokenMapping` adds our token names derived from the
 * host ones; the renderer should do this natively (see HOST_TO_TOKEN and the README).
 */

export type HostVariables = Record<string, string>;

interface Palette {
  light: HostVariables;
  dark: HostVariables;
  fonts?: HostVariables;
}

const claude: Palette = {
  fonts: {
    "--font-sans": 'ui-serif, Georgia, Cambria, "Times New Roman", serif',
    "--font-mono": 'ui-monospace, "SFMono-Regular", Menlo, monospace',
    "--border-radius-md": "0.5rem",
    "--border-radius-lg": "0.75rem",
  },
  light: {
    "--color-background-primary": "#faf9f5",
    "--color-background-secondary": "#f0eee6",
    "--color-background-tertiary": "#e8e6dc",
    "--color-background-inverse": "#141413",
    "--color-text-primary": "#141413",
    "--color-text-secondary": "#5e5d59",
    "--color-text-inverse": "#faf9f5",
    "--color-text-danger": "#b3261e",
    "--color-text-success": "#1f6f43",
    "--color-text-warning": "#8a5a00",
    "--color-text-info": "#1f5fa8",
    "--color-border-primary": "#d9d6cc",
    "--color-border-secondary": "#e8e6dc",
    "--color-ring-primary": "#c96442",
  },
  dark: {
    "--color-background-primary": "#262624",
    "--color-background-secondary": "#30302e",
    "--color-background-tertiary": "#3a3a37",
    "--color-background-inverse": "#faf9f5",
    "--color-text-primary": "#faf9f5",
    "--color-text-secondary": "#b8b5a9",
    "--color-text-inverse": "#141413",
    "--color-text-danger": "#f2a19a",
    "--color-text-success": "#7fd1a0",
    "--color-text-warning": "#f0c36b",
    "--color-text-info": "#8fbcf2",
    "--color-border-primary": "#4a4945",
    "--color-border-secondary": "#3a3a37",
    "--color-ring-primary": "#d97757",
  },
};

const chatgpt: Palette = {
  fonts: {
    "--font-sans": 'ui-sans-serif, -apple-system, system-ui, "Segoe UI", Helvetica, Arial, sans-serif',
    "--font-mono": 'ui-monospace, "SF Mono", Menlo, monospace',
    "--border-radius-md": "0.75rem",
    "--border-radius-lg": "1rem",
  },
  light: {
    "--color-background-primary": "#ffffff",
    "--color-background-secondary": "#f9f9f9",
    "--color-background-tertiary": "#ececec",
    "--color-background-inverse": "#0d0d0d",
    "--color-text-primary": "#0d0d0d",
    "--color-text-secondary": "#5d5d5d",
    "--color-text-inverse": "#ffffff",
    "--color-text-danger": "#c5221f",
    "--color-text-success": "#00774a",
    "--color-text-warning": "#8f5a00",
    "--color-text-info": "#0260c2",
    "--color-border-primary": "#d9d9d9",
    "--color-border-secondary": "#ececec",
    "--color-ring-primary": "#0285ff",
  },
  dark: {
    "--color-background-primary": "#212121",
    "--color-background-secondary": "#2f2f2f",
    "--color-background-tertiary": "#414141",
    "--color-background-inverse": "#ffffff",
    "--color-text-primary": "#ececec",
    "--color-text-secondary": "#b4b4b4",
    "--color-text-inverse": "#0d0d0d",
    "--color-text-danger": "#ff8583",
    "--color-text-success": "#4fd69c",
    "--color-text-warning": "#ffc35c",
    "--color-text-info": "#66b5ff",
    "--color-border-primary": "#4a4a4a",
    "--color-border-secondary": "#383838",
    "--color-ring-primary": "#48aaff",
  },
};

const vscode: Palette = {
  fonts: {
    "--font-sans": '-apple-system, BlinkMacSystemFont, "Segoe WPC", "Segoe UI", "Ubuntu", sans-serif',
    "--font-mono": 'Menlo, Monaco, Consolas, "Droid Sans Mono", monospace',
    "--border-radius-md": "2px",
    "--border-radius-lg": "4px",
  },
  light: {
    "--color-background-primary": "#ffffff",
    "--color-background-secondary": "#f8f8f8",
    "--color-background-tertiary": "#e5e5e5",
    "--color-background-inverse": "#005fb8",
    "--color-text-primary": "#3b3b3b",
    "--color-text-secondary": "#616161",
    "--color-text-inverse": "#ffffff",
    "--color-text-danger": "#c72e0f",
    "--color-text-success": "#2d7d46",
    "--color-text-warning": "#895503",
    "--color-text-info": "#1a5fb4",
    "--color-border-primary": "#cecece",
    "--color-border-secondary": "#e5e5e5",
    "--color-ring-primary": "#005fb8",
  },
  dark: {
    "--color-background-primary": "#1f1f1f",
    "--color-background-secondary": "#181818",
    "--color-background-tertiary": "#2b2b2b",
    "--color-background-inverse": "#0078d4",
    "--color-text-primary": "#cccccc",
    "--color-text-secondary": "#9d9d9d",
    "--color-text-inverse": "#ffffff",
    "--color-text-danger": "#f48771",
    "--color-text-success": "#89d185",
    "--color-text-warning": "#cca700",
    "--color-text-info": "#75beff",
    "--color-border-primary": "#3c3c3c",
    "--color-border-secondary": "#2b2b2b",
    "--color-ring-primary": "#0078d4",
  },
};

export const HOST_PALETTES: Record<string, Palette> = { claude, chatgpt, vscode };

/**
 * Renderer token ← host variable. The renderer should apply this mapping itself
 * (e.g. `--background: var(--color-background-primary, oklch(1 0 0))` in index.css).
 */
export const HOST_TO_TOKEN: Record<string, string> = {
  "--background": "--color-background-primary",
  "--foreground": "--color-text-primary",
  "--card": "--color-background-primary",
  "--card-foreground": "--color-text-primary",
  "--popover": "--color-background-primary",
  "--popover-foreground": "--color-text-primary",
  "--primary": "--color-background-inverse",
  "--primary-foreground": "--color-text-inverse",
  "--secondary": "--color-background-secondary",
  "--secondary-foreground": "--color-text-primary",
  "--muted": "--color-background-secondary",
  "--muted-foreground": "--color-text-secondary",
  "--accent": "--color-background-tertiary",
  "--accent-foreground": "--color-text-primary",
  "--destructive": "--color-text-danger",
  "--success": "--color-text-success",
  "--warning": "--color-text-warning",
  "--info": "--color-text-info",
  "--border": "--color-border-primary",
  "--input": "--color-border-primary",
  "--ring": "--color-ring-primary",
  "--radius": "--border-radius-lg",
  "--font-sans-host": "--font-sans",
};

/** The host's variables plus our token names resolved from them. */
export function withTokenMapping(host: HostVariables): HostVariables {
  const out: HostVariables = { ...host };
  for (const [token, hostVar] of Object.entries(HOST_TO_TOKEN)) {
    const v = host[hostVar];
    if (v !== undefined) out[token] = v;
  }
  return out;
}

/** `hostContext.styles` for a toolbar selection ("none" → undefined: the renderer's own tokens). */
export function hostStyles(
  host: string,
  theme: "light" | "dark",
  mapTokens = true,
): { variables: HostVariables } | undefined {
  const p = HOST_PALETTES[host];
  if (!p) return undefined;
  const vars = { ...p.fonts, ...p[theme] };
  return { variables: mapTokens ? withTokenMapping(vars) : vars };
}
