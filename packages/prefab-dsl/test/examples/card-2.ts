/** Card body text in two weights: P for content, Muted for the footnote. */
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Muted,
  P,
  PrefabApp,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Card(
      CardHeader(
        CardTitle("Account Settings"),
        CardDescription("Manage your account preferences and security."),
      ),
      CardContent(
        P("Update your display name, email, and notification preferences from this panel."),
        Muted("Changes take effect immediately."),
      ),
      CardFooter(Button("Save changes")),
    ),
  });
}
