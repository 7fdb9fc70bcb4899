/** A switch bound to state, and a `when` that shows an alert while it is on. */
import { Alert, AlertTitle, Column, defineState, PrefabApp, Row, Switch, Text, when } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ outOfStock: false });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-3" },
      Row({ cssClass: "gap-2 items-center" }, Switch({ name: "outOfStock" }), Text("Out of stock")),
      when(s.outOfStock, Alert({ variant: "destructive" }, AlertTitle("This item is unavailable"))),
    ),
  });
}
