/** `when(...).else(...)`: one branch or the other. */
import {
  Badge,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  PrefabApp,
  Row,
  Switch,
  Text,
  when,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ showDetails: true });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-3" },
      Row({ cssClass: "gap-2 items-center" }, Switch({ name: "showDetails" }), Text("Show details")),
      when(
        s.showDetails,
        Card(
          CardHeader(CardTitle("Project Details")),
          CardContent(Text("Heart of Gold — Infinite Improbability Drive")),
        ),
      ).else(Badge("Details hidden", { variant: "secondary" })),
    ),
  });
}
