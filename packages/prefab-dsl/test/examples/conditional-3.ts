/** An if / elif / elif / else chain on a select's value, with typed comparisons. */
import { Badge, Column, defineState, PrefabApp, Select, SelectOption, when } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  const s = defineState({ status: "active" as "active" | "warning" | "error" | "other" });
  return PrefabApp({
    state: s,
    view: Column(
      { cssClass: "gap-3" },
      Select(
        { name: "status", placeholder: "Choose a status..." },
        SelectOption("Active", { value: "active" }),
        SelectOption("Warning", { value: "warning" }),
        SelectOption("Error", { value: "error" }),
        SelectOption("Something else", { value: "other" }),
      ),
      when(s.status.eq("error"), Badge("Error — system down", { variant: "destructive" }))
        .elif(s.status.eq("warning"), Badge("Warning — degraded", { variant: "warning" }))
        .elif(s.status.eq("active"), Badge("Active — all systems go", { variant: "success" }))
        .else(Badge(`Unknown status: ${s.status}`, { variant: "secondary" })),
    ),
  });
}
