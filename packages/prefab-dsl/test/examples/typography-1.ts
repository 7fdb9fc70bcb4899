/** Typography: heading, lead, paragraph and muted text. */
import { Column, H1, Lead, Muted, P, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: Column(
      { cssClass: "gap-4" },
      H1("Dashboard"),
      Lead("Monitor your application metrics and performance."),
      P("Everything you need to manage your MCP server, organized in one place."),
      Muted("Last updated 5 minutes ago"),
    ),
  });
}
