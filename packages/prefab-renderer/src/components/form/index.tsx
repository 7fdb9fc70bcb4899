/**
 * Form controls (protocol §3.2 "Form controls", §6.2 auto-state, §9 forms). Button is eager; the text inputs with
 * Form and the Field family (inputs.tsx), DropZone and the Radix-based controls are lazy chunks, prefetched when an
 * envelope uses them (render/registry.tsx `preloadViews`), so a view parses only the controls it shows.
 */
import type { NodeViewProps } from "../../render/registry.js";
import { registerLazyViews, registerViews } from "../../render/registry.js";
import { Button } from "./button.js";

registerViews({ Button });

/** A busy box of the control's usual size (the browser harnesses wait for aria-busy to clear). */
const busy = (className: string, rows = 1) => (
  <div
    className={`pf-loading ${className}`}
    style={rows > 1 ? { minHeight: `${rows * 1.75}rem` } : undefined}
    aria-busy="true"
  />
);
const childCount = (p: NodeViewProps) => {
  const c = (p.node as unknown as { children?: unknown }).children;
  return Array.isArray(c) ? c.length : 1;
};

// Input, Textarea, Form and the Field family: only views with inputs need them.
registerLazyViews(
  [
    "Input",
    "Textarea",
    "Form",
    "Field",
    "FieldTitle",
    "FieldDescription",
    "FieldError",
    "FieldContent",
    "ChoiceCard",
  ],
  () => import("./inputs.js"),
  {
    fallback: (p) =>
      p.type === "Input"
        ? busy("h-9 w-full rounded-md border border-input")
        : p.type === "Textarea"
          ? busy("min-h-16 w-full rounded-md border border-input")
          : null,
  },
);

// DropZone (file reading, its lucide glyph): only upload views need it.
registerLazyViews(["DropZone"], () => import("./drop-zone.js"), {
  fallback: () => busy("h-32 w-full rounded-lg border border-dashed"),
});

// Radix Checkbox/Switch/RadioGroup/Slider (~25 KiB min): only views with such a control need them.
registerLazyViews(["Checkbox", "Switch", "RadioGroup", "Radio", "Slider"], () => import("./controls.js"), {
  fallback: (p) => (p.type === "RadioGroup" ? busy("w-full", childCount(p)) : busy("h-5 w-full")),
});

// Radix Select + Popover with floating-ui, and the calendar (~60 KiB min): only views with a picker need them.
registerLazyViews(
  [
    "Select",
    "SelectOption",
    "SelectGroup",
    "SelectLabel",
    "SelectSeparator",
    "Combobox",
    "ComboboxOption",
    "ComboboxGroup",
    "ComboboxLabel",
    "ComboboxSeparator",
    "Calendar",
    "DatePicker",
  ],
  () => import("./pickers.js"),
  {
    fallback: (p) =>
      p.type === "Calendar"
        ? busy("h-72 w-64 rounded-md border")
        : p.type === "Select" || p.type === "Combobox" || p.type === "DatePicker"
          ? busy("h-9 w-full rounded-md border border-input")
          : null,
  },
);
