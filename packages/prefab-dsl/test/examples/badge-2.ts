/** Every badge variant in a grid. */
import { Badge, Grid, PrefabApp } from "@prefab-ui/dsl";

const variants = ["secondary", "destructive", "outline", "ghost", "success", "warning", "info"] as const;

export function build(): PrefabApp {
  return PrefabApp({
    view: Grid(
      { cssClass: "gap-8 grid-cols-4 place-items-center" },
      Badge("Default"),
      variants.map((variant) => Badge(variant[0]!.toUpperCase() + variant.slice(1), { variant })),
    ),
  });
}
