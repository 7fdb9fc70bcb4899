/** A hover card on a link-style button. */
import { Button, Column, HoverCard, Muted, PrefabApp, Row, Text } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: HoverCard(
      Button("@heart-of-gold", { variant: "link" }),
      Column(
        { cssClass: "gap-2" },
        Text("heart-of-gold"),
        Muted("Infinite Improbability Drive vessel. Currently in orbit around Magrathea."),
        Row({ cssClass: "gap-4" }, Muted("Status: In Orbit"), Muted("Deployed 2h ago")),
      ),
    ),
  });
}
