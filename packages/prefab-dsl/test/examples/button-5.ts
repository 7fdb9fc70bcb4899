/** Icon-only buttons in each icon size (an empty label). */
import { Button, PrefabApp, Row } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Row(
      { cssClass: "gap-3 items-center" },
      (["icon-xs", "icon-sm", "icon", "icon-lg"] as const).map((size) => Button("", { icon: "plus", size })),
    ),
  });
}
