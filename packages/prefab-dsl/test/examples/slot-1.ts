/** A Slot renders the component stored in state under its name (here set up front). */
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  Heading,
  PrefabApp,
  Slot,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    state: {
      info: Card(
        CardHeader(CardTitle("Heart of Gold"), CardDescription("Infinite Improbability Drive equipped")),
      ),
    },
    view: Column({ cssClass: "gap-4" }, Heading("Starship Registry", { level: 3 }), Slot("info")),
  });
}
