/**
 * a11y-chart-description: a chart is an SVG picture of numbers; without a title next to
 * it a screen-reader user (and often a sighted one) can't tell what it shows. "Nearby"
 * is kept simple and predictable:
 * - the chart is inside a Card that has a CardTitle, CardDescription or heading; or
 * - a heading (H1–H4, Heading, CardTitle) comes before it among its siblings, or among
 *   its parent's siblings (one wrapper, e.g. a Row of charts under an H3); or
 * - it sits in a titled container: Tab, AccordionItem, Dialog or Popover with a `title`.
 */
import type { LintRule } from "../types.js";
import type { LintNode } from "../walk.js";
import { ancestors, descendants, hasText } from "../walk.js";

const CHARTS = new Set([
  "BarChart",
  "LineChart",
  "AreaChart",
  "PieChart",
  "RadarChart",
  "RadialChart",
  "ScatterChart",
]);
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "Heading", "CardTitle"]);
const CARD_TITLES = new Set([...HEADINGS, "CardDescription"]);
const TITLED_CONTAINERS = new Set(["Tab", "AccordionItem", "Dialog", "Popover"]);

const hasContent = (n: LintNode) => hasText(n, "content") || n.children.length > 0;

/** A heading, or a CardHeader holding one (an H3 inside a header Row counts). */
function isHeading(n: LintNode): boolean {
  if (HEADINGS.has(n.type)) return hasContent(n);
  if (n.type === "CardHeader") {
    for (const d of descendants(n)) if (HEADINGS.has(d.type) && hasContent(d)) return true;
  }
  return false;
}

function headingBefore(n: LintNode): boolean {
  for (let i = n.index - 1; i >= 0; i--) if (isHeading(n.siblings[i]!)) return true;
  return false;
}

function titled(chart: LintNode): boolean {
  if (headingBefore(chart)) return true;
  if (chart.parent && headingBefore(chart.parent)) return true;
  let seenCard = false;
  for (const a of ancestors(chart)) {
    if (TITLED_CONTAINERS.has(a.type) && hasText(a, "title")) return true;
    // Only the nearest Card is "the same Card"; an outer one's title is about its own content.
    if (a.type === "Card" && !seenCard) {
      seenCard = true;
      for (const d of descendants(a)) if (CARD_TITLES.has(d.type) && hasContent(d)) return true;
    }
  }
  return false;
}

export const chartDescription: LintRule = {
  code: "a11y-chart-description",
  check(node, ctx) {
    if (!CHARTS.has(node.type) || titled(node)) return;
    ctx.report(
      "a11y-chart-description",
      node,
      `${node.type} has no title or description: put it in a Card with a CardTitle, or add a heading (H3, Heading…) just before it`,
    );
  },
};
