/**
 * Sales dashboard: metrics, a revenue chart and a deals table; clicking a row calls
 * the app-only `get_deal` tool and shows the deal in a detail card.
 *
 *   npx tsx packages/server-apps/examples/sales-dashboard.ts --http 3001   # or --stdio
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
  Text,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import { callTool, createPrefabServer, serveFromArgv } from "../src/index.js";

const Deal = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  stage: z.enum(["lead", "proposal", "won", "lost"]),
  amount: z.number(),
  notes: z.string(),
});
type Deal = z.infer<typeof Deal>;

const DEALS: Deal[] = [
  { id: "d1", name: "Acme renewal", owner: "Ada", stage: "won", amount: 48_000, notes: "Three-year term." },
  {
    id: "d2",
    name: "Globex expansion",
    owner: "Grace",
    stage: "proposal",
    amount: 120_000,
    notes: "Security review pending.",
  },
  {
    id: "d3",
    name: "Initech pilot",
    owner: "Linus",
    stage: "lead",
    amount: 15_000,
    notes: "Champion left; re-qualify.",
  },
  { id: "d4", name: "Umbrella upsell", owner: "Ada", stage: "lost", amount: 30_000, notes: "Lost on price." },
  { id: "d5", name: "Hooli platform", owner: "Grace", stage: "won", amount: 210_000, notes: "Paid upfront." },
];
const MONTHLY = [
  { month: "Jan", revenue: 62_000, target: 70_000 },
  { month: "Feb", revenue: 81_000, target: 75_000 },
  { month: "Mar", revenue: 94_000, target: 80_000 },
  { month: "Apr", revenue: 77_000, target: 85_000 },
];

export function createSalesServer() {
  const server = createPrefabServer({
    name: "sales-dashboard",
    version: "0.1.0",
    instructions: "Use show_sales_dashboard to show the user the pipeline.",
  });

  const getDeal = server.backendTool(
    "get_deal",
    {
      description: "One deal with its notes (called by the dashboard).",
      input: z.object({ id: z.string() }),
      output: Deal,
      timeoutMs: 5_000,
    },
    ({ id }) => {
      const deal = DEALS.find((d) => d.id === id);
      if (!deal) throw new Error(`No deal with id ${id}`);
      return deal;
    },
  );

  server.tool(
    "show_sales_dashboard",
    {
      title: "Sales dashboard",
      description: "Show the sales pipeline: revenue metrics, monthly revenue vs target and the open deals.",
      input: z.object({ owner: z.string().optional().describe("Only deals of this owner") }),
    },
    ({ owner }) => {
      const deals = owner ? DEALS.filter((d) => d.owner === owner) : DEALS;
      const won = deals.filter((d) => d.stage === "won").reduce((sum, d) => sum + d.amount, 0);
      const open = deals.filter((d) => d.stage === "lead" || d.stage === "proposal");
      const s = defineState({
        deals,
        monthly: MONTHLY,
        won,
        pipeline: open.reduce((sum, d) => sum + d.amount, 0),
        winRate: deals.length ? deals.filter((d) => d.stage === "won").length / deals.length : 0,
        selected: null as Deal | null,
      });
      const detail = s.selected;
      return PrefabApp({
        state: s,
        view: Column(
          { cssClass: "gap-4 p-4" },
          H1(owner ? `Sales — ${owner}` : "Sales"),
          Grid(
            { cssClass: "grid-cols-3 gap-4" },
            Metric({ label: "Won", value: s.won.currency("USD") }),
            Metric({ label: "Open pipeline", value: s.pipeline.currency("USD") }),
            Metric({ label: "Win rate", value: s.winRate.percent() }),
          ),
          BarChart({
            data: s.monthly,
            xAxis: "month",
            series: [
              { dataKey: "revenue", label: "Revenue" },
              { dataKey: "target", label: "Target" },
            ],
            height: 220,
            showLegend: true,
            yAxisFormat: "compact",
          }),
          DataTable({
            columns: [
              { key: "name", header: "Deal", sortable: true },
              { key: "owner", header: "Owner", sortable: true },
              { key: "stage", header: "Stage" },
              { key: "amount", header: "Amount", sortable: true, format: "currency", align: "right" },
            ],
            rows: s.deals,
            searchable: true,
            // The row is $event; the typed ref checks `id` against get_deal's input.
            onRowClick: callTool(
              getDeal,
              { id: "{{ $event.id }}" },
              {
                onSuccess: (deal) => setState(s.selected, deal),
                onError: (error) => showToast(`${error}`, { variant: "error" }),
              },
            ),
          }),
          when(
            detail,
            Card(
              CardHeader(
                Row(
                  { cssClass: "justify-between items-center" },
                  CardTitle(detail.name),
                  Badge({ label: detail.stage }),
                ),
                CardDescription(`Owner: ${detail.owner}`),
              ),
              CardContent(
                Metric({ label: "Amount", value: detail.amount.currency("USD") }),
                Text(detail.notes),
              ),
            ),
          ).else(Muted("Click a deal to see its details.")),
        ),
      });
    },
  );
  return server;
}

export default createSalesServer;

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(createSalesServer);
}
