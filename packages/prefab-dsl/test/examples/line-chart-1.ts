/** The same data as a line chart. */
import { LineChart, PrefabApp } from "@prefab-ui/dsl";
import { visitors } from "./bar-chart-1.js";

export function build(): PrefabApp {
  return PrefabApp({
    view: LineChart({
      data: visitors,
      series: [
        { dataKey: "desktop", label: "Desktop" },
        { dataKey: "mobile", label: "Mobile" },
      ],
      xAxis: "month",
      showLegend: true,
    }),
  });
}
