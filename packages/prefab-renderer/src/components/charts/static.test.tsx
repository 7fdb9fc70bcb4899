// @vitest-environment happy-dom
/**
 * The static first paint draws what recharts draws: for random bar, line and area charts, the grid lines, tick
 * labels and series paths of `StaticChart` equal those of the recharts body the chart switches to when it goes live
 * (same positions to 1e-6 px, same text, same path data). The curves themselves are checked against recharts'
 * `getPath` in curves.test.ts.
 */
import { act, cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { rng } from "../../../test/rng.js";
import { CartesianBody } from "./cartesian-live.js";
import { type Cartesian, curveType } from "./chart-model.js";
import { type Datum, makeTooltip, paletteColor, type Series } from "./common.js";
import { categoryScale, linearScale, StaticChart, staticModel, valueAxis } from "./static-cartesian.js";

afterEach(cleanup);

type Kind = "bar" | "line" | "area";
interface Case {
  c: Cartesian;
  width: number;
  height: number;
}

/** A chart model as useCartesian builds it from props. */
function model(kind: Kind, o: Partial<Cartesian> & Pick<Cartesian, "data" | "series">): Cartesian {
  return {
    props: {},
    kind,
    fmt,
    tooltip: makeTooltip(fmt),
    animate: false,
    xKey: "x",
    height: 0,
    showGrid: true,
    showYAxis: true,
    showTooltip: true,
    legend: undefined,
    stacked: false,
    horizontal: false,
    radius: 4,
    curve: "linear",
    dots: false,
    area: kind === "area" ? { fillOpacity: 0.4 } : undefined,
    ...o,
  };
}

const fmt = (v: unknown) => String(v);

function randomCase(r: () => number): Case {
  const kind = (["bar", "line", "area"] as const)[Math.floor(r() * 3)]!;
  const rows = 1 + Math.floor(r() * (r() < 0.3 ? 200 : 24));
  const nSeries = 1 + Math.floor(r() * 3);
  const scale = [1, 0.01, 7, 250, 1e6][Math.floor(r() * 5)]!;
  const negative = r() < 0.25;
  const gaps = r() < 0.2;
  const decimals = r() < 0.5;
  const series: Series[] = Array.from({ length: nSeries }, (_, j) => ({
    dataKey: `s${j}`,
    label: `S${j}`,
    color: paletteColor(j),
  }));
  const xKey = r() < 0.85 ? "x" : undefined;
  const data: Datum[] = Array.from({ length: rows }, (_, i) => {
    const d: Datum = { x: r() < 0.2 ? i * 3 : `c${i}` };
    for (const s of series) {
      if (gaps && r() < 0.15) continue;
      let v = (negative ? r() - 0.4 : r()) * scale * 10;
      v = decimals ? Math.round(v * 100) / 100 : Math.round(v);
      d[s.dataKey] = v;
    }
    return d;
  });
  // Drawn in this order whatever the kind, so the seeded cases stay the same.
  const curve = curveType(["linear", "smooth", "step"][Math.floor(r() * 3)]);
  const dots = r() < 0.3;
  const showGrid = r() < 0.8;
  const showYAxis = r() < 0.8;
  const c = model(kind, {
    data,
    series,
    xKey,
    curve: kind === "bar" ? "linear" : curve,
    dots: kind !== "bar" && dots,
    showGrid,
    showYAxis,
  });
  c.stacked = kind !== "line" && r() < 0.4;
  return {
    c,
    width: 280 + Math.floor(r() * 700),
    height: 160 + Math.floor(r() * 260),
  };
}

function staticPicture({ c, width, height }: Case): ReactNode | undefined {
  const m = staticModel(c, width, height);
  return m ? <StaticChart c={c} model={m} /> : undefined;
}

function rechartsPicture({ c, width, height }: Case): ReactNode {
  return <CartesianBody c={c} width={width} height={height} live={false} />;
}

const n = (v: string | null) => Math.round(Number(v) * 1e6) / 1e6;

/** What the picture shows: grid lines, tick labels, series paths (document order within each kind). */
function picture(root: Element) {
  return {
    svg: [...root.querySelectorAll("svg.recharts-surface")].map((s) => [
      s.getAttribute("width"),
      s.getAttribute("height"),
      s.getAttribute("viewBox"),
    ]),
    grid: [...root.querySelectorAll(".recharts-cartesian-grid line")].map((l) =>
      ["x1", "y1", "x2", "y2"].map((a) => n(l.getAttribute(a))).concat(n(l.getAttribute("stroke-opacity"))),
    ),
    ticks: [...root.querySelectorAll("text.pf-chart-tick")].map((t) => [
      n(t.getAttribute("x")),
      n(t.getAttribute("y")),
      t.getAttribute("dy"),
      t.getAttribute("text-anchor"),
      t.textContent,
    ]),
    paths: [
      ...root.querySelectorAll(
        "path.pf-bar-path, path.pf-area-path, path.pf-line-path, path.pf-area-line, path.pf-dots",
      ),
    ].map((p) =>
      ["class", "d", "fill", "stroke", "stroke-width", "fill-opacity"].map((a) => p.getAttribute(a)),
    ),
  };
}

async function draw(node: ReactNode) {
  const view = render(node);
  // Recharts fills its z-index layers and reports ticks in effects after the first commit.
  for (let i = 0; i < 3; i++) await act(async () => {});
  const seen = picture(view.container);
  view.unmount();
  return seen;
}

describe("static cartesian picture = recharts' picture", () => {
  it("random bar, line and area charts", async () => {
    const r = rng(7);
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const k = randomCase(r);
      const still = staticPicture(k);
      if (!still) continue;
      const expected = await draw(rechartsPicture(k));
      const actual = await draw(still);
      expect(actual, `case ${i}: ${k.c.kind} ${JSON.stringify(k.c.data.slice(0, 3))}`).toEqual(expected);
      compared++;
    }
    // Most random charts are drawn statically (the rest: short plots).
    expect(compared).toBeGreaterThan(40);
  }, 60_000);

  it("no data yet (an unresolved template): the grid's edge lines only", async () => {
    for (const kind of ["bar", "line", "area"] as const) {
      const k = randomCase(rng(1));
      const empty: Case = {
        ...k,
        c: {
          ...k.c,
          kind,
          data: [],
          showGrid: true,
          area: kind === "area" ? { fillOpacity: 0.4 } : undefined,
        },
        height: 300,
      };
      const actual = await draw(staticPicture(empty));
      expect(actual.grid).toHaveLength(2);
      expect(actual).toEqual(await draw(rechartsPicture(empty)));
    }
  });

  it("the bench's chart wall: 200 bars or points, one series", async () => {
    const r = rng(24);
    for (const kind of ["bar", "line"] as const) {
      let v = 75;
      const data = Array.from({ length: 200 }, (_, i) => {
        v = Math.max(1, v + (r() - 0.5) * 20);
        return { x: `p${i}`, value: Math.round(v * 10) / 10 };
      });
      const k: Case = {
        c: model(kind, { data, series: [{ dataKey: "value", label: "V", color: paletteColor(0) }] }),
        width: 760,
        height: 220,
      };
      const actual = await draw(staticPicture(k));
      expect(actual.paths[0]![1]!.length).toBeGreaterThan(1000);
      expect(actual).toEqual(await draw(rechartsPicture(k)));
    }
  });
});

