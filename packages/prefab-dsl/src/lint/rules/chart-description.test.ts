import { describe, expect, it } from "vitest";
import { lintInput } from "../index.js";

const lint = (view: unknown) =>
  lintInput({ $prefab: { version: "0.3" }, view }).findings.filter(
    (i) => i.code === "a11y-chart-description",
  );

const bar = { type: "BarChart", data: [{ m: "Jan", v: 1 }], series: [{ dataKey: "v" }], xAxis: "m" };
const pie = { type: "PieChart", data: [{ n: "A", v: 1 }], dataKey: "v", nameKey: "n" };

describe("a11y-chart-description", () => {
  it("flags a bare chart and a chart in an untitled Card", () => {
    expect(lint(bar)).toEqual([
      expect.objectContaining({ path: "view", message: expect.stringMatching(/^BarChart has no title/) }),
    ]);
    expect(
      lint({ type: "Card", children: [{ type: "CardContent", children: [pie] }] }).map((f) => f.path),
    ).toEqual(["view.children[0].children[0]"]);
  });

  it("accepts a chart in a Card with a CardTitle or CardDescription", () => {
    const card = (header: unknown) => ({
      type: "Card",
      children: [
        { type: "CardHeader", children: [header] },
        { type: "CardContent", children: [bar] },
      ],
    });
    expect(lint(card({ type: "CardTitle", content: "Revenue" }))).toEqual([]);
    expect(lint(card({ type: "CardDescription", content: "Monthly revenue" }))).toEqual([]);
  });

  it("accepts a heading before the chart or before its wrapper, not after it", () => {
    expect(lint({ type: "Column", children: [{ type: "H3", content: "Sales" }, bar] })).toEqual([]);
    expect(
      lint({
        type: "Column",
        children: [
          { type: "Heading", content: "Sales", level: 2 },
          { type: "Row", children: [bar, pie] },
        ],
      }),
    ).toEqual([]);
    expect(lint({ type: "Column", children: [bar, { type: "H3", content: "Sales" }] })).toHaveLength(1);
  });

  it("accepts a chart in a titled Tab", () => {
    expect(lint({ type: "Tabs", children: [{ type: "Tab", title: "Revenue", children: [bar] }] })).toEqual(
      [],
    );
  });
});
