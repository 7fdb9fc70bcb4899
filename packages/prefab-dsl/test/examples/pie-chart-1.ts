/** A pie chart: `dataKey` is the slice size, `nameKey` its label. */
import { PieChart, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: PieChart({
      data: [
        { browser: "Chrome", visitors: 275 },
        { browser: "Safari", visitors: 200 },
        { browser: "Firefox", visitors: 187 },
        { browser: "Edge", visitors: 173 },
        { browser: "Other", visitors: 90 },
      ],
      dataKey: "visitors",
      nameKey: "browser",
      showLegend: true,
    }),
  });
}
