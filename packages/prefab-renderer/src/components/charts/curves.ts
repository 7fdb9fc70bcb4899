/**
 * The line and area paths recharts' `<Curve>` draws (d3-shape `line`/`area` with the curve factories of our three
 * curve types, 3-digit rounding of d3-path), without recharts: the static first paint of a cartesian chart must not
 * load recharts, and its pixels must be the ones recharts draws once the chart is live. The same functions draw the
 * live chart's series, so the two can't differ; curves.test.ts checks them against recharts' own `getPath`.
 */

export type CurveKind = "linear" | "monotone" | "step";

export interface Point {
  x: number | null;
  y: number | null;
}

/** d3-path with `digits(3)`: every number rounded to 3 decimals. */
class PathBuffer {
  d = "";
  private x0: number | null = null;
  private y0: number | null = null;
  private x1: number | null = null;
  private y1: number | null = null;
  moveTo(x: number, y: number) {
    this.x0 = this.x1 = x;
    this.y0 = this.y1 = y;
    this.d += `M${r3(x)},${r3(y)}`;
  }
  lineTo(x: number, y: number) {
    this.x1 = x;
    this.y1 = y;
    this.d += `L${r3(x)},${r3(y)}`;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    this.x1 = x;
    this.y1 = y;
    this.d += `C${r3(x1)},${r3(y1)},${r3(x2)},${r3(y2)},${r3(x)},${r3(y)}`;
  }
  closePath() {
    if (this.x1 !== null) {
      this.x1 = this.x0;
      this.y1 = this.y0;
      this.d += "Z";
    }
  }
}

const r3 = (n: number) => Math.round(n * 1000) / 1000;

/** The curve protocol of d3-shape (`areaStart` … `point`); `line` is NaN outside an area, as in d3. */
interface Curve {
  areaStart(): void;
  areaEnd(): void;
  lineStart(): void;
  lineEnd(): void;
  point(x: number, y: number): void;
}

class Linear implements Curve {
  protected line = Number.NaN;
  protected pt = 0;
  constructor(protected ctx: PathBuffer) {}
  areaStart() {
    this.line = 0;
  }
  areaEnd() {
    this.line = Number.NaN;
  }
  lineStart() {
    this.pt = 0;
  }
  lineEnd() {
    if (this.line || (this.line !== 0 && this.pt === 1)) this.ctx.closePath();
    this.line = 1 - this.line;
  }
  point(x: number, y: number) {
    if (this.pt === 0) {
      this.pt = 1;
      if (this.line) this.ctx.lineTo(x, y);
      else this.ctx.moveTo(x, y);
    } else {
      this.pt = 2;
      this.ctx.lineTo(x, y);
    }
  }
}

/** d3 `curveStep` (t = 0.5): the step happens half-way between two points. */
class Step extends Linear {
  private t = 0.5;
  private x = Number.NaN;
  private y = Number.NaN;
  override lineStart() {
    this.x = this.y = Number.NaN;
    this.pt = 0;
  }
  override lineEnd() {
    if (0 < this.t && this.t < 1 && this.pt === 2) this.ctx.lineTo(this.x, this.y);
    if (this.line || (this.line !== 0 && this.pt === 1)) this.ctx.closePath();
    if (this.line >= 0) {
      this.t = 1 - this.t;
      this.line = 1 - this.line;
    }
  }
  override point(x: number, y: number) {
    if (this.pt === 0) {
      this.pt = 1;
      if (this.line) this.ctx.lineTo(x, y);
      else this.ctx.moveTo(x, y);
    } else {
      this.pt = 2;
      if (this.t <= 0) {
        this.ctx.lineTo(this.x, y);
        this.ctx.lineTo(x, y);
      } else {
        const x1 = this.x * (1 - this.t) + x * this.t;
        this.ctx.lineTo(x1, this.y);
        this.ctx.lineTo(x1, y);
      }
    }
    this.x = x;
    this.y = y;
  }
}

const sign = (x: number) => (x < 0 ? -1 : 1);

