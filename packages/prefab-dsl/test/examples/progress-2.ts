/** Progress bars with a custom maximum and the default 0–100 scale. */
import { Column, Label, PrefabApp, Progress } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      { cssClass: "gap-4" },
      Column({ cssClass: "gap-2" }, Label("3 of 5 steps"), Progress({ value: 3, max: 5 })),
      Column({ cssClass: "gap-2" }, Label("75%"), Progress({ value: 75 })),
    ),
  });
}
