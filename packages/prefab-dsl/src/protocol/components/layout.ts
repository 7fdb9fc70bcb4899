/** Layout and structure: containers whose look comes mostly from `cssClass`. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { bool, num, oneOf, openEnum, orientation, str, styleObject } from "../schema-kit.js";

function box<const T extends string>(type: T, description: string) {
  return defineComponent({ type, family: "layout", description, props: () => ({}), children: true });
}

export const Column = box(
  "Column",
  "Vertical flex stack; spacing and alignment come from cssClass (gap-4, items-center).",
);
export const Row = box(
  "Row",
  "Horizontal flex row; spacing and alignment come from cssClass (gap-2, justify-between).",
);
export const Container = box("Container", "Centered, padded page-width container.");
export const Card = box("Card", "Bordered surface grouping related content.");
export const CardHeader = box("CardHeader", "Top section of a Card (title, description).");
export const CardContent = box("CardContent", "Main section of a Card.");
export const CardFooter = box("CardFooter", "Bottom section of a Card, usually actions.");
export const CardTitle = defineComponent({
  type: "CardTitle",
  family: "layout",
  description: "Title of a Card: `content` text or children.",
  props: () => ({ content: z.optional(str) }),
  children: true,
  primary: "content",
  example: { content: "Revenue" },
});
export const CardDescription = defineComponent({
  type: "CardDescription",
  family: "layout",
  description: "Muted subtitle of a Card: `content` text or children.",
  props: () => ({ content: z.optional(str) }),
  children: true,
  primary: "content",
  example: { content: "Last 30 days" },
});

export const Grid = defineComponent({
  type: "Grid",
  family: "layout",
  description: "CSS grid; columns from cssClass (grid-cols-3), columnTemplate, or minColumnWidth (auto-fit).",
  props: () => ({ columnTemplate: z.optional(str), minColumnWidth: z.optional(str) }),
  children: true,
  example: { cssClass: "grid-cols-2 gap-4", children: [] },
});
export const GridItem = defineComponent({
  type: "GridItem",
  family: "layout",
  description: "A Grid cell spanning colSpan columns and rowSpan rows.",
  props: () => ({ colSpan: z.optional(num), rowSpan: z.optional(num) }),
  defaults: { colSpan: 1, rowSpan: 1 },
  children: true,
});
export const Dashboard = defineComponent({
  type: "Dashboard",
  family: "layout",
  description: "Fixed grid of `columns` columns and rows of `rowHeight` for placed DashboardItems.",
  props: () => ({
    columns: z.optional(num),
    rowHeight: z.optional(z.union([z.number(), z.string()])),
    rows: z.optional(num),
  }),
  defaults: { columns: 12, rowHeight: 120 },
  children: true,
});
export const DashboardItem = defineComponent({
  type: "DashboardItem",
  family: "layout",
  description: "A tile placed at (col, row) spanning colSpan × rowSpan in a Dashboard.",
  props: () => ({
    col: z.optional(num),
    row: z.optional(num),
    colSpan: z.optional(num),
    rowSpan: z.optional(num),
    zIndex: z.optional(num),
  }),
  defaults: { col: 1, row: 1, colSpan: 1, rowSpan: 1 },
  children: true,
});
export const Div = defineComponent({
  type: "Div",
  family: "layout",
  description: "A plain block element; styling from cssClass and an optional inline style object.",
  props: () => ({ style: z.optional(styleObject) }),
  children: true,
});
export const Span = defineComponent({
  type: "Span",
  family: "layout",
  description: "Inline text; `code` renders it as inline code (0.3 replacement of InlineCode).",
  props: () => ({
    content: z.optional(str),
    style: z.optional(styleObject),
    code: z.optional(bool),
    bold: z.optional(bool),
    italic: z.optional(bool),
  }),
  defaults: { code: false },
  primary: "content",
  example: { content: "inline" },
});
export const Separator = defineComponent({
  type: "Separator",
  family: "layout",
  description: "A thin horizontal or vertical rule.",
  props: () => ({ orientation: z.optional(orientation) }),
  defaults: { orientation: "horizontal" },
});
export const Accordion = defineComponent({
  type: "Accordion",
  family: "layout",
  description: "Collapsible sections; children are AccordionItems.",
  props: () => ({
    multiple: z.optional(bool),
    collapsible: z.optional(bool),
    defaultValues: z.optional(z.array(str)),
  }),
  defaults: { multiple: false, collapsible: true },
  children: true,
});
export const AccordionItem = defineComponent({
  type: "AccordionItem",
  family: "layout",
  description: "One Accordion section: `title` is the header, children the panel.",
  props: () => ({ title: str, value: z.optional(str) }),
  children: true,
  primary: "title",
  example: { title: "Details", children: [] },
});
export const Tabs = defineComponent({
  type: "Tabs",
  family: "layout",
  description: "Tabbed panels; children are Tab nodes. With `name` the active tab lives in state.",
  props: () => ({
    name: z.optional(str),
    value: z.optional(str),
    defaultValue: z.optional(str),
    variant: z.optional(openEnum(["default", "line"])),
    orientation: z.optional(orientation),
  }),
  defaults: { variant: "default", orientation: "horizontal" },
  events: ["onChange"],
  children: true,
  stateful: { prefix: "tabs" },
});
export const Tab = defineComponent({
  type: "Tab",
  family: "layout",
  description: "One Tabs panel: `title` labels the trigger, children are the panel.",
  props: () => ({ title: str, value: z.optional(str), disabled: z.optional(bool) }),
  defaults: { disabled: false },
  children: true,
  primary: "title",
  example: { title: "Overview", children: [] },
});
export const ButtonGroup = defineComponent({
  type: "ButtonGroup",
  family: "layout",
  description: "Joins Buttons into one segmented control.",
  props: () => ({ orientation: z.optional(orientation) }),
  defaults: { orientation: "horizontal" },
  children: true,
});
export const Carousel = defineComponent({
  type: "Carousel",
  family: "layout",
  description: "Slides (one per child) with controls, auto-advance or continuous marquee.",
  props: () => ({
    visible: z.optional(z.nullable(num)),
    gap: z.optional(num),
    height: z.optional(num),
    direction: z.optional(oneOf(["left", "right", "up", "down"])),
    loop: z.optional(bool),
    autoAdvance: z.optional(num),
    continuous: z.optional(bool),
    speed: z.optional(num),
    effect: z.optional(oneOf(["slide", "fade"])),
    dimInactive: z.optional(bool),
    showControls: z.optional(bool),
    controlsPosition: z.optional(oneOf(["overlay", "outside", "gutter"])),
    showDots: z.optional(bool),
    pauseOnHover: z.optional(bool),
    align: z.optional(oneOf(["start", "center", "end"])),
    slidesToScroll: z.optional(num),
    drag: z.optional(bool),
  }),
  defaults: {
    visible: 1,
    gap: 0,
    direction: "left",
    loop: true,
    autoAdvance: 0,
    continuous: false,
    speed: 2,
    effect: "slide",
    dimInactive: false,
    showControls: true,
    controlsPosition: "outside",
    showDots: false,
    pauseOnHover: true,
    align: "start",
    slidesToScroll: 1,
    drag: true,
  },
  children: true,
  since: "0.3",
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [
  Accordion,
  AccordionItem,
  ButtonGroup,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Carousel,
  Column,
  Container,
  Dashboard,
  DashboardItem,
  Div,
  Grid,
  GridItem,
  Row,
  Separator,
  Span,
  Tab,
  Tabs,
] as const;
