/**
 * The sketchpad's page: plain TypeScript, no framework. It plots the series the tool
 * returned, lets the user draw a new one, and asks the server to analyse it through
 * the typed client — `analyse_series` and its `values` argument are checked against
 * the server's definitions (imported as a type only, so no server code is bundled).
 */
import { connectApp } from "../../src/client/index.js";
import { drawSeries, enableDrawing } from "./plot.js";
import type { CanvasServer } from "./server.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const canvas = $<HTMLCanvasElement>("pad");
const status = $("status");
const summary = $("summary");
const analyse = $<HTMLButtonElement>("analyse");
const clear = $<HTMLButtonElement>("clear");

let values: number[] = [];
const show = (next: number[]) => {
  values = next;
  drawSeries(canvas, values);
};

const client = await connectApp<CanvasServer>({ appInfo: { name: "sketchpad", version: "1.0.0" } });
status.textContent = "Connected";
client.onToolResult((result) => {
  const data = result.structuredContent as { title?: string; values?: number[] } | undefined;
  if (data?.title) $("title").textContent = data.title;
  if (Array.isArray(data?.values)) show(data.values);
  status.textContent = `${values.length} points`;
});
enableDrawing(canvas, (drawn) => {
  show(drawn);
  status.textContent = `${drawn.length} points (drawn)`;
});
analyse.disabled = false;
clear.disabled = false;

analyse.addEventListener("click", async () => {
  analyse.disabled = true;
  summary.textContent = "Analysing…";
  try {
    const r = await client.callTool("analyse_series", { values });
    summary.textContent = `min ${r.min} · max ${r.max} · mean ${r.mean.toFixed(1)} · trend ${r.trend}`;
  } catch (error) {
    summary.textContent = `Analysis failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    analyse.disabled = false;
  }
});
clear.addEventListener("click", () => {
  show([]);
  summary.textContent = "";
  status.textContent = "Cleared; drag on the canvas to draw";
});
