/** A three-column grid of placeholder boxes. */
import { Div, Grid, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const box = () => Div({ cssClass: "bg-emerald-500 rounded-md h-10" });
  return PrefabApp({ view: Grid({ cssClass: "gap-4 grid-cols-3" }, Array.from({ length: 6 }, box)) });
}
