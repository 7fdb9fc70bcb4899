/** A dialog: the first child is the trigger, the rest is the content; a button closes it. */
import { Button, Column, closeOverlay, Dialog, Input, Label, PrefabApp, Row } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Dialog(
      { title: "Crew Profile", description: "Update your details for the Heart of Gold crew manifest." },
      Button("Edit Profile", { variant: "outline" }),
      Column(
        { cssClass: "gap-3" },
        Label("Name"),
        Input({ name: "input_4", placeholder: "Arthur Dent" }),
        Label("Designation"),
        Input({ name: "input_5", placeholder: "Sandwich Maker" }),
      ),
      Row({ cssClass: "gap-2 justify-end" }, Button("Save changes", { onClick: closeOverlay() })),
    ),
  });
}
