/** A separator between paragraphs. */
import { Column, P, PrefabApp, Separator } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      P("Content above the separator"),
      Separator({ cssClass: "my-4" }),
      P("Content below the separator"),
    ),
  });
}
