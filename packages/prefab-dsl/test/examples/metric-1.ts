/** A metric computed from state with operators and a pipe: `${{ revenue / 1000000 | round:0 }}M`. */
import { defineState, Metric, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ revenue: 42_000_000 });
  return PrefabApp({
    state: s,
    view: Metric("Revenue", { value: `$${s.revenue.div(1_000_000).round(0)}M` }),
  });
}
