/**
 * Lines and areas as ONE curve per series (plus one path for all its dots). Pure geometry and markup, no recharts:
 * the static first paint (static-cartesian.tsx) and the live recharts chart (cartesian-live.tsx) both draw their
 * series with `LineSeries`, from their own scales (ours, or recharts' `useXAxisScale`/`useYAxisScale`), with the
 * paths recharts' `<Curve>` would draw (curves.ts).
 */
import { Fragment, type ReactNode } from "react";
import { type Datum, num, type Series } from "./common.js";
import { areaPath, type CurveKind, linePath, type Point } from "./curves.js";

export type { Point } from "./curves.js";
/** A category or value scale, as recharts' scale hooks return it (`position` = where in a band). */
export type Scale = (value: unknown, options?: { position?: Position }) => number | undefined;
type Position = "start" | "middle" | "end";

/**
 * Category coordinates of the rows. Recharts scales the category values, or the row indexes when
 * there is no category key or the categories repeat (its "duplicated category" domain).
 */
export function categoryPositions(
  scale: Scale,
  data: readonly Datum[],
  catKey: string | undefined,
  position: Position = "middle",
): (number | undefined)[] {
  let byIndex = !catKey;
  if (catKey) {
    const seen = new Set<unknown>();
    for (const d of data) {
      if (seen.has(d[catKey])) {
        byIndex = true;
        break;
      }
      seen.add(d[catKey]);
    }
  }
  return data.map((d, i) => scale(byIndex ? i : (d[catKey!] as never), { position }));
}

/**
 * Top (and bottom) value of every row for every series; stacked series accumulate in series order. A row without
 * the series' value has no top (the line/area breaks there).
 */
export function seriesValues(
  data: readonly Datum[],
  series: readonly Series[],
  stacked: boolean,
): { top: (number | undefined)[]; bottom: (number | undefined)[] }[] {
  const out = series.map(() => ({ top: [] as (number | undefined)[], bottom: [] as (number | undefined)[] }));
  for (const d of data) {
    let acc = 0;
    series.forEach((s, j) => {
      const v = num(d[s.dataKey]);
      if (stacked) {
        // Recharts stacks a missing value as 0 for the series above, but breaks this series' own area there.
        out[j]!.bottom.push(acc);
        acc += v ?? 0;
        out[j]!.top.push(v === undefined ? undefined : acc);
      } else {
        out[j]!.bottom.push(v === undefined ? undefined : 0);
        out[j]!.top.push(v);
      }
    });
  }
  return out;
}

/** Data updates morph when animation is on (Chromium interpolates `d` between paths of the same shape). */
export const MORPH = { transition: "d 0.5s ease" } as const;

const r1 = (n: number) => Math.round(n * 100) / 100;

/** All dots of a series as one path of circles. */
export function dotsPath(points: readonly Point[], r: number): string {
  let d = "";
  for (const p of points) {
    if (p.x === null || p.y === null) continue;
    d += `M${r1(p.x - r)},${r1(p.y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}

/** The top (and, stacked, bottom) point of every row for every series; bottom is the zero line's y when not stacked. */
export function seriesPoints(
  xScale: Scale,
  yScale: Scale,
  data: readonly Datum[],
  series: readonly Series[],
  catKey: string | undefined,
  stacked: boolean,
): { top: Point[]; bottom: Point[] | number }[] {
  const xs = categoryPositions(xScale, data, catKey);
  const at = (i: number, v: number | undefined): Point => {
    const x = xs[i];
    const y = v === undefined ? undefined : yScale(v);
    return { x: x ?? null, y: x === undefined || y === undefined ? null : y };
  };
  const zero = yScale(0) ?? 0;
  return seriesValues(data, series, stacked).map(({ top, bottom }) => ({
    top: top.map((v, i) => at(i, v)),
    bottom: stacked ? bottom.map((v, i) => at(i, v)) : zero,
  }));
}

export interface LineSeriesProps {
  series: Series[];
  points: { top: Point[]; bottom: Point[] | number }[];
  curve: CurveKind;
  dots: boolean;
  /** Area chart: fill down to the baseline (or the series below when stacked). */
  area?: { fillOpacity: number } | undefined;
  /** Morph to new data (CSS transition of `d`). */
  animate?: boolean;
}

/** The series' curves, as recharts' `<Curve>` draws them (class `recharts-curve`, attributes in its order). */
export function LineSeries({
  series,
  points,
  curve,
  dots,
  area,
  animate = false,
}: LineSeriesProps): ReactNode {
  const style = animate ? MORPH : undefined;
  return (
    <g className={area ? "pf-area-series" : "pf-line-series"}>
      {series.map((s, j) => {
        const p = points[j]!;
        const line = p.top.length > 0 ? linePath(p.top, curve) : null;
        const fill = area && p.top.length > 0 ? areaPath(p.top, p.bottom, curve) : null;
        return (
          <Fragment key={s.dataKey}>
            {area && p.top.length > 0 ? (
              <path
                fill={s.color}
                fillOpacity={area.fillOpacity}
                stroke="none"
                style={style}
                className="recharts-curve pf-area-path"
                d={fill ?? undefined}
              />
            ) : null}
            {p.top.length > 0 ? (
              <path
                data-series={s.dataKey}
                stroke={s.color}
                strokeWidth={area ? 1 : 2}
                fill="none"
                style={style}
                className={area ? "recharts-curve pf-area-line" : "recharts-curve pf-line-path"}
                d={line ?? undefined}
              />
            ) : null}
            {/* Recharts' dots (r 3) take the series' own look: a line's white fill and 2px stroke, an area's
              translucent fill and 1px stroke. A one-row chart has no curve, so it always gets its dot. */}
            {dots || p.top.length === 1 ? (
              <path
                className="pf-dots"
                d={dotsPath(p.top, 3)}
                stroke={s.color}
                {...(area
                  ? { fill: s.color, fillOpacity: area.fillOpacity, strokeWidth: 1 }
                  : { fill: "#fff", strokeWidth: 2 })}
                style={style}
              />
            ) : null}
          </Fragment>
        );
      })}
    </g>
  );
}
