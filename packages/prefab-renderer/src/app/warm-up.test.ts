import { parseEnvelope } from "@prefab-ui/dsl";
import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { describe, expect, it } from "vitest";
import { collectTypes } from "../render/registry.js";
import { sampleCard, sampleEnvelope, WARM_CHUNKS, warmUp } from "./warm-up.js";

describe("warmUp", () => {
  it("parses a valid table of plain rows (the path a big result takes), then loads the DataTable chunk", () => {
    const res = parseEnvelope(sampleEnvelope());
    expect(res.issues).toEqual([]);
    const view = res.envelope!.view as unknown as { type: string; rows: unknown[] };
    expect(view.type).toBe("DataTable");
    expect(view.rows.length).toBeGreaterThanOrEqual(1000);
    expect(isPlainRows(view.rows)).toBe(true);

    // One idle callback per step: a tool result arriving meanwhile waits for one step at most.
    const queue: (() => void)[] = [];
    warmUp((step) => queue.push(step));
    expect(queue).toHaveLength(1);
    for (const _step of ["parse", "Intl formatters", "chunks"]) {
      expect(queue).toHaveLength(1);
      queue.shift()!();
    }
    expect(queue).toHaveLength(0);
  });

  it("warms a valid card of the common layout types, and loads chunks that views do use", () => {
    expect(parseEnvelope(sampleCard()).issues).toEqual([]);
    const types = collectTypes(sampleCard());
    // The names are what collectTypes reports for real envelopes (preloadViews ignores unknown names silently).
    for (const chunk of WARM_CHUNKS.filter((t) => t !== "DataTable")) expect(types.has(chunk)).toBe(true);
  });
});
