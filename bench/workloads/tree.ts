/**
 * A 2,000-node tree with 918 interpolations, timed to the frame where the last interpolated values are shown.
 * The same run measures the renderer frame's JS heap after forced GC (CDP HeapProfiler.collectGarbage ×2 +
 * Runtime.getHeapUsage on the iframe's own target): before the envelope (renderer loaded, handshake done) and after.
 */
import { lastLabel, TREE_SECTIONS, treeEnvelope } from "../generate/tree.js";
import { frameSession, heapAfterGc, measure, openHost } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import type { Workload } from "./types.js";

const { envelope } = treeEnvelope();
const PRED = `((root) => {
  const t = root.textContent || "";
  if (!t.includes(${JSON.stringify(lastLabel())}) || !t.includes(${JSON.stringify(`Section ${TREE_SECTIONS - 1}`)})) return false;
  if (t.includes("{{")) return "uninterpolated template in the view";
  return true;
})`;
const MiB = 1024 * 1024;

export const tree: Workload = {
  id: "tree",
  title: "2,000-node tree, 918 interpolations",
  kinds: KINDS,
  quick: true,
  metrics: [
    { key: "ms", label: "2,000-node tree, 918 interpolations", unit: "ms", target: { ratioVsOriginal: 0.4 } },
    {
      key: "heapAfter",
      label: "JS heap after forced GC, tree rendered",
      unit: "MiB",
      target: { ratioVsOriginal: 0.2 },
    },
    { key: "heapGrowth", label: "JS heap growth from the tree (after GC)", unit: "MiB" },
  ],
  async run(browser, kind) {
    const host = await openHost(browser, kind);
    try {
      const session = await frameSession(host.page, host.frame);
      const before = await heapAfterGc(session);
      const r = await measure(host, kind, envelope, PRED, 60_000);
      if (!r.ok) return { failed: r.reason ?? "not ready" };
      const after = await heapAfterGc(session);
      return { values: { ms: r.ms, heapAfter: after / MiB, heapGrowth: (after - before) / MiB } };
    } finally {
      await host.close();
    }
  },
};
