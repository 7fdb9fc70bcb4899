/**
 * Scatter points as ONE path of circles per series, from the scales recharts computed for the number axes
 * (hidden `<Scatter>`s give the axes their domains through `includeHidden`). Recharts' scatter tooltip is
 * item-based — it needs a hoverable element per point, which is what this avoids — so the hover is ours: one
 * transparent rect over the plot finds the point under the pointer (its circle plus 2 px) and reports it;
 * the cross cursor is drawn here and the caller shows the tooltip.
 *
 * Sizes follow recharts: a symbol's area is 64 px² without a z key, else the z value mapped linearly from
 * [min(0, z), max(z)] onto [40, 400] (ZAxis range); a circle of area A has radius √(A/π).
 */
import { type ReactNode, useMemo } from "react";
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import { type Datum, num, type Series } from "./common.js";

export interface ScatterGroup {
  s: Series;
  rows: Datum[];
}

export interface ScatterPoint {
  cx: number;
  cy: number;
  r: number;
  row: Datum;
  group: number;
}

export const Z_RANGE: readonly [number, number] = [40, 400];
const DEFAULT_AREA = 64;

/** Radius of every row's symbol (by z when there is a z key). */
export function symbolRadius(
  groups: readonly ScatterGroup[],
  zKey: string | undefined,
): (row: Datum) => number {
  const fixed = Math.sqrt(DEFAULT_AREA / Math.PI);
  if (!zKey) return () => fixed;
  let lo = 0;
  let hi = 0;
  for (const g of groups)
    for (const d of g.rows) {
      const z = num(d[zKey]);
      if (z === undefined) continue;
      if (z < lo) lo = z;
      if (z > hi) hi = z;
    }
  const [a0, a1] = Z_RANGE;
  return (row) => {
    const z = num(row[zKey]);
    if (z === undefined) return Math.sqrt(a0 / Math.PI);
    const area = hi === lo ? a0 : a0 + ((z - lo) / (hi - lo)) * (a1 - a0);
    return Math.sqrt(area / Math.PI);
  };
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Circles of varying radius as one path. */
export function circlesPath(points: readonly ScatterPoint[]): string {
  let d = "";
  for (const p of points) {
    const r = r2(p.r);
    d += `M${r2(p.cx - p.r)},${r2(p.cy)}a${r},${r} 0 1,0 ${r2(2 * p.r)},0a${r},${r} 0 1,0 ${r2(-2 * p.r)},0`;
  }
  return d;
}

/** The point under (x, y): the nearest whose circle, grown by `slack` px, contains it. */
export function hitTest(
  points: readonly ScatterPoint[],
  x: number,
  y: number,
  slack = 2,
): ScatterPoint | undefined {
  let best: ScatterPoint | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const p of points) {
    const d = (p.cx - x) ** 2 + (p.cy - y) ** 2;
    if (d <= (p.r + slack) ** 2 && d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

export interface ScatterPathsProps {
  groups: ScatterGroup[];
  xKey: string;
  yKey: string;
  zKey: string | undefined;
  /** Hover reporting (tooltips on); `undefined` = no hover layer. */
  onHover?: ((p: ScatterPoint | undefined) => void) | undefined;
  active?: ScatterPoint | undefined;
}

export function ScatterPaths({ groups, xKey, yKey, zKey, onHover, active }: ScatterPathsProps): ReactNode {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const points = useMemo(() => {
    if (!xScale || !yScale) return [];
    const radius = symbolRadius(groups, zKey);
    return groups.map((g, group) => {
      const out: ScatterPoint[] = [];
      for (const row of g.rows) {
        const x = num(row[xKey]);
        const y = num(row[yKey]);
        if (x === undefined || y === undefined) continue;
        const cx = xScale(x);
        const cy = yScale(y);
        if (cx === undefined || cy === undefined) continue;
        out.push({ cx, cy, r: radius(row), row, group });
      }
      return out;
    });
  }, [xScale, yScale, groups, xKey, yKey, zKey]);
  const all = useMemo(() => points.flat(), [points]);
  const move = onHover
    ? (e: React.MouseEvent<SVGRectElement>) => {
        const svg = e.currentTarget.ownerSVGElement;
        const box = svg?.getBoundingClientRect();
        onHover(hitTest(all, e.clientX - (box?.left ?? 0), e.clientY - (box?.top ?? 0)));
      }
    : undefined;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        <g className="pf-scatter-series">
          {groups.map((g, j) =>
            points[j]?.length ? (
              <path
                key={g.s.dataKey}
                className="pf-scatter-points"
                data-series={g.s.dataKey}
                d={circlesPath(points[j])}
                fill={g.s.color}
              />
            ) : null,
          )}
        </g>
      </ZIndexLayer>
      {plot && active ? (
        // recharts' scatter cursor (as the original shows it): a #ccc cross through the point, across the plot
        <ZIndexLayer zIndex={DefaultZIndexes.cursorLine}>
          <path
            className="pf-scatter-cursor"
            d={`M${plot.x},${active.cy}H${plot.x + plot.width}M${active.cx},${plot.y}V${plot.y + plot.height}`}
            stroke="#ccc"
            fill="none"
            pointerEvents="none"
          />
        </ZIndexLayer>
      ) : null}
      {plot && move ? (
        // above the points, so it sees the pointer wherever it is on the plot
        <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer hover for the tooltip; the data is in the chart's aria-label */}
          <rect
            className="pf-scatter-hit"
            x={plot.x}
            y={plot.y}
            width={plot.width}
            height={plot.height}
            fill="transparent"
            onMouseMove={move}
            onMouseLeave={() => onHover?.(undefined)}
          />
        </ZIndexLayer>
      ) : null}
    </>
  );
}
