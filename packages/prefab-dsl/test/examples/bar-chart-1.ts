/** A bar chart with two series and a legend. */
import { BarChart, PrefabApp } from "@prefab-ui/dsl";

export const visitors = [
  { month: "Jan", desktop: 186, mobile: 80 },
  { month: "Feb", desktop: 305, mobile: 200 },
  { month: "Mar", desktop: 237, mobile: 120 },
  { month: "Apr", desktop: 73, mobile: 190 },
  { month: "May", desktop: 209, mobile: 130 },
  { month: "Jun", desktop: 214, mobile: 140 },
];

export function build(): PrefabApp {
  return PrefabApp({
    view: BarChart({
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
