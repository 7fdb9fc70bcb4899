/**
 * Weekly report dashboard: metric cards with a red/amber/green status against target,
 * bar charts with hover tooltips, a sortable regions table, and a drill-down on row
 * click through the app-only `get_region_week` tool.
 *
 *   npx tsx packages/server-apps/examples/report-dashboard.ts --http 3001   # or --stdio
 */
import {
  Badge,
  BarChart,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  DataTable,
  defineState,
  Grid,
  H1,
  Metric,
  Muted,
  PrefabApp,
  Row,
  setState,
  showToast,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import { callTool, createPrefabServer, serveFromArgv } from "../src/index.js";

export type Rag = "green" | "amber" | "red";

/** Green at or above target, amber within `amberBand` of it, red below; inverted when lower is better. */
export function ragStatus(
  value: number,
  target: number,
  opts: { lowerIsBetter?: boolean; amberBand?: number } = {},
): Rag {
  const band = opts.amberBand ?? 0.1;
  const ratio = opts.lowerIsBetter ? target / Math.max(value, Number.EPSILON) : value / target;
  return ratio >= 1 ? "green" : ratio >= 1 - band ? "amber" : "red";
}

const RAG_BADGE = {
  green: { label: "On track", variant: "success" },
  amber: { label: "At risk", variant: "warning" },
  red: { label: "Off track", variant: "destructive" },
} as const;

interface WeeklyMetric {
  label: string;
  value: number;
  previous: number;
  target: number;
  format: "currency" | "number" | "percent";
  lowerIsBetter?: boolean;
}

const METRICS: WeeklyMetric[] = [
  { label: "Revenue", value: 184_000, previous: 171_000, target: 180_000, format: "currency" },
  { label: "New customers", value: 42, previous: 47, target: 45, format: "number" },
  { label: "Churn", value: 0.031, previous: 0.024, target: 0.02, format: "percent", lowerIsBetter: true },
  { label: "NPS", value: 48, previous: 46, target: 45, format: "number" },
];

const Region = z.object({
  region: z.string(),
  revenue: z.number(),
  target: z.number(),
  orders: z.number(),
  status: z.enum(["green", "amber", "red"]),
});
type Region = z.infer<typeof Region>;

const RAW_REGIONS = [
  { region: "North", revenue: 61_000, target: 55_000, orders: 412 },
  { region: "South", revenue: 38_000, target: 45_000, orders: 280 },
  { region: "East", revenue: 47_000, target: 50_000, orders: 331 },
  { region: "West", revenue: 38_000, target: 30_000, orders: 257 },
];
const REGIONS: Region[] = RAW_REGIONS.map((r) => ({ ...r, status: ragStatus(r.revenue, r.target) }));
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const RegionWeek = z.object({
  region: z.string(),
  status: z.enum(["green", "amber", "red"]),
  summary: z.string(),
  days: z.array(z.object({ day: z.string(), revenue: z.number(), orders: z.number() })),
});

function formatValue(m: WeeklyMetric, v: number): string {
  if (m.format === "currency") return `$${Math.round(v / 1000)}k`;
  if (m.format === "percent") return `${(v * 100).toFixed(1)}%`;
  return String(v);
}

export function createReportServer() {
  const server = createPrefabServer({
    name: "weekly-report",
    version: "0.1.0",
    instructions: "Use show_weekly_report to show the weekly business report.",
  });

  const regionWeek = server.backendTool(
    "get_region_week",
    {
      description: "Daily revenue and orders of one region this week (called by the report).",
      input: z.object({ region: z.string() }),
      output: RegionWeek,
    },
    ({ region }) => {
      const r = REGIONS.find((x) => x.region === region);
      if (!r) throw new Error(`No region ${region}`);
      // Deterministic daily split (weekend lighter), so the example is reproducible.
      const weights = [0.17, 0.16, 0.16, 0.17, 0.18, 0.09, 0.07];
      const days = DAYS.map((day, i) => ({
        day,
        revenue: Math.round(r.revenue * (weights[i] ?? 0)),
        orders: Math.round(r.orders * (weights[i] ?? 0)),
      }));
      const gap = r.revenue - r.target;
      const summary = `${r.region}: $${r.revenue.toLocaleString("en-US")} vs target $${r.target.toLocaleString("en-US")} (${gap >= 0 ? "+" : "−"}$${Math.abs(gap).toLocaleString("en-US")}).`;
      return { region: r.region, status: r.status, summary, days };
    },
  );

  server.tool(
    "show_weekly_report",
    {
      title: "Weekly report",
      description:
        "Show this week's metrics with red/amber/green status, revenue by region and a drill-down.",
      input: z.object({}),
    },
    () => {
      const s = defineState({
        regions: REGIONS,
        selected: null as z.infer<typeof RegionWeek> | null,
      });
      const cards = METRICS.map((m) => {
        const rag = ragStatus(m.value, m.target, { lowerIsBetter: m.lowerIsBetter ?? false });
        const change = (m.value - m.previous) / m.previous;
        const better = m.lowerIsBetter ? change < 0 : change > 0;
        return Card(
          CardHeader(
            Row(
              { cssClass: "items-center justify-between" },
              CardTitle(m.label),
              Badge({ label: RAG_BADGE[rag].label, variant: RAG_BADGE[rag].variant }),
            ),
            CardDescription(`Target ${formatValue(m, m.target)}`),
          ),
          CardContent(
            Metric({
              label: "This week",
              value: formatValue(m, m.value),
              delta: `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)}% vs last week`,
              trend: change > 0 ? "up" : change < 0 ? "down" : "neutral",
              trendSentiment: better ? "positive" : "negative",
            }),
          ),
        );
      });
      const detail = s.selected;
      return {
        view: PrefabApp({
          state: s,
          view: Column(
            { cssClass: "gap-4 p-4" },
            H1("Weekly report"),
            Grid({ cssClass: "grid-cols-2 lg:grid-cols-4 gap-4" }, ...cards),
            Card(
              CardHeader(CardTitle("Revenue by region"), CardDescription("Hover a bar for the numbers")),
              CardContent(
                BarChart({
                  data: s.regions,
                  xAxis: "region",
                  series: [
                    { dataKey: "revenue", label: "Revenue" },
                    { dataKey: "target", label: "Target" },
                  ],
                  height: 220,
                  showLegend: true,
                  showTooltip: true,
                  yAxisFormat: "compact",
                }),
              ),
            ),
            DataTable({
              columns: [
                { key: "region", header: "Region", sortable: true },
                { key: "revenue", header: "Revenue", sortable: true, format: "currency", align: "right" },
                { key: "target", header: "Target", sortable: true, format: "currency", align: "right" },
                { key: "orders", header: "Orders", sortable: true, align: "right" },
                { key: "status", header: "Status", sortable: true },
              ],
              rows: s.regions,
              caption: "Click a region for its week",
              onRowClick: callTool(
                regionWeek,
                { region: "{{ $event.region }}" },
                {
                  onSuccess: (week) => setState(s.selected, week),
                  onError: (error) => showToast(`${error}`, { variant: "error" }),
                },
              ),
            }),
            when(
              detail,
              Card(
                CardHeader(
                  Row(
                    { cssClass: "items-center justify-between" },
                    CardTitle(detail.region),
                    Badge({ label: detail.status }),
                  ),
                  CardDescription(detail.summary),
                ),
                CardContent(
                  BarChart({
                    data: detail.days,
                    xAxis: "day",
                    series: [{ dataKey: "revenue", label: "Revenue" }],
                    height: 180,
                    yAxisFormat: "compact",
                  }),
                ),
              ),
            ).else(Muted("Click a region to see its week.")),
          ),
        }),
        text: [
          "Weekly report:",
          ...METRICS.map(
            (m) =>
              `- ${m.label}: ${formatValue(m, m.value)} (target ${formatValue(m, m.target)}, ${ragStatus(m.value, m.target, { lowerIsBetter: m.lowerIsBetter ?? false })})`,
          ),
          `Regions off track: ${
            REGIONS.filter((r) => r.status === "red")
              .map((r) => r.region)
              .join(", ") || "none"
          }.`,
        ].join("\n"),
      };
    },
  );
  return server;
}

export default createReportServer;

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(createReportServer);
}
