/** A form that submits to a tool, with success and error toasts. */
import {
  $error,
  Button,
  Column,
  Form,
  Input,
  Label,
  PrefabApp,
  showToast,
  stateRef,
  toolCall,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const name = stateRef<string>("name");
  const email = stateRef<string>("email");
  return PrefabApp({
    view: Form(
      {
        cssClass: "gap-4",
        onSubmit: toolCall(
          "create_contact",
          { data: { name, email } },
          {
            onSuccess: showToast("Contact saved!", { variant: "success" }),
            onError: showToast(`Could not save: ${$error}`, { variant: "error" }),
          },
        ),
      },
      Column(
        { cssClass: "gap-2" },
        Label("Name"),
        Input({ name: "name", placeholder: "Name", required: true, minLength: 1 }),
      ),
      Column(
        { cssClass: "gap-2" },
        Label("Email"),
        Input({ name: "email", inputType: "email", placeholder: "Email", required: true }),
      ),
      Button("Submit"),
    ),
  });
}
