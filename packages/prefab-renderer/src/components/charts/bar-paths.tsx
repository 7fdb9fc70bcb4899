/**
 * Fast bars: recharts draws axes, grid, cursor and tooltip, but the bars
 * themselves are ONE `<path>` per series, built from the scales recharts
 * computed (`useXAxisScale` / `useYAxisScale`, recharts ≥ 3.8). No `<Bar>`
 * elements are mounted, so recharts keeps no per-bar layout state and React
 * creates no per-bar elements (a 200-point, 2-series chart goes from ~1,450 SVG
 * nodes to ~60). The value axis gets an explicit nice domain and ticks from the
 * data (what `<Bar>` would have contributed), and hidden `<Bar>`s (which draw nothing)
 * keep the tooltip payload, read with `includeHidden`.
 *
 * Geometry follows recharts' defaults: `barCategoryGap` 10% on each side of a
 * band, `barGap` 4 px between grouped bars, stacks accumulate in series order
 * (stackOffset "none").
 */
import { type ReactNode, useMemo } from "react";
import { useXAxisScale, useYAxisScale } from "recharts";
import { type Datum, num, type Series } from "./common.js";

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

/** A bar from `base` to `end` along the value axis, `b0..b1` across; corners at the value end rounded by r. */
function barPath(
  horizontal: boolean,
  b0: number,
  b1: number,
  base: number,
  end: number,
  radius: number,
): string {
  const len = Math.abs(end - base);
  if (len < 0.05) return "";
  const r = Math.max(0, Math.min(radius, (b1 - b0) / 2, len));
  const dir = end < base ? 1 : -1; // direction from the value end back towards the base
  if (!horizontal) {
    if (r === 0) return `M${f(b0)},${f(base)}V${f(end)}H${f(b1)}V${f(base)}Z`;
    return `M${f(b0)},${f(base)}V${f(end + dir * r)}Q${f(b0)},${f(end)} ${f(b0 + r)},${f(end)}H${f(b1 - r)}Q${f(b1)},${f(end)} ${f(b1)},${f(end + dir * r)}V${f(base)}Z`;
  }
  if (r === 0) return `M${f(base)},${f(b0)}H${f(end)}V${f(b1)}H${f(base)}Z`;
  return `M${f(base)},${f(b0)}H${f(end + dir * r)}Q${f(end)},${f(b0)} ${f(end)},${f(b0 + r)}V${f(b1 - r)}Q${f(end)},${f(b1)} ${f(end + dir * r)},${f(b1)}H${f(base)}Z`;
}

export interface BarPathsProps {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  horizontal: boolean;
  stacked: boolean;
  radius: number;
}

export function BarPaths({ data, series, catKey, horizontal, stacked, radius }: BarPathsProps): ReactNode {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const cat = horizontal ? yScale : xScale;
  const val = horizontal ? xScale : yScale;
  const paths = useMemo(() => {
    if (!cat || !val) return [];
    const out = series.map(() => [] as string[]);
    const n = stacked ? 1 : series.length;
    const zero = val(0) ?? 0;
    data.forEach((d, i) => {
      const key = catKey ? d[catKey] : i;
      const s = cat(key, { position: "start" });
      const e = cat(key, { position: "end" });
      if (s === undefined || e === undefined) return;
      const lo = Math.min(s, e);
      const band = Math.abs(e - s);
      const gap = band * 0.1;
      const barGap = n > 1 ? Math.min(4, (band * 0.8) / (n * 4)) : 0;
      const size = Math.max(0.5, (band - 2 * gap - (n - 1) * barGap) / n);
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
        const b0 = lo + gap + (stacked ? 0 : j * (size + barGap));
        // Stacked: only the outermost segment is rounded.
        const r = stacked && j !== series.length - 1 ? 0 : radius;
        out[j]!.push(barPath(horizontal, b0, b0 + size, p0, p1, r));
      });
    });
    return out.map((parts) => parts.join(""));
  }, [cat, val, data, series, catKey, horizontal, stacked, radius]);
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
          />
        ) : null,
      )}
    </g>
  );
}
