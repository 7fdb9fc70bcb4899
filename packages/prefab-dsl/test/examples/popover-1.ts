/** A popover with a small form: trigger first, then the content. */
import { Button, Column, Input, Label, Popover, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Popover(
      { title: "Babel Fish Settings", description: "Configure your universal translator." },
      Button("Open popover", { variant: "outline" }),
      Column(
        { cssClass: "gap-3" },
        Label("Source Language"),
        Input({ name: "input_15", placeholder: "Vogon" }),
        Label("Target Language"),
        Input({ name: "input_16", placeholder: "Galactic Standard" }),
      ),
    ),
  });
}
