/** Tabs holding forms; the active tab lives in state under the Tabs' name. */
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  type Child,
  Column,
  defineState,
  Input,
  Label,
  PrefabApp,
  Tab,
  Tabs,
} from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ tabs_1: "account" });
  const panel = (title: string, description: string, ...fields: Child[]) =>
    Card(
      CardHeader(CardTitle(title), CardDescription(description)),
      CardContent(Column({ cssClass: "gap-3" }, fields)),
    );
  return PrefabApp({
    state: s,
    view: Tabs(
      { name: "tabs_1", value: "account" },
      Tab(
        "Account",
        { value: "account" },
        panel(
          "Account",
          "Make changes to your account here.",
          Label("Name"),
          Input({ name: "input_18", placeholder: "Your name" }),
        ),
      ),
      Tab(
        "Password",
        { value: "password" },
        panel(
          "Password",
          "Change your password here.",
          Label("Current Password"),
          Input({ name: "input_19", inputType: "password" }),
          Label("New Password"),
          Input({ name: "input_20", inputType: "password" }),
        ),
      ),
    ),
  });
}
