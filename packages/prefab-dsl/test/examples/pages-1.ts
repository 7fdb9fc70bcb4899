/** Pages switched by buttons that set the Pages' state key. */
import {
  Button,
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  Page,
  Pages,
  PrefabApp,
  Row,
  setState,
} from "@prefab-ui/dsl";

const planets = [
  { value: "earth", title: "Earth", blurb: "Mostly harmless." },
  {
    value: "magrathea",
    title: "Magrathea",
    blurb: "Ancient planet-building civilization. Custom-built luxury planets for the ultra-rich.",
  },
  {
    value: "milliways",
    title: "Milliways",
    blurb: "The Restaurant at the End of the Universe. Reservations recommended.",
  },
];

export function build(): PrefabApp {
  const s = defineState({ entry: "earth" });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-4" },
      Row(
        { cssClass: "gap-2" },
        planets.map((p, i) =>
          Button(p.title, {
            ...(i > 0 ? { variant: "outline" as const } : {}),
            onClick: setState(s.entry, p.value),
          }),
        ),
      ),
      Pages(
        { name: "entry", value: "earth" },
        planets.map((p) =>
          Page(p.title, { value: p.value }, Card(CardHeader(CardTitle(p.title), CardDescription(p.blurb)))),
        ),
      ),
    ),
  });
}
