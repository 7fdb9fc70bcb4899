/** A searchable combobox. */
import { Combobox, ComboboxOption, PrefabApp } from "@prefab-ui/dsl";

const planets = {
  magrathea: "Magrathea",
  betelgeuse: "Betelgeuse V",
  vogsphere: "Vogsphere",
  krikkit: "Krikkit",
  earth: "Earth",
};

export function build(): PrefabApp {
  return PrefabApp({
    view: Combobox(
      { name: "combobox_1", placeholder: "Search planets...", cssClass: "w-fit mx-auto" },
      Object.entries(planets).map(([value, label]) => ComboboxOption(label, { value })),
    ),
  });
}
