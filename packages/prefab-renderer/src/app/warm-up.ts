/**
 * Idle-time warm-up of the MCP App, a lazy chunk loaded after the handshake (mcp-app.tsx), while the host runs the
 * tool: the first tool result should not pay for code running for the first time.
 *
 * - The envelope parser runs over a small plain table, so its per-row loops (`sanitize`, the compiled prop checks)
 *   are compiled and optimised before a 10,000-row result arrives: cold, they cost more than the walk itself; and
 *   over a card of the common layout types, so their prop schemas (built on first use) are ready.
 * - Intl's number and date formatters are built once (the first costs ~30 ms: ICU loads locale data).
 * - The chunks most views need are loaded: DataTable (tables are what data tools return most), Badge/Metric and
 *   the author-class support (any `cssClass`), so a first render does not wait for their code to be inflated,
 *   compiled and run (2–30 ms each in profiles of the bench's 2,000-node tree).
 *
 * Each step is its own idle callback: a tool result that arrives meanwhile waits for one step at most, and the first
 * paint of the app never waits for any of it.
 */
import { warmUpFormats } from "../engine/expression/format.js";
import { preloadViews } from "../render/registry.js";
import { prepareEnvelope } from "./prefab-view.js";

/** Enough calls for V8 to optimise the per-row code (a few ms in idle time, once). */
const SAMPLE_ROWS = 1000;

/** A valid paginated table of plain rows (exported for the test). */
export function sampleEnvelope(): Record<string, unknown> {
  const rows = [];
  for (let i = 0; i < SAMPLE_ROWS; i++)
    rows.push({ id: `R-${i}`, owner: "Ada", amount: i / 4, open: i % 2 === 0 });
  return {
    version: "0.2",
    view: {
      type: "DataTable",
      columns: [
        { key: "id", header: "ID", sortable: true },
        { key: "amount", header: "Amount", format: "number" },
      ],
      rows,
      paginated: true,
    },
  };
}

/** One of each common layout type (exported for the test). */
export function sampleCard(): Record<string, unknown> {
  const text = (content: string) => ({ type: "Text", content });
  return {
    version: "0.2",
    view: {
      type: "Column",
      cssClass: "gap-2",
      children: [
        { type: "H1", content: "{{ title }}" },
        {
          type: "Card",
          children: [
            { type: "CardHeader", children: [{ type: "CardTitle", content: "{{ title }}" }] },
            {
              type: "CardContent",
              children: [
                { type: "Row", children: [text("{{ n | number }}"), { type: "Badge", label: "b" }] },
              ],
            },
            { type: "CardFooter", children: [{ type: "Button", label: "OK" }] },
          ],
        },
      ],
    },
    state: { title: "t", n: 1 },
  };
}

/** Chunks most first renders need (preloadViews types; `$cssClass`: author classes). */
export const WARM_CHUNKS = ["DataTable", "Badge", "$cssClass"];

export function warmUp(idle: (step: () => void) => unknown): void {
  idle(() => {
    // The prepared results are cached by input object only: nothing of these samples outlives them.
    prepareEnvelope(sampleEnvelope());
    prepareEnvelope(sampleCard());
    idle(() => {
      warmUpFormats();
      idle(() => void preloadViews(WARM_CHUNKS));
    });
  });
}
