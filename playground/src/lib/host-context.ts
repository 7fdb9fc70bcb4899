/** The host context the playground sends to apps (ui/initialize, then host-context-changed on every change). */
import type { McpUiDisplayMode, McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";

export interface HostSettings {
  theme: "auto" | "light" | "dark";
  locale: string;
  timeZone: string;
  displayMode: McpUiDisplayMode;
  /** "auto": the stage's width. */
  width: "auto" | number;
}

export const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export const defaultHostSettings: HostSettings = {
  theme: "auto",
  locale: navigator.language || "en-US",
  timeZone: browserTimeZone,
  displayMode: "inline",
  width: "auto",
};

export const LOCALES = [
  "en-US",
  "en-GB",
  "fr-FR",
  "de-DE",
  "es-ES",
  "ja-JP",
  "zh-CN",
  "ar-EG",
  "hi-IN",
  "pt-BR",
];
export const TIME_ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Paris",
  "Africa/Cairo",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
];
export const WIDTHS = [360, 480, 640, 800, 1024];
export const DISPLAY_MODES: McpUiDisplayMode[] = ["inline", "fullscreen", "pip"];

export function buildHostContext(
  settings: HostSettings,
  pageTheme: "light" | "dark",
  size: { width: number; height: number },
  tool?: Tool,
): McpUiHostContext {
  const theme = settings.theme === "auto" ? pageTheme : settings.theme;
  const containerDimensions =
    settings.displayMode === "inline"
      ? { width: Math.round(size.width), maxHeight: 4000 }
      : { width: Math.round(size.width), height: Math.round(size.height) };
  return {
    ...(tool ? { toolInfo: { tool } } : {}),
    theme,
    displayMode: settings.displayMode,
    availableDisplayModes: DISPLAY_MODES,
    containerDimensions,
    locale: settings.locale,
    timeZone: settings.timeZone,
    platform: "web",
    userAgent: "prefab-playground/0.1.0",
    deviceCapabilities: { hover: true, touch: false },
  };
}
