/** Metrics with deltas, each in its own card. */
import { Card, CardContent, Metric, PrefabApp, Row } from "@prefab-ui/dsl";

const stat = (label: string, value: string, delta: string) =>
  Card(CardContent({ cssClass: "p-6" }, Metric(label, { value, delta })));

export function build(): PrefabApp {
  return PrefabApp({
    view: Row({ cssClass: "gap-6" }, stat("Revenue", "$1.2M", "+12%"), stat("Units Sold", "8,430", "-340")),
  });
}
