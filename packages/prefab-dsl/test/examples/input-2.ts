/** Input types. */
import { Column, Input, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      { cssClass: "gap-4" },
      Input({ name: "input_7", inputType: "email", placeholder: "Email" }),
      Input({ name: "input_8", inputType: "password", placeholder: "Password" }),
      Input({ name: "input_9", inputType: "number", placeholder: "Age" }),
      Input({ name: "input_10", inputType: "tel", placeholder: "Phone" }),
    ),
  });
}
