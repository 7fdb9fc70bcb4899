import {
  Badge,
  BarChart,
  Card,
  CardTitle,
  Column,
  DataTable,
  defineState,
  H2,
  Input,
  Metric,
  P,
  PrefabApp,
} from "@prefab-ui/dsl";
import { describe, expect, it } from "vitest";
import { envelopeToText } from "./text-fallback.js";

describe("envelopeToText", () => {
  const s = defineState({
    total: 1234.5,
    rate: 0.25,
    rows: [
      { name: "Acme", stage: "won" },
      { name: "Globex", stage: "open" },
      { name: "Initech", stage: "lost" },
    ],
  });
  const env = PrefabApp({
    state: s,
    view: Column(
      H2("Pipeline"),
      P(`Updated for ${s.total}`),
      Card(
        CardTitle("Summary"),
        Metric({ label: "Total", value: s.total.currency("EUR"), delta: s.rate.percent() }),
      ),
      Badge({ label: "Live" }),
      Input({ name: "q" }),
      BarChart({ data: s.rows, series: [{ dataKey: "amount", label: "Amount" }], xAxis: "name" }),
      DataTable({
        columns: [
          { key: "name", header: "Name" },
          { key: "stage", header: "Stage" },
        ],
        rows: s.rows,
      }),
    ),
  }).toJSON();

  it("renders headings, prose, metrics, badges, charts and table rows with state resolved", () => {
    expect(envelopeToText(env)).toBe(
      [
        "## Pipeline",
        "Updated for 1234.5",
        "### Summary",
        "Total: €1,234.50 (25%)",
        "[Live]",
        "[BarChart: Amount by name, 3 points]",
        "Name | Stage",
        "Acme | won",
        "Globex | open",
        "Initech | lost",
      ].join("\n"),
    );
  });

  it("caps table rows and total length", () => {
    const text = envelopeToText(env, { maxRows: 1 });
    expect(text).toContain("Acme | won\n… 2 more rows");
    expect(envelopeToText(env, { maxChars: 20 })).toHaveLength(20);
  });

  it("leaves unresolvable expressions readable and follows $ref defs", () => {
    const text = envelopeToText({
      view: { type: "Column", children: [{ type: "Text", content: "{{ a.b * 2 }}" }, { $ref: "hdr" }] },
      defs: { hdr: { type: "H1", content: "From def" } },
    });
    expect(text).toBe("{{ a.b * 2 }}\n# From def");
  });

  it("says something even for a view without text", () => {
    expect(envelopeToText({ view: { type: "Column", children: [] } })).toMatch(/Prefab view/);
  });
});
