/**
 * The default server of the playground: the examples of @prefab-ui/server-apps mounted together
 * (`sales_*`, `contacts_*`, `report_*`, `tasks_*`, `approval_*`, `gen_*`), plus one model-only tool so the
 * host's visibility check can be seen at work.
 * Imported from the package sources (as the examples are), so one copy of the server module is used.
 */
import * as z from "zod";
import { createApprovalServer } from "../../packages/server-apps/examples/approval.js";
import { createContactsServer } from "../../packages/server-apps/examples/contacts.js";
import { createGenerativeServer } from "../../packages/server-apps/examples/generative.js";
import { createLongTaskServer } from "../../packages/server-apps/examples/long-task.js";
import { createReportServer } from "../../packages/server-apps/examples/report-dashboard.js";
import { createSalesServer } from "../../packages/server-apps/examples/sales-dashboard.js";
import { createPrefabServer, type PrefabServer } from "../../packages/server-apps/src/index.js";

export function createExampleServer(): PrefabServer {
  const root = createPrefabServer({
    name: "prefab-examples",
    version: "0.1.0",
    instructions:
      "Example Prefab apps: sales dashboard, contacts, weekly report, a long task with live progress, approval, generative UI.",
  });
  if (typeof root.mount === "function") {
    root.mount("sales", createSalesServer());
    root.mount("contacts", createContactsServer());
    // The other tiers, so each can be clicked through in the playground.
    root.mount("report", createReportServer());
    root.mount("tasks", createLongTaskServer().server);
    root.mount(
      "approval",
      createApprovalServer(() => {}),
    );
    root.mount("gen", createGenerativeServer());
  }
  root.backendTool(
    "echo_model_only",
    {
      description:
        'Model-only tool (visibility ["model"]): the playground host refuses it when an app calls it.',
      input: z.object({ text: z.string() }),
      output: z.object({ echo: z.string() }),
      visibility: ["model"],
    },
    ({ text }) => ({ echo: text }),
  );
  return root;
}
