/** Pure geometry of the path-drawn series and the cheap axes (no DOM). */
import { describe, expect, it } from "vitest";
import { pickCategoryTicks, textWidth } from "./axis.js";
import { barPath, barSlots } from "./bar-paths.js";
import { circlesPath, hitTest, symbolRadius } from "./scatter-paths.js";
import { categoryPositions, dotsPath, seriesValues } from "./series-paths.js";

const series = [
  { dataKey: "a", label: "A", color: "red" },
  { dataKey: "b", label: "B", color: "blue" },
];

describe("bars", () => {
  it("barSlots: 10% category gap, 4px bar gap, whole-pixel widths (recharts' getBarPositions)", () => {
    // band 100, 2 bars: (100 - 20 - 4) / 2 = 38
    expect(barSlots(100, 2)).toEqual({ offset: 10, size: 38, gap: 4 });
    // band 3.7 (200 bars in 740 px): 2.96 → 2 px, no room for a gap with one bar anyway
    const thin = barSlots(3.7, 1);
    expect(thin.offset).toBeCloseTo(0.37);
    expect(thin.size).toBe(2);
    // too narrow for the gap between 3 bars: gap 0; 1.07 → 1 px; below 1px the fraction is kept
    expect(barSlots(4, 3)).toMatchObject({ gap: 0, size: 1 });
    expect(barSlots(2, 3).size).toBeCloseTo(1.6 / 3);
  });

  it("barPath: all four corners rounded, clamped to half the bar; zero-length bars draw nothing", () => {
    expect(barPath(false, 10, 20, 100, 40, 4)).toBe(
      "M10,44A4,4 0 0,1 14,40H16A4,4 0 0,1 20,44V96A4,4 0 0,1 16,100H14A4,4 0 0,1 10,96Z",
    );
    // 2px wide: radius 1
    expect(barPath(false, 0, 2, 50, 10, 4)).toContain("A1,1");
    // negative value (end below the base) and horizontal layout
    expect(barPath(false, 0, 10, 50, 80, 0)).toBe("M0,50H10V80H0Z");
    expect(barPath(true, 5, 15, 0, 30, 0)).toBe("M0,5H30V15H0Z");
    expect(barPath(false, 0, 10, 50, 50, 4)).toBe("");
  });
});

describe("series values and points", () => {
  const data = [
    { x: "p0", a: 1, b: 2 },
    { x: "p1", a: "3", b: null },
    { x: "p2", b: 5 },
  ];

  it("seriesValues: gaps stay gaps; stacked series accumulate in order, a missing value counting 0 for those above", () => {
    const plain = seriesValues(data, series, false);
    expect(plain[0]!.top).toEqual([1, 3, undefined]);
    expect(plain[1]!.top).toEqual([2, undefined, 5]);
    expect(plain[1]!.bottom).toEqual([0, undefined, 0]);
    const stacked = seriesValues(data, series, true);
    expect(stacked[0]!.top).toEqual([1, 3, undefined]);
    expect(stacked[1]!.bottom).toEqual([1, 3, 0]);
    expect(stacked[1]!.top).toEqual([3, undefined, 5]);
  });

  it("categoryPositions: by category value, by index when categories repeat or there is no key", () => {
    const calls: unknown[] = [];
    const scale = ((v: unknown, o?: { position?: string }) => {
      calls.push([v, o?.position]);
      return typeof v === "number" ? v * 10 : Number(String(v).slice(1)) * 100;
    }) as never;
    expect(categoryPositions(scale, data, "x")).toEqual([0, 100, 200]);
    expect(categoryPositions(scale, [{ x: "a" }, { x: "a" }], "x", "start")).toEqual([0, 10]);
    expect(calls.at(-1)).toEqual([1, "start"]);
    expect(categoryPositions(scale, data, undefined)).toEqual([0, 10, 20]);
  });

  it("dotsPath: one circle (two arcs) per defined point", () => {
    const d = dotsPath(
      [
        { x: 10, y: 20 },
        { x: null, y: 5 },
        { x: 30, y: 40 },
      ],
      3,
    );
    expect(d).toBe("M7,20a3,3 0 1,0 6,0a3,3 0 1,0 -6,0M27,40a3,3 0 1,0 6,0a3,3 0 1,0 -6,0");
  });
});

