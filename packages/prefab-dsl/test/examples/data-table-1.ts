/** A searchable DataTable: columns declare keys and sorting, rows are plain data. */
import { DataTable, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: DataTable({
      columns: [
        { key: "name", header: "Name", sortable: true },
        { key: "email", header: "Email", sortable: false },
        { key: "role", header: "Role", sortable: true },
      ],
      rows: [
        { name: "Alice Johnson", email: "alice@example.com", role: "Admin" },
        { name: "Bob Smith", email: "bob@example.com", role: "Editor" },
        { name: "Carol White", email: "carol@example.com", role: "Viewer" },
      ],
      search: true,
    }),
  });
}
