/** ForEach over a list of strings: the item ref is the string itself. */
import { Badge, defineState, ForEach, PrefabApp, Row } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ tags: ["earth", "magrathea", "vogon poetry", "42"] });
  return PrefabApp({
    state: s,
    view: Row(
      { cssClass: "gap-2" },
      ForEach(s.tags, (tag) => Badge(tag, { variant: "secondary" }), { as: "_loop_3" }),
    ),
  });
}
