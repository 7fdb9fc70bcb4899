/** The shape of generated story entries (see scripts/generate-stories.ts). */
import type { ComponentFamily } from "@prefab-ui/dsl";

export interface StoryEntry {
  /** CSF export name (the story id is `components-<family>--<kebab of this>`). */
  exportName: string;
  /** Display name in the sidebar. */
  name: string;
  /** The component the story documents: its props become the controls. */
  type: string;
  /** Where the envelope comes from: `fixture`, `example <file>`, `variant`, `spec example`. */
  source: string;
  envelope: Record<string, unknown>;
  /** Text direction for the story (RTL variants). */
  dir?: "rtl";
}

export const FAMILY_TITLES: Record<ComponentFamily, string> = {
  layout: "Components/Layout",
  typography: "Components/Typography",
  form: "Components/Form",
  data: "Components/Data",
  chart: "Components/Charts",
  overlay: "Components/Overlay",
  media: "Components/Media",
  "control-flow": "Components/Control flow",
};

/** Story file name per family. */
export const FAMILY_FILES: Record<ComponentFamily, string> = {
  layout: "layout",
  typography: "typography",
  form: "form",
  data: "data",
  chart: "charts",
  overlay: "overlay",
  media: "media",
  "control-flow": "control-flow",
};
