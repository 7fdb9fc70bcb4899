/** Tooltips wrap their trigger; `side` moves them. */
import { Button, PrefabApp, Row, Tooltip } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Row(
      { cssClass: "gap-4" },
      Tooltip("Save your current work", Button("Save")),
      Tooltip("Discard unsaved changes", { side: "bottom" }, Button("Reset", { variant: "outline" })),
    ),
  });
}
