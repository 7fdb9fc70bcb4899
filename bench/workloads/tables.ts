/**
 * DataTable workloads, timed from sending the tool result to the frame in which the first page / first screen of
 * rows is in the DOM (row ids are fixed-width, so text checks are exact).
 */

import { openReferenceHost } from "../../packages/prefab-renderer/test/browser/reference-host.js";
import { rowId, tableEnvelope } from "../generate/table.js";
import { floorGuest } from "../lib/floor-guest.js";
import { FRAME_WIDTH, frameSession, heapAfterGc, measure, openHost, VIEWPORT } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import type { Predicate } from "../lib/wait.js";
import type { Outcome, Workload } from "./types.js";

const MiB = 1024 * 1024;

/** Rows 0..9 shown; with `paginated`, row 10 must NOT be in the DOM (a renderer that ignores pagination fails). */
function rowsReady(paginated: boolean): Predicate {
  const [first, tenth, eleventh] = [rowId(0), rowId(9), rowId(10)];
  return `((root) => {
    const t = root.textContent || "";
    if (!t.includes(${JSON.stringify(first)}) || !t.includes(${JSON.stringify(tenth)})) return false;
    if (${paginated} && t.includes(${JSON.stringify(eleventh)})) return "pagination ignored: row 11 is on page 1";
    return true;
  })`;
}

function tableWorkload(
  id: string,
  title: string,
  rows: number,
  paginated: boolean,
  kinds: Workload["kinds"],
  quick: boolean,
  target?: number,
  /** Also measure the frame's JS heap growth from the table, after forced GC (issue #5: ≤ 0.2× the original's). */
  heapTarget?: number,
): Workload {
  const envelope = tableEnvelope(rows, paginated);
  return {
    id,
    title,
    kinds,
    quick,
    metrics: [
      { key: "ms", label: title, unit: "ms", ...(target ? { target: { ratioVsOriginal: target } } : {}) },
      ...(heapTarget
        ? [
            {
              key: "heapGrowth",
              label: `JS heap growth from the ${title} (after GC)`,
              unit: "MiB" as const,
              target: { ratioVsOriginal: heapTarget },
            },
          ]
        : []),
    ],
    async run(browser, kind): Promise<Outcome> {
      const host = await openHost(browser, kind);
      try {
        const session = heapTarget ? await frameSession(host.page, host.frame) : undefined;
        const before = session ? await heapAfterGc(session) : 0;
        const r = await measure(host, kind, envelope, rowsReady(paginated), 90_000);
        if (!r.ok) return { failed: r.reason ?? "not ready" };
        if (!session) return { values: { ms: r.ms } };
        return { values: { ms: r.ms, heapGrowth: ((await heapAfterGc(session)) - before) / MiB } };
      } finally {
        await host.close();
      }
    },
  };
}

export const table10k = tableWorkload(
  "table-10k",
  "DataTable 10,000 rows, paginated",
  10_000,
  true,
  KINDS,
  true,
  0.33,
  0.2,
);
export const table1k = tableWorkload(
  "table-1k",
  "DataTable 1,000 rows, unpaginated",
  1_000,
  false,
  KINDS,
  false,
  0.2,
);
export const table100k = tableWorkload(
  "table-100k",
  "DataTable 100,000 rows, unpaginated (ours: virtual)",
  100_000,
  false,
  ["ours"],
  false,
);

/**
 * The floor under every renderer's 10k figure: the same tool result, sent by the same host page, to a 20-line guest
 * that prints the first page's row ids as text (lib/floor-guest.ts). What it measures — the host's postMessage, the
 * cross-process structured clone of 10,000 row objects, their deserialization in the guest — is paid by every
 * renderer before its own code runs; a renderer cannot go below it. Run in ours' browser only (one row).
 */
export const table10kFloor: Workload = {
  id: "table-10k-floor",
  title: "DataTable 10,000 rows: the same message to a 20-line guest (transport floor)",
  kinds: ["ours"],
  quick: true,
  metrics: [
    {
      key: "ms",
      label: "DataTable 10,000 rows: same message to a 20-line guest (transport floor)",
      unit: "ms",
    },
  ],
  async run(browser) {
    const guest = floorGuest(`(sc, root) => {
      root.textContent = sc.view.rows.slice(0, 10).map((r) => r.id).join(" ");
    }`);
    const host = await openReferenceHost(browser, "ours", {
      width: FRAME_WIDTH,
      viewport: VIEWPORT,
      rendererHtml: guest,
    });
    try {
      const r = await measure(host, "ours", tableEnvelope(10_000, true), rowsReady(true), 90_000);
      return r.ok ? { values: { ms: r.ms } } : { failed: r.reason ?? "not ready" };
    } finally {
      await host.close();
    }
  },
};
