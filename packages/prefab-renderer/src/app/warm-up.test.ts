import { parseEnvelope } from "@prefab-ui/dsl";
import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { describe, expect, it } from "vitest";
import { sampleEnvelope, warmUp } from "./warm-up.js";

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
    for (const _step of ["parse", "Intl formatters", "DataTable chunk"]) {
      expect(queue).toHaveLength(1);
      queue.shift()!();
    }
    expect(queue).toHaveLength(0);
  });
});
