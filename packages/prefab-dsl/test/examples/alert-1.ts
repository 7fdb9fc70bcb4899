/** An alert with a title and a description. */
import { Alert, AlertDescription, AlertTitle, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Alert(
      AlertTitle("Heads up!"),
      AlertDescription("You can add components to your app using the CLI."),
    ),
  });
}
