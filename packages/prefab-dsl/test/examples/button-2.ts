/** Every button variant. */
import { Button, Grid, PrefabApp } from "@prefab-ui/dsl";

const variants = [
  "destructive",
  "outline",
  "secondary",
  "ghost",
  "link",
  "success",
  "warning",
  "info",
] as const;
const title = (v: string) => v[0]!.toUpperCase() + v.slice(1);

export function build(): PrefabApp {
  return PrefabApp({
    view: Grid(
      { cssClass: "gap-8 grid-cols-3" },
      Button("Default"),
      variants.map((variant) => Button(title(variant), { variant })),
    ),
  });
}
