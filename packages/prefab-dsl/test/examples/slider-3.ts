/** A slider driving a label (`| percent`) and a progress bar through the same state key. */
import { Column, defineState, Label, PrefabApp, Progress, Row, Slider, Text } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ slider_4: 0.42 });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-4" },
      Row(
        { cssClass: "justify-between" },
        Label("Brightness"),
        Text(s.slider_4.percent(), { cssClass: "font-bold" }),
      ),
      Progress({ value: s.slider_4 }),
      Slider({ name: "slider_4", max: 1, value: 0.42 }),
    ),
  });
}
