/** A tool call with onSuccess (toast, then close) and onError (toast with `$error`). */
import {
  $error,
  Button,
  closeOverlay,
  Dialog,
  PrefabApp,
  Row,
  showToast,
  stateRef,
  Text,
  toolCall,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const userName = stateRef<string>("user_name");
  const userId = stateRef<string>("user_id");
  return PrefabApp({
    view: Dialog(
      { title: "Remove User", description: "This will revoke all access." },
      Button("Remove", { variant: "destructive" }),
      Text(`User ${userName} will lose access to all projects.`),
      Row(
        { cssClass: "gap-2 justify-end" },
        Button("Cancel", { variant: "outline", onClick: closeOverlay() }),
        Button("Remove User", {
          variant: "destructive",
          onClick: toolCall(
            "remove_user",
            { user_id: userId },
            {
              onSuccess: [showToast("User removed", { variant: "success" }), closeOverlay()],
              onError: showToast(`${$error}`, { variant: "error" }),
            },
          ),
        }),
      ),
    ),
  });
}
