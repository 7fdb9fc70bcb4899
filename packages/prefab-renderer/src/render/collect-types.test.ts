import { describe, expect, it } from "vitest";
import { collectTypes } from "./registry.js";

describe("collectTypes", () => {
  it("finds node-valued cells and _detail nodes in DataTable rows, not plain row data", () => {
    const rows = [
      { id: 1, status: { type: "Badge", label: "ok" } },
      { id: 2, _detail: { type: "Markdown", content: "x" }, tags: ["a"], meta: { type: 3 } },
      ...Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `n${i}` })),
    ];
    const types = collectTypes({ view: { type: "DataTable", columns: [], rows } });
    expect([...types].sort()).toEqual(["Badge", "DataTable", "Markdown"]);
  });
});
