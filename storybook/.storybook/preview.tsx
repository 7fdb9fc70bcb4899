import type { Decorator, Preview } from "@storybook/react-vite";
import { useEffect } from "react";
import "../../packages/prefab-renderer/src/styles/index.css";
import { globalTypes, initialGlobals } from "../src/globals";

/** Page background follows the theme; `dir` comes from the story (RTL variants) or the toolbar. */
const withHostFrame: Decorator = (Story, context) => {
  const dark = context.globals.theme === "dark";
  const dir =
    (context.parameters.dir as string | undefined) ?? (context.globals.dir === "rtl" ? "rtl" : "ltr");
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
    document.body.style.background = dark ? "oklch(0.145 0 0)" : "oklch(1 0 0)";
  }, [dark]);
  return (
    <div dir={dir} lang={String(context.globals.locale ?? "en-US")} style={{ padding: "1rem" }}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [withHostFrame],
  parameters: {
    layout: "fullscreen",
    controls: { expanded: true, sort: "requiredFirst" },
  },
};

export default preview;
