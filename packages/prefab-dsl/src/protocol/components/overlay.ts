/** Overlays: the first child is the trigger, the remaining children the content. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { bool, num, side, str } from "../schema-kit.js";

export const Dialog = defineComponent({
  type: "Dialog",
  family: "overlay",
  description: "Modal dialog opened by its first child; with `name` its open state lives in state.",
  props: () => ({
    title: z.optional(str),
    description: z.optional(str),
    name: z.optional(str),
    dismissible: z.optional(bool),
  }),
  defaults: { dismissible: true },
  children: true,
});
export const Popover = defineComponent({
  type: "Popover",
  family: "overlay",
  description: "Floating panel opened by clicking its first child.",
  props: () => ({ title: z.optional(str), description: z.optional(str), side: z.optional(side) }),
  children: true,
});
export const HoverCard = defineComponent({
  type: "HoverCard",
  family: "overlay",
  description: "Preview card shown while hovering its first child.",
  props: () => ({ side: z.optional(side), openDelay: z.optional(num), closeDelay: z.optional(num) }),
  children: true,
});
export const Tooltip = defineComponent({
  type: "Tooltip",
  family: "overlay",
  description: "Short hint (`content`) shown on hover or focus of its children.",
  props: () => ({ content: str, side: z.optional(side), delay: z.optional(num) }),
  defaults: { side: "top", delay: 300 },
  children: true,
  primary: "content",
  example: { content: "More info", children: [] },
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [Dialog, HoverCard, Popover, Tooltip] as const;
