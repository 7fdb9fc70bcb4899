// The README's first example, kept compiling and valid.
import { describe, expect, it } from "vitest";
import {
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Column,
  DataTable,
  defineState,
  Metric,
  PrefabApp,
  parseEnvelope,
  Row,
  setState,
  showToast,
  toolCall,
} from "../src/index.js";

type Deal = { name: string; amount: number; stage: string };

describe("README example", () => {
  it("builds a valid 0.3 envelope", () => {
    const s = defineState({ deals: [] as Deal[], selected: null as Deal | null });
    const view = PrefabApp({
      state: s,
      view: Column(
        { cssClass: "gap-4 p-6" },
        Row(
          { cssClass: "gap-4" },
          Metric({ label: "Pipeline", value: s.deals.length.pipe("number"), delta: "+12%" }),
        ),
        Card(
          CardHeader(CardTitle("Deals")),
          CardContent(
            DataTable({
              columns: [
                { key: "name", header: "Name", sortable: true },
                { key: "amount", header: "Amount", format: "currency" },
              ],
              rows: s.deals,
              search: true,
              onRowClick: toolCall(
                "get_deal",
                { name: "{{ $event.name }}" },
                {
                  onSuccess: setState(s.selected, "{{ $result }}"),
                  onError: showToast("Could not load the deal", { variant: "error" }),
                },
              ),
            }),
          ),
        ),
      ),
    });
    const json = view.toJSON();
    expect(json.$prefab).toEqual({ version: "0.3" });
    const res = parseEnvelope(JSON.parse(JSON.stringify(json)));
    expect(res.issues).toEqual([]);
    expect(JSON.stringify(json)).toContain('"rows":"{{ deals }}"');
    expect(JSON.stringify(json)).toContain('"value":"{{ deals.length | number }}"');
  });
});
