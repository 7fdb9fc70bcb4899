/**
 * Toolbar globals (theme, host style variables, locale, direction) and the
 * `hostContext` they produce for `<PrefabView>`.
 */
import type { HostContextLike } from "@prefab-ui/renderer";
import { HOST_PALETTES, hostStyles } from "./host-styles.js";

export const LOCALES = ["en-US", "de-DE", "ja-JP"] as const;

export const globalTypes = {
  theme: {
    description: "Host theme (hostContext.theme)",
    toolbar: {
      title: "Theme",
      icon: "mirror",
      items: [
        { value: "light", title: "Light", icon: "sun" },
        { value: "dark", title: "Dark", icon: "moon" },
      ],
      dynamicTitle: true,
    },
  },
  host: {
    description: "Host style variables (hostContext.styles.variables)",
    toolbar: {
      title: "Host",
      icon: "paintbrush",
      items: [
        { value: "none", title: "No host styles (renderer tokens)" },
        ...Object.keys(HOST_PALETTES).map((h) => ({ value: h, title: `${h} variables` })),
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: "hostContext.locale (number/date pipes)",
    toolbar: {
      title: "Locale",
      icon: "globe",
      items: LOCALES.map((l) => ({ value: l, title: l })),
      dynamicTitle: true,
    },
  },
  dir: {
    description: "Text direction of the story container",
    toolbar: {
      title: "Direction",
      icon: "transfer",
      items: [
        { value: "ltr", title: "Left to right" },
        { value: "rtl", title: "Right to left" },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { theme: "light", host: "none", locale: "en-US", dir: "ltr" };

export function hostContextFor(globals: Record<string, unknown>): HostContextLike {
  const theme = globals.theme === "dark" ? "dark" : "light";
  const locale = typeof globals.locale === "string" ? globals.locale : "en-US";
  const styles = hostStyles(String(globals.host ?? "none"), theme);
  return {
    theme,
    locale,
    timeZone: "UTC",
    displayMode: "inline",
    availableDisplayModes: ["inline", "fullscreen"],
    ...(styles ? { styles } : {}),
  };
}
