/**
 * The typed HTML client: tool names and arguments are checked against the server's
 * definitions (imported as types), results are typed from the output schemas.
 */
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import type { CanvasServer } from "../examples/canvas-widget/server.js";
import { type AppClient, createClient } from "../src/client/index.js";
import { createPrefabServer } from "../src/index.js";
import type { ToolsOf } from "../src/tools-of.js";

declare const client: AppClient<CanvasServer>;

describe("typed client callTool", () => {
  it("accepts the server's tool names and argument types, and types the result", async () => {
    const r = await client.callTool("analyse_series", { values: [1, 2, 3] });
    expectTypeOf(r).toEqualTypeOf<{
      count: number;
      min: number;
      max: number;
      mean: number;
      trend: "rising" | "falling" | "flat";
    }>();
    // Every argument of show_sketchpad has a default, so the arguments may be omitted.
    const shown = await client.callTool("show_sketchpad");
    expectTypeOf(shown).toEqualTypeOf<{ title: string; values: number[] }>();
  });

  it("rejects a tool name the server does not define", () => {
    // @ts-expect-error — no tool "analyse_serie"
    void client.callTool("analyse_serie", { values: [1] });
    // @ts-expect-error — untyped string names are not accepted
    void client.callTool("anything" as string, {});
  });

  it("rejects wrong, missing and extra arguments", () => {
    // @ts-expect-error — values must be numbers
    void client.callTool("analyse_series", { values: ["1"] });
    // @ts-expect-error — values is required
    void client.callTool("analyse_series", {});
    // @ts-expect-error — the arguments object is required
    void client.callTool("analyse_series");
    // @ts-expect-error — extra argument
    void client.callTool("analyse_series", { values: [1], scale: 2 });
  });

  it("maps a server's declared tools by their literal names", () => {
    const s = createPrefabServer({ name: "t", version: "1" });
    const ping = s.backendTool(
      "ping",
      { input: z.object({ n: z.number() }), output: z.object({ n: z.number() }) },
      (a) => a,
    );
    const typed = s.withTools(ping);
    expectTypeOf<keyof ToolsOf<typeof typed>>().toEqualTypeOf<"ping">();
    // A server that declared nothing has no callable names.
    expectTypeOf<ToolsOf<typeof s>>().toEqualTypeOf<never>();
    const c = createClient<typeof typed>();
    void c.callTool("ping", { n: 1 });
    // @ts-expect-error — n is a number
    void c.callTool("ping", { n: "1" });
  });
});
