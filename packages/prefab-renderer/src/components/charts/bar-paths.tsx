/**
 * Fast bars: ONE `<path>` per series, built from a category and a value scale — ours in the static first paint
 * (static-cartesian.tsx), recharts' (`useXAxisScale` / `useYAxisScale`) once the chart is live (cartesian-live.tsx).
 * No `<Bar>` elements are drawn, so recharts keeps no per-bar layout state and React creates no per-bar elements
 * (a 200-point, 2-series chart goes from ~1,450 SVG nodes to ~60). No recharts import here: the static paint must
 * not load it.
 *
 * Geometry follows recharts' defaults (`barSlots`, `barPath`): `barCategoryGap` 10%,
 * `barGap` 4 px between grouped bars, whole-pixel widths, every corner rounded;
 * stacks accumulate in series order (stackOffset "none").
 */
import type { ReactNode } from "react";
import { type Datum, num, type Series } from "./common.js";
import { categoryPositions, MORPH, type Scale } from "./series-paths.js";

/** Nice ticks covering [lo, hi] (and 0), about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  let a = Math.min(lo, 0);
  let b = Math.max(hi, 0);
  if (a === b) b = a + 1;
  const raw = (b - a) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
  a = Math.floor(a / step) * step;
  b = Math.ceil(b / step) * step;
  const out: number[] = [];
  for (let v = a; v <= b + step / 2; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** Value extent of the bars (stacked: cumulative per row). */
export function barExtent(data: Datum[], series: Series[], stacked: boolean): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const d of data) {
    let acc = 0;
    for (const s of series) {
      const v = num(d[s.dataKey]);
      if (v === undefined) continue;
      if (stacked) acc += v;
      const end = stacked ? acc : v;
      if (end < lo) lo = end;
      if (end > hi) hi = end;
    }
  }
  return [lo, hi];
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * Where the bars of one band go (recharts' getBarPositions without `barSize`): `barCategoryGap` 10% of the band
 * before the first bar, `barGap` 4 px between bars (0 when they would not fit), and whole-pixel bar widths
 * above 1 px (the original's recharts 2 truncates them). Bar i starts at `offset + i * (size + gap)`.
 */
export function barSlots(band: number, n: number): { offset: number; size: number; gap: number } {
  const offset = band * 0.1;
  let gap = 4;
  if (band - 2 * offset - (n - 1) * gap <= 0) gap = 0;
  let size = (band - 2 * offset - (n - 1) * gap) / n;
  if (size > 1) size = Math.floor(size);
  return { offset, size, gap };
}

/**
 * A bar from `base` to `end` along the value axis and `b0..b1` across, as recharts' `<Rectangle>` with a numeric
 * radius draws it: all four corners rounded by the radius, at most half the bar's width or length.
 */
export function barPath(
  horizontal: boolean,
  b0: number,
  b1: number,
  base: number,
  end: number,
  radius: number,
): string {
  if (Math.abs(end - base) < 0.05) return "";
  const [x0, x1, y0, y1] = horizontal
    ? [Math.min(base, end), Math.max(base, end), b0, b1]
    : [b0, b1, Math.min(base, end), Math.max(base, end)];
  const r = f(Math.max(0, Math.min(radius, (x1 - x0) / 2, (y1 - y0) / 2)));
  if (r === 0) return `M${f(x0)},${f(y0)}H${f(x1)}V${f(y1)}H${f(x0)}Z`;
  const a = `A${r},${r} 0 0,1 `;
  return `M${f(x0)},${f(y0 + r)}${a}${f(x0 + r)},${f(y0)}H${f(x1 - r)}${a}${f(x1)},${f(y0 + r)}V${f(y1 - r)}${a}${f(x1 - r)},${f(y1)}H${f(x0 + r)}${a}${f(x0)},${f(y1 - r)}Z`;
}

export interface BarOptions {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  horizontal: boolean;
  stacked: boolean;
  radius: number;
}

/** One path string per series (empty when it draws nothing): every bar of the series as a rounded rectangle. */
export function barSeriesPaths(
  cat: Scale,
  val: Scale,
  { data, series, catKey, horizontal, stacked, radius }: BarOptions,
): string[] {
  const out = series.map(() => [] as string[]);
  const n = stacked ? 1 : series.length;
  const zero = val(0) ?? 0;
  const starts = categoryPositions(cat, data, catKey, "start");
  const ends = categoryPositions(cat, data, catKey, "end");
  data.forEach((d, i) => {
    const s = starts[i];
    const e = ends[i];
    if (s === undefined || e === undefined) return;
    const lo = Math.min(s, e);
    const { offset, size, gap } = barSlots(Math.abs(e - s), n);
    let acc = 0;
    series.forEach((ser, j) => {
      const v = num(d[ser.dataKey]);
      if (v === undefined) return;
      const from = stacked ? acc : 0;
      const to = stacked ? acc + v : v;
      if (stacked) acc = to;
      const p0 = stacked ? (val(from) ?? zero) : zero;
      const p1 = val(to);
      if (p1 === undefined) return;
      const b0 = lo + offset + (stacked ? 0 : j * (size + gap));
      // Every bar (every stacked segment too) is rounded, as in the original.
      out[j]!.push(barPath(horizontal, b0, b0 + size, p0, p1, radius));
    });
  });
  return out.map((parts) => parts.join(""));
}

export function BarSeries({
  series,
  paths,
  animate = false,
}: {
  series: Series[];
  paths: string[];
  /** Morph to new data (CSS transition of `d`, where the browser supports it). */
  animate?: boolean;
}): ReactNode {
  return (
    <g className="pf-bar-series">
      {paths.map((d, j) =>
        d ? (
          <path
            key={series[j]!.dataKey}
            className="pf-bar-path"
            data-series={series[j]!.dataKey}
            d={d}
            fill={series[j]!.color}
            style={animate ? MORPH : undefined}
          />
        ) : null,
      )}
    </g>
  );
}
