/** Nested fields of the loop item, inside a mixed template (`Owner: {{ … }}`). */
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  ForEach,
  PrefabApp,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({
    projects: [
      { name: "Heart of Gold", owner: { name: "Zaphod Beeblebrox" } },
      { name: "Hitchhiker's Guide", owner: { name: "Ford Prefect" } },
    ],
  });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-2" },
      ForEach(
        s.projects,
        (project) =>
          Card(CardHeader(CardTitle(project.name), CardDescription(`Owner: ${project.owner.name}`))),
        { as: "_loop_4" },
      ),
    ),
  });
}
