/** The DataTable chunk: loaded by `registerLazyViews` the first time a view uses a DataTable. */
import type { Registry } from "../../render/registry.js";
import { DataTableView } from "./data-table.js";

export const views: Registry = { DataTable: DataTableView };
