/** A select with options (label first, then the value). */
import { PrefabApp, Select, SelectOption } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Select(
      { name: "select_2", placeholder: "Choose size...", cssClass: "w-fit" },
      SelectOption("Small", { value: "sm" }),
      SelectOption("Medium", { value: "md" }),
      SelectOption("Large", { value: "lg" }),
    ),
  });
}