/** d3 `curveMonotoneX` (Steffen 1990), what recharts' "monotone" is in a horizontal layout. */
class MonotoneX extends Linear {
  private x0 = Number.NaN;
  private x1 = Number.NaN;
  private y0 = Number.NaN;
  private y1 = Number.NaN;
  private t0 = Number.NaN;
  private slope3(x2: number, y2: number): number {
    const h0 = this.x1 - this.x0;
    const h1 = x2 - this.x1;
    // d3 divides by -0 for a zero-width step backwards: keep its exact expression.
    const s0 = (this.y1 - this.y0) / (h0 || ((h1 < 0 && -0) as number));
    const s1 = (y2 - this.y1) / (h1 || ((h0 < 0 && -0) as number));
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  private slope2(t: number): number {
    const h = this.x1 - this.x0;
    return h ? ((3 * (this.y1 - this.y0)) / h - t) / 2 : t;
  }
  private bezier(t0: number, t1: number) {
    const dx = (this.x1 - this.x0) / 3;
    this.ctx.bezierCurveTo(
      this.x0 + dx,
      this.y0 + dx * t0,
      this.x1 - dx,
      this.y1 - dx * t1,
      this.x1,
      this.y1,
    );
  }
  override lineStart() {
    this.x0 = this.x1 = this.y0 = this.y1 = this.t0 = Number.NaN;
    this.pt = 0;
  }
  override lineEnd() {
    if (this.pt === 2) this.ctx.lineTo(this.x1, this.y1);
    else if (this.pt === 3) this.bezier(this.t0, this.slope2(this.t0));
    if (this.line || (this.line !== 0 && this.pt === 1)) this.ctx.closePath();
    this.line = 1 - this.line;
  }
  override point(x: number, y: number) {
    let t1 = Number.NaN;
    if (x === this.x1 && y === this.y1) return; // coincident points are ignored
    if (this.pt === 0) {
      this.pt = 1;
      if (this.line) this.ctx.lineTo(x, y);
      else this.ctx.moveTo(x, y);
    } else if (this.pt === 1) {
      this.pt = 2;
    } else if (this.pt === 2) {
      this.pt = 3;
      t1 = this.slope3(x, y);
      this.bezier(this.slope2(t1), t1);
    } else {
      t1 = this.slope3(x, y);
      this.bezier(this.t0, t1);
    }
    this.x0 = this.x1;
    this.x1 = x;
    this.y0 = this.y1;
    this.y1 = y;
    this.t0 = t1;
  }
}

function makeCurve(kind: CurveKind, ctx: PathBuffer): Curve {
  return kind === "monotone" ? new MonotoneX(ctx) : kind === "step" ? new Step(ctx) : new Linear(ctx);
}

const wellBehaved = (n: number | null): n is number => n !== null && Number.isFinite(n);
const defined = (p: Point | undefined) => !!p && wellBehaved(p.x) && wellBehaved(p.y);

/** d3 `line().defined(…).curve(…)`: one sub-path per run of defined points; null when nothing is drawn. */
export function linePath(points: readonly Point[], kind: CurveKind): string | null {
  const ctx = new PathBuffer();
  const curve = makeCurve(kind, ctx);
  let on = false;
  for (let i = 0; i <= points.length; i++) {
    const p = points[i];
    const ok = i < points.length && defined(p);
    if (ok !== on) {
      on = ok;
      if (on) curve.lineStart();
      else curve.lineEnd();
    }
    if (on) curve.point(p!.x!, p!.y!);
  }
  return ctx.d || null;
}

/**
 * d3 `area()` from the top points down to `base`: a number (a flat baseline at that y) or one base point per top
 * point (stacked areas; a row is drawn only where both are defined, recharts' `areaDefined`).
 */
export function areaPath(
  points: readonly Point[],
  base: number | readonly Point[],
  kind: CurveKind,
): string | null {
  const ctx = new PathBuffer();
  const curve = makeCurve(kind, ctx);
  const n = points.length;
  const bx: number[] = new Array(n);
  const by: number[] = new Array(n);
  const ok = (i: number) => {
    const p = points[i];
    if (typeof base === "number") return defined(p);
    return defined(base[i]) && defined(p);
  };
  let on = false;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    if ((i < n && ok(i)) !== on) {
      on = !on;
      if (on) {
        j = i;
        curve.areaStart();
        curve.lineStart();
      } else {
        curve.lineEnd();
        curve.lineStart();
        for (let k = i - 1; k >= j; k--) curve.point(bx[k]!, by[k]!);
        curve.lineEnd();
        curve.areaEnd();
      }
    }
    if (on) {
      const p = points[i]!;
      if (typeof base === "number") {
        bx[i] = p.x!;
        by[i] = base;
      } else {
        bx[i] = p.x!;
        by[i] = base[i]!.y!;
      }
      curve.point(p.x!, p.y!);
    }
  }
  return ctx.d || null;
}
