/** Eager part of the DataTable family: only the lazy registration (the table code is a separate chunk). */
import { registerLazyViews } from "../../render/registry.js";

registerLazyViews(["DataTable"], () => import("./index.js"));
