/**
 * ForEach over a state list. `as: "_loop_2"` names the loop variable the way the Python
 * DSL does (a `let` binding); without it the refs would print as `$item.name`.
 */
import {
  Badge,
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  ForEach,
  PrefabApp,
  Row,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({
    crew: [
      { name: "Arthur Dent", designation: "Sandwich Maker", email: "arthur@heart-of-gold.ship" },
      { name: "Ford Prefect", designation: "Researcher", email: "ford@megadodo.pub" },
      { name: "Trillian", designation: "Astrophysicist", email: "trillian@heart-of-gold.ship" },
    ],
  });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-2" },
      ForEach(
        s.crew,
        (member) =>
          Card(
            CardHeader(
              Row(
                { cssClass: "gap-2 items-center" },
                CardTitle(member.name),
                Badge(member.designation, { variant: "secondary" }),
              ),
              CardDescription(member.email),
            ),
          ),
        { as: "_loop_2" },
      ),
    ),
  });
}
