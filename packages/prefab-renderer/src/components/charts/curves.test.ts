/** Our curves are recharts' `<Curve>` paths (d3-shape, 3 digits): compared with its own `getPath` on random points. */
// @ts-expect-error recharts ships no types beside its es6 modules; the signature is in recharts/types/shape/Curve.
import { getPath as rechartsGetPath } from "recharts/es6/shape/Curve";
import type { getPath as GetPath } from "recharts/types/shape/Curve";
import { describe, expect, it } from "vitest";
import { rng } from "../../../test/rng.js";
import { areaPath, type CurveKind, linePath, type Point } from "./curves.js";

const getPath = rechartsGetPath as typeof GetPath;

function randomPoints(r: () => number, n: number, gaps: boolean): Point[] {
  let y = r() * 100;
  return Array.from({ length: n }, (_, i) => {
    y += (r() - 0.5) * 40;
    // repeated y values and flat runs exercise monotone's zero slopes; gaps break the curve
    const flat = r() < 0.15;
    return { x: 10 + i * (3 + r() * 20), y: gaps && r() < 0.15 ? null : flat ? 50 : y / 3 };
  });
}

describe("curves = recharts' getPath", () => {
  const kinds: CurveKind[] = ["linear", "monotone", "step"];
  it("lines, with and without gaps", () => {
    const r = rng(3);
    for (let i = 0; i < 300; i++) {
      const type = kinds[i % 3]!;
      const points = randomPoints(r, 1 + Math.floor(r() * 30), i % 2 === 1);
      expect(linePath(points, type), `${type} ${JSON.stringify(points)}`).toBe(
        getPath({ type, points, layout: "horizontal" }),
      );
    }
  });

  it("areas down to a flat baseline or to the series below (stacked)", () => {
    const r = rng(5);
    for (let i = 0; i < 300; i++) {
      const type = kinds[i % 3]!;
      const points = randomPoints(r, 1 + Math.floor(r() * 30), i % 2 === 1);
      const base =
        i % 4 < 2
          ? 190
          : points.map((p) => ({ x: p.x, y: r() < 0.1 ? null : 190 - r() * 20 }) satisfies Point);
      expect(areaPath(points, base, type), `${type} ${JSON.stringify({ points, base })}`).toBe(
        getPath({ type, points, baseLine: base, layout: "horizontal" }),
      );
    }
  });

  it("nothing to draw: null, as d3", () => {
    expect(linePath([{ x: 1, y: null }], "linear")).toBeNull();
    expect(linePath([{ x: 1, y: 2 }], "monotone")).toBe("M1,2Z");
  });
});
