/**
 * The custom HTML tier: `show_sketchpad` shows a canvas page built with plain Vite
 * (see `build.ts`); the page calls `analyse_series` with the typed client.
 *
 *   npx tsx packages/server-apps/examples/canvas-widget/server.ts --http 3001   # or --stdio
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as z from "zod";
import { createPrefabServer, serveFromArgv } from "../../src/index.js";

const Analysis = z.object({
  count: z.number(),
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  trend: z.enum(["rising", "falling", "flat"]),
});

export function analyse(values: readonly number[]): z.infer<typeof Analysis> {
  if (values.length === 0) return { count: 0, min: 0, max: 0, mean: 0, trend: "flat" };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const delta = (values.at(-1) ?? 0) - (values[0] ?? 0);
  const span = Math.max(...values) - Math.min(...values) || 1;
  // Flat unless the ends differ by more than a tenth of the range.
  const trend = Math.abs(delta) <= span / 10 ? "flat" : delta > 0 ? "rising" : "falling";
  return { count: values.length, min: Math.min(...values), max: Math.max(...values), mean, trend };
}

export function createCanvasServer(options: { dist: string }) {
  const server = createPrefabServer({ name: "sketchpad", version: "0.1.0" });

  const analyseSeries = server.backendTool(
    "analyse_series",
    {
      description: "Min, max, mean and trend of a series (called by the sketchpad).",
      input: z.object({ values: z.array(z.number()).max(10_000) }),
      output: Analysis,
    },
    ({ values }) => analyse(values),
  );

  const sketchpad = server.htmlApp(
    "show_sketchpad",
    {
      title: "Sketchpad",
      description: "Plot a series on a canvas the user can draw on and analyse.",
      input: z.object({
        title: z.string().default("Sketchpad"),
        values: z.array(z.number()).max(10_000).default([3, 5, 4, 8, 6, 9, 12, 10, 14]),
      }),
      output: z.object({ title: z.string(), values: z.array(z.number()) }),
      viteDist: options.dist,
      // Self-contained build: no network, no remote assets.
      csp: { connectDomains: [], resourceDomains: [] },
      prefersBorder: true,
      text: (r) => `Showing "${r.title}" (${r.values.length} points) on a canvas the user can draw on.`,
    },
    ({ title, values }) => ({ title, values }),
  );

  return server.withTools(analyseSeries, sketchpad);
}

/** The type the page imports: tool names and argument/result types, no code. */
export type CanvasServer = ReturnType<typeof createCanvasServer>;

export default async function main() {
  const { buildCanvasWidget } = await import("./build.js");
  const dist = await buildCanvasWidget(mkdtempSync(join(tmpdir(), "prefab-sketchpad-")));
  return createCanvasServer({ dist });
}

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(main);
}
