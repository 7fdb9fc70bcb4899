/** A confirmation dialog: an action list runs the tool call, then closes the dialog. */
import { Button, closeOverlay, Dialog, PrefabApp, Row, stateRef, Text, toolCall } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  // item_id is set by the tool that returned this view, so it is not declared here.
  const itemId = stateRef<string>("item_id");
  return PrefabApp({
    view: Dialog(
      { title: "Delete Item", description: "This action cannot be undone." },
      Button("Delete", { variant: "destructive" }),
      Text("Are you sure you want to permanently delete this item?"),
      Row(
        { cssClass: "gap-2 justify-end" },
        Button("Cancel", { variant: "outline", onClick: closeOverlay() }),
        Button("Confirm Delete", {
          variant: "destructive",
          onClick: [toolCall("delete_item", { id: itemId }), closeOverlay()],
        }),
      ),
    ),
  });
}
