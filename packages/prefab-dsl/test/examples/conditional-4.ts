/** A condition whose branch is empty: a string condition is wrapped in `{{ }}`. */
import { PrefabApp, when } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({ view: when("status == 'active'").toJSON() });
}
