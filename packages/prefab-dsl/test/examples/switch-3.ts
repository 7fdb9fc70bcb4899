/** Switch sizes; their state keys are declared with the initial values. */
import { Column, PrefabApp, Switch } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    state: { switch_9: true, switch_10: true },
    view: Column(
      { cssClass: "gap-4 w-fit mx-auto" },
      Switch({ label: "Default size", name: "switch_9", value: true }),
      Switch({ label: "Small size", name: "switch_10", size: "sm", value: true }),
    ),
  });
}