describe("static scales", () => {
  it("valueAxis: recharts' default domain [0, auto] widened to nice ticks", () => {
    const s = [{ dataKey: "a", label: "A", color: "red" }];
    expect(valueAxis([{ a: 186 }, { a: 305 }], s, false)).toEqual({
      ticks: [0, 80, 160, 240, 320],
      domain: [0, 320],
    });
    // negative values pull the domain below 0
    expect(valueAxis([{ a: -30 }, { a: 50 }], s, false)!.domain[0]).toBeLessThanOrEqual(-30);
    // not plain numbers: recharts decides
    expect(valueAxis([{ a: "12" }], s, false)).toBeUndefined();
    expect(valueAxis([{}], s, false)).toBeUndefined();
  });

  it("band and point scales as d3 builds them", () => {
    const band = categoryScale(["a", "b", "c"], 40, 888, false);
    expect(band("a", { position: "middle" })).toBeCloseTo(181.3333, 3);
    expect(band("c", { position: "end" })).toBeCloseTo(888, 6);
    expect(band("zz")).toBeUndefined();
    const point = categoryScale(["a", "b", "c"], 40, 888, true);
    expect([point("a"), point("b"), point("c")]).toEqual([40, 464, 888]);
    expect(categoryScale(["only"], 0, 100, true)("only")).toBe(50);
    expect(linearScale([0, 320], 190, 8)(160)).toBe(99);
  });

  it("no static model where recharts lays out differently", () => {
    const base = model("bar", {
      data: [{ x: "a", v: 1 }],
      series: [{ dataKey: "v", label: "V", color: "red" }],
    });
    expect(staticModel(base, 600, 300)).toBeDefined();
    expect(staticModel(base, 600, 150)).toBeUndefined(); // value labels thin out
    expect(staticModel({ ...base, horizontal: true }, 600, 300)).toBeUndefined(); // recharts' own layout
    expect(staticModel({ ...base, data: [base.data[0]!, base.data[0]!] }, 600, 300)).toBeUndefined(); // repeated categories
    expect(staticModel({ ...base, series: [] }, 600, 300)).toBeUndefined(); // no values: recharts' empty domain
    expect(staticModel({ ...base, data: [] }, 600, 300)?.grid).toEqual([8, 270]); // no data yet: the grid's edges
  });
});
