import { afterEach, describe, expect, it } from "vitest";
import { createReportServer, ragStatus } from "../examples/report-dashboard.js";
import { type TestApp, testApp } from "../src/testing/index.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});

describe("report dashboard example", { timeout: 60_000 }, () => {
  it("RAG thresholds, also when lower is better", () => {
    expect(ragStatus(100, 100)).toBe("green");
    expect(ragStatus(95, 100)).toBe("amber");
    expect(ragStatus(80, 100)).toBe("red");
    expect(ragStatus(0.02, 0.02, { lowerIsBetter: true })).toBe("green");
    expect(ragStatus(0.031, 0.02, { lowerIsBetter: true })).toBe("red");
  });

  it("shows RAG badges, charts and the table; a row click drills down through the backend tool", async () => {
    const t = await testApp(createReportServer());
    apps.push(t);
    const res = await t.call("show_weekly_report");
    expect((res.content[0] as { text: string }).text).toContain("Churn: 3.1% (target 2.0%, red)");
    const text = t.text();
    expect(text).toContain("On track");
    expect(text).toContain("At risk");
    expect(text).toContain("Off track");
    expect(text).toContain("Click a region to see its week.");
    await t.click("South");
    expect(t.toolCalls.map((c) => [c.name, c.arguments])).toEqual([["get_region_week", { region: "South" }]]);
    expect(t.text()).toContain("South: $38,000 vs target $45,000 (−$7,000).");
    expect((t.state.selected as { days: unknown[] }).days).toHaveLength(7);
    expect(t.text()).not.toContain("Click a region to see its week.");
  });
});
