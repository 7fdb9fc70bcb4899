/**
 * Idle-time warm-up of the MCP App, a lazy chunk loaded after the handshake (mcp-app.tsx), while the host runs the
 * tool: the first tool result should not pay for code running for the first time.
 *
 * - The envelope parser runs over a small plain table, so its per-row loops (`sanitize`, the compiled prop checks)
 *   are compiled and optimised before a 10,000-row result arrives: cold, they cost more than the walk itself.
 * - Intl's number and date formatters are built once (the first costs ~30 ms: ICU loads locale data).
 * - The DataTable chunk is loaded (tables are what data tools return most), so a table's first render does not wait
 *   for its code to be compiled and run.
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

export function warmUp(idle: (step: () => void) => unknown): void {
  idle(() => {
    // The prepared result is cached by input object only: nothing of this sample outlives it.
    prepareEnvelope(sampleEnvelope());
    idle(() => {
      warmUpFormats();
      idle(() => void preloadViews(["DataTable"]));
    });
  });
}
