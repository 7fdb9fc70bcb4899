/** A card with header, body and a footer of actions. */
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  P,
  PrefabApp,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Card(
      CardHeader(CardTitle("Create project"), CardDescription("Deploy your new project in one-click.")),
      CardContent(P("Your project will be created with default settings.")),
      CardFooter(Button("Cancel", { variant: "outline" }), Button("Deploy")),
    ),
  });
}
