/** Checkboxes, some checked initially (`value: true`). */
import { Checkbox, Column, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      { cssClass: "gap-3 w-fit mx-auto" },
      Checkbox({ label: "Email notifications", name: "checkbox_3", value: true }),
      Checkbox({ label: "SMS notifications", name: "checkbox_4" }),
      Checkbox({ label: "Push notifications", name: "checkbox_5", value: true }),
    ),
  });
}
