/**
 * Lines and areas as ONE curve per series (plus one path for all its dots), drawn from the scales
 * recharts computed (`useXAxisScale` / `useYAxisScale`) with recharts' own `<Curve>` (d3-shape, the
 * same path `<Line>`/`<Area>` would draw). The series are also mounted as hidden `<Line>`/`<Area>`s so the
 * value axis (`includeHidden`) and the tooltip (`includeHidden`) see them, but recharts keeps no
 * per-point render state, dots, labels or animation for them. The hover dot is `ActiveDots`.
 */
import { Fragment, type ReactNode, useMemo } from "react";
import {
  Curve,
  type CurveType,
  DefaultZIndexes,
  useActiveTooltipDataPoints,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from "recharts";
import { type Datum, num, type Series } from "./common.js";

type Scale = NonNullable<ReturnType<typeof useXAxisScale>>;
type Position = "start" | "middle" | "end";
export interface Point {
  x: number | null;
  y: number | null;
}

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

function usePoints(
  data: readonly Datum[],
  series: readonly Series[],
  catKey: string | undefined,
  stacked: boolean,
) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  return useMemo(() => {
    if (!xScale || !yScale) return undefined;
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
  }, [xScale, yScale, data, series, catKey, stacked]);
}

export interface LinePathsProps {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  curve: CurveType;
  dots: boolean;
  /** Area chart: fill down to the baseline (or the series below when stacked). */
  area?: { stacked: boolean; fillOpacity: number } | undefined;
  /** Morph to new data (CSS transition of `d`). */
  animate?: boolean;
}

export function LinePaths({
  data,
  series,
  catKey,
  curve,
  dots,
  area,
  animate = false,
}: LinePathsProps): ReactNode {
  const pts = usePoints(data, series, catKey, area?.stacked ?? false);
  if (!pts) return null;
  const style = animate ? MORPH : undefined;
  // Recharts' layer for lines/areas: above the grid and the tooltip cursor, below the axes and the hover dots.
  return (
    <ZIndexLayer zIndex={area ? DefaultZIndexes.area : DefaultZIndexes.line}>
      <g className={area ? "pf-area-series" : "pf-line-series"}>
        {series.map((s, j) => {
          const p = pts[j]!;
          return (
            <Fragment key={s.dataKey}>
              {area ? (
                <Curve
                  className="pf-area-path"
                  points={p.top}
                  baseLine={p.bottom}
                  type={curve}
                  fill={s.color}
                  fillOpacity={area.fillOpacity}
                  stroke="none"
                  style={style}
                />
              ) : null}
              <Curve
                className={area ? "pf-area-line" : "pf-line-path"}
                data-series={s.dataKey}
                points={p.top}
                type={curve}
                stroke={s.color}
                strokeWidth={area ? 1 : 2}
                fill="none"
                style={style}
              />
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
    </ZIndexLayer>
  );
}

/**
 * The hover dots at the tooltip's row: recharts' active dot (r 4 in the series colour; its white ring is made
 * transparent by the original's shadcn chart styles, so none here either).
 */
export function ActiveDots({
  data,
  series,
  catKey,
  stacked = false,
}: {
  data: Datum[];
  series: Series[];
  catKey: string | undefined;
  stacked?: boolean;
}): ReactNode {
  const active = useActiveTooltipDataPoints();
  const pts = usePoints(data, series, catKey, stacked);
  const row = active?.[0];
  const i = row === undefined ? -1 : data.indexOf(row as Datum);
  if (!pts || i < 0) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
      <g className="pf-active-dots">
        {series.map((s, j) => {
          const p = pts[j]!.top[i];
          if (!p || p.x === null || p.y === null) return null;
          return <circle key={s.dataKey} cx={p.x} cy={p.y} r={4} fill={s.color} />;
        })}
      </g>
    </ZIndexLayer>
  );
}
