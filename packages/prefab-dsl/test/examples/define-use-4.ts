/**
 * `define(name, body)` stores a template, `.use()` instantiates it as `{"$ref": name}`.
 * This example's envelope carries only the reference: the template library is sent in
 * an earlier result, so `defs` is deliberately not passed to PrefabApp here.
 */
import { Badge, define, PrefabApp, Row, Text } from "@prefab-ui/dsl";

export const statusRow = define<{ label: string; status: string }>("status-row", (v) =>
  Row({ cssClass: "gap-2 items-center" }, Text(v.label), Badge(v.status)),
);

export function build(): PrefabApp {
  return PrefabApp({ view: statusRow.use() });
}
