/** Ring sizes. */
import { PrefabApp, Ring, Row } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Row(
      { cssClass: "gap-6 items-end" },
      Ring({ value: 60, label: "sm", size: "sm" }),
      Ring({ value: 60, label: "default" }),
      Ring({ value: 60, label: "lg", size: "lg" }),
    ),
  });
}
