/** A paginated DataTable with a caption. */
import { DataTable, PrefabApp } from "@prefab-ui/dsl";

export function build(): PrefabApp {
  return PrefabApp({
    view: DataTable({
      columns: [
        { key: "id", header: "ID", sortable: false },
        { key: "task", header: "Task", sortable: true },
        { key: "status", header: "Status", sortable: false },
      ],
      rows: [
        { id: "T-001", task: "Design system", status: "Complete" },
        { id: "T-002", task: "API integration", status: "In Progress" },
        { id: "T-003", task: "Testing", status: "Pending" },
        { id: "T-004", task: "Documentation", status: "In Progress" },
        { id: "T-005", task: "Deployment", status: "Pending" },
      ],
      paginated: true,
      pageSize: 3,
      caption: "Sprint tasks",
    }),
  });
}
