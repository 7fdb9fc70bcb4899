/** A labelled textarea. */
import { Column, Label, PrefabApp, Textarea } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      { cssClass: "gap-2" },
      Label("Feedback"),
      Textarea({ name: "textarea_2", placeholder: "Tell us what you think...", rows: 5 }),
    ),
  });
}
