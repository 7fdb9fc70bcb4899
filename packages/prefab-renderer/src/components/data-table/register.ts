/** Eager part of the DataTable family: only the lazy registration (the table code is a separate chunk). */
import { registerLazyViews } from "../../render/registry.js";

// The row model (model.ts) and TanStack Virtual: only views with a DataTable need them.
registerLazyViews(["DataTable"], () => import("./index.js"));
