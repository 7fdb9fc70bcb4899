import { rng } from "./rng.js";

export const TREE_SECTIONS = 54;
const ROWS = 8;

export const lastLabel = () => `label-${TREE_SECTIONS - 1}-${ROWS - 1}`;

/**
 * A 2,000-node view with 918 interpolations: root Column + H1 + 54 Cards, each
 * Card > CardHeader > CardTitle("{{ title_s }}") + CardContent > Column > 8 × Row > [Text("{{ label_s_r }}"),
 * Badge(static), Text("{{ count_s_r | number }} items")]. State holds the 918 values.
 */
export function treeEnvelope() {
  const r = rng(2000);
  const state: Record<string, unknown> = {};
  let nodes = 2;
  let interpolations = 0;
  const sections = Array.from({ length: TREE_SECTIONS }, (_, s) => {
    state[`title_${s}`] = `Section ${s}`;
    interpolations++;
    const rows = Array.from({ length: ROWS }, (_, i) => {
      state[`label_${s}_${i}`] = `label-${s}-${i}`;
      state[`count_${s}_${i}`] = Math.floor(r() * 100_000);
      interpolations += 2;
      nodes += 4;
      return {
        type: "Row",
        cssClass: "gap-2 items-center",
        children: [
          { type: "Text", content: `{{ label_${s}_${i} }}` },
          { type: "Badge", label: i % 2 ? "even" : "odd", variant: "secondary" },
          { type: "Text", content: `{{ count_${s}_${i} | number }} items` },
        ],
      };
    });
    nodes += 5;
    return {
      type: "Card",
      children: [
        { type: "CardHeader", children: [{ type: "CardTitle", content: `{{ title_${s} }}` }] },
        { type: "CardContent", children: [{ type: "Column", cssClass: "gap-1", children: rows }] },
      ],
    };
  });
  return {
    envelope: {
      version: "0.2",
      view: { type: "Column", cssClass: "gap-4", children: [{ type: "H1", content: "Tree" }, ...sections] },
      state,
    },
    nodes,
    interpolations,
  };
}