describe("category ticks (recharts' preserveEnd without DOM measuring)", () => {
  const w = (s: string) => textWidth(s); // no canvas in Node: 7.2px a character at 12px

  it("keeps every label when they fit, in axis order", () => {
    const r = pickCategoryTicks(["Jan", "Feb", "Mar"], [40, 588], [0, 600], "band");
    expect(r.ticks).toEqual(["Jan", "Feb", "Mar"]);
    expect(r.shift).toBeUndefined();
  });

  it("walks back from the last label, skipping labels closer than their half widths + 5px", () => {
    const values = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const r = pickCategoryTicks(values, [40, 788], [0, 800], "band");
    expect(r.ticks.at(-1)).toBe("p199");
    const step = 748 / 200;
    const at = (v: unknown) => 40 + step * (values.indexOf(v as string) + 0.5);
    for (let i = 1; i < r.ticks.length; i++) {
      const a = r.ticks[i - 1] as string;
      const b = r.ticks[i] as string;
      expect(at(b) - w(b) / 2 - (at(a) + w(a) / 2)).toBeGreaterThanOrEqual(5 - 1e-9);
    }
    // dense enough: no gap of two skipped labels' worth
    expect(r.ticks.length).toBeGreaterThan(20);
  });

  it("pulls the last label inside the chart; the first point label may overhang the value axis", () => {
    const r = pickCategoryTicks(["January", "February"], [40, 588], [0, 600], "point");
    expect(r.ticks).toEqual(["January", "February"]);
    // "February" centred on 588 would end at 588 + w/2 > 600
    expect(r.shift?.value).toBe("February");
    expect(r.shift!.dx).toBeCloseTo(600 - (588 + w("February") / 2));
  });

  it("nothing to show on an empty or collapsed axis", () => {
    expect(pickCategoryTicks([], [0, 100], [0, 100], "band").ticks).toEqual([]);
    expect(pickCategoryTicks(["a"], [50, 50], [0, 100], "point").ticks).toEqual([]);
  });
});

describe("scatter", () => {
  const s = { dataKey: "a", label: "A", color: "red" };
  const groups = [{ s, rows: [{ z: 0 }, { z: 50 }, { z: 100 }, { z: "x" }] }];

  it("symbolRadius: 64 px² without z; z mapped from [0, max] onto [40, 400] px² areas", () => {
    expect(symbolRadius(groups, undefined)({})).toBeCloseTo(Math.sqrt(64 / Math.PI));
    const r = symbolRadius(groups, "z");
    expect(r({ z: 0 })).toBeCloseTo(Math.sqrt(40 / Math.PI));
    expect(r({ z: 50 })).toBeCloseTo(Math.sqrt(220 / Math.PI));
    expect(r({ z: 100 })).toBeCloseTo(Math.sqrt(400 / Math.PI));
    expect(r({ z: "x" })).toBeCloseTo(Math.sqrt(40 / Math.PI));
  });

  it("circlesPath and hitTest: one path of circles; the nearest circle (+2 px) under the pointer", () => {
    const row = {};
    const pts = [
      { cx: 10, cy: 10, r: 4, row, group: 0 },
      { cx: 16, cy: 10, r: 4, row, group: 1 },
    ];
    expect(circlesPath(pts)).toBe("M6,10a4,4 0 1,0 8,0a4,4 0 1,0 -8,0M12,10a4,4 0 1,0 8,0a4,4 0 1,0 -8,0");
    expect(hitTest(pts, 12, 10)).toBe(pts[0]);
    expect(hitTest(pts, 14, 10)).toBe(pts[1]);
    expect(hitTest(pts, 10, 15.5)).toBe(pts[0]); // 5.5 px away: inside r + 2
    expect(hitTest(pts, 10, 17)).toBeUndefined();
  });
});
