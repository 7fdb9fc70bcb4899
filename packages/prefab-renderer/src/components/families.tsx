/**
 * Lazy registrations of the Radix-based layout families (their code is a chunk each, parsed on first use and
 * prefetched by the MCP App before an envelope that uses them renders; see render/registry.tsx).
 */
import type { Node } from "@prefab-ui/dsl";
import type { NodeViewProps } from "../render/registry.js";
import { registerLazyViews } from "../render/registry.js";

/** The overlay's first child (its trigger) stands in while the chunk loads, so the trigger does not jump. */
function triggerOnly(p: NodeViewProps) {
  const nodes = (p.node as unknown as { children?: unknown }).children;
  const first = Array.isArray(nodes) ? (nodes.slice(0, 1) as Node[]) : [];
  return (
    <div className="pf-overlay-trigger inline-flex w-fit max-w-full" aria-busy="true">
      {p.renderNodes(first, "children")}
    </div>
  );
}

// Radix Dialog/Popover/HoverCard/Tooltip with floating-ui, focus scope, scroll lock (~45 KiB min).
registerLazyViews(["Dialog", "Popover", "HoverCard", "Tooltip"], () => import("./overlay.js"), {
  fallback: (p) => (p.type === "Tooltip" ? <span aria-busy="true">{p.children}</span> : triggerOnly(p)),
});

// Radix Tabs/Accordion plus Pages and Carousel (~25 KiB min).
registerLazyViews(
  ["Tabs", "Accordion", "Pages", "Carousel", "Tab", "AccordionItem", "Page"],
  () => import("./navigation.js"),
  {
    fallback: () => <div className="pf-loading min-h-24 w-full" aria-busy="true" />,
  },
);
