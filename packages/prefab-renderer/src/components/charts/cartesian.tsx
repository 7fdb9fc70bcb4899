/**
 * BarChart, LineChart, AreaChart (§7). The first paint is static SVG drawn without recharts
 * (static-cartesian.tsx: the same pixels recharts draws); recharts (cartesian-live.tsx, its own chunk) mounts at
 * the first pointer over the chart — for the tooltip, cursor and hover dots — or from the start for layouts the
 * static paint does not cover (horizontal bars, repeated categories, short plots, non-numeric values).
 */
import { type ReactNode, Suspense, use, useEffect, useMemo } from "react";
import { lazyModule, type NodeViewProps } from "../../render/registry.js";
import type { LiveBodyProps } from "./cartesian-live.js";
import { type CartesianKind, cartesianTitle, useCartesian } from "./chart-model.js";
import { afterChartsSettle, ChartFrame, chartsLaidOut, type Datum, summarizeSeries } from "./common.js";
import { StaticChart, staticModel } from "./static-cartesian.js";

/** Recharts and the chart bodies drawn with it: loaded when the first chart goes live. */
const liveCharts = lazyModule(() => import("./cartesian-live.js"));

function LiveBody(props: LiveBodyProps): ReactNode {
  const { CartesianBody } = liveCharts.get() ?? use(liveCharts.load());
  return <CartesianBody {...props} />;
}

let preloading = false;
/**
 * Load recharts once the charts are drawn and the page is idle, so the first hover mounts it at once (otherwise the
 * chunk's parse, ~50–100 ms, and Suspense's reveal throttle, ~300 ms, come before the first tooltip).
 */
function preloadLive(): void {
  if (preloading || liveCharts.get() || !chartsLaidOut()) return;
  preloading = true;
  afterChartsSettle(() => void liveCharts.load());
}

/**
 * The static picture until the chart goes live; then recharts, with the static picture shown while its chunk
 * loads (same pixels). Without a static model (a layout only recharts draws) recharts draws from the start.
 */
function Plot(props: LiveBodyProps): ReactNode {
  const { c, width, height, live } = props;
  useEffect(preloadLive, []);
  const still = useMemo(() => {
    const model = staticModel(c, width, height);
    return model ? <StaticChart c={c} model={model} /> : null;
  }, [c, width, height]);
  if (still && !live) return still;
  return (
    <Suspense fallback={still}>
      <LiveBody {...props} />
    </Suspense>
  );
}

function cartesianView(kind: CartesianKind) {
  return function CartesianView(p: NodeViewProps): ReactNode {
    const c = useCartesian(p.props as Datum, kind);
    const label = summarizeSeries(cartesianTitle(c), c.data, c.series, c.fmt, c.xKey);
    return (
      <ChartFrame view={p} kind={`${kind}-chart`} label={label} height={c.height} legend={c.legend}>
        {(width, height, live) => <Plot c={c} width={width} height={height} live={live} />}
      </ChartFrame>
    );
  };
}

export const BarChartView: (p: NodeViewProps<"BarChart">) => ReactNode = cartesianView("bar");
export const LineChartView: (p: NodeViewProps<"LineChart">) => ReactNode = cartesianView("line");
export const AreaChartView: (p: NodeViewProps<"AreaChart">) => ReactNode = cartesianView("area");
