/**
 * The default server of the playground: the examples of @prefab-ui/server-apps mounted together
 * (`sales_*`, `contacts_*`, `report_*`, `tasks_*`, `approval_*`, `gen_*`, `canvas_*`), plus one model-only tool so the
 * host's visibility check can be seen at work.
 * Imported from the package sources (as the examples are), so one copy of the server module is used.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { createApprovalServer } from "../../packages/server-apps/examples/approval.js";
import { buildCanvasWidget } from "../../packages/server-apps/examples/canvas-widget/build.js";
import { createCanvasServer } from "../../packages/server-apps/examples/canvas-widget/server.js";
import { createContactsServer } from "../../packages/server-apps/examples/contacts.js";
import { createGenerativeServer } from "../../packages/server-apps/examples/generative.js";
import { createLongTaskServer } from "../../packages/server-apps/examples/long-task.js";
import { createReportServer } from "../../packages/server-apps/examples/report-dashboard.js";
import { createSalesServer } from "../../packages/server-apps/examples/sales-dashboard.js";
import { createPrefabServer, type PrefabServer } from "../../packages/server-apps/src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const canvasSrc = join(here, "..", "..", "packages", "server-apps", "examples", "canvas-widget");
const canvasCache = join(here, "..", ".cache", "canvas-widget");

/**
 * The custom-HTML example (a plain Vite sketchpad) is built once into playground/.cache and rebuilt only when
 * its sources are newer; `undefined` when the build fails, so the other examples still start.
 */
export async function buildSketchpadOnce(
  log: (line: string) => void = () => {},
): Promise<string | undefined> {
  const built = join(canvasCache, "index.html");
  // The page bundles the typed client too, so its sources count as inputs.
  const clientSrc = join(canvasSrc, "..", "..", "src", "client");
  const inputs = [canvasSrc, clientSrc].flatMap((d) => readdirSync(d).map((f) => join(d, f)));
  const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return canvasCache;
  try {
    mkdirSync(canvasCache, { recursive: true });
    await buildCanvasWidget(canvasCache);
    return canvasCache;
  } catch (error) {
    log(`sketchpad example not built: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function createExampleServer(options: { canvasDist?: string | undefined } = {}): PrefabServer {
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
    // Custom HTML tier: your own page on its own ui:// resource, calling a typed backend tool.
    if (options.canvasDist) root.mount("canvas", createCanvasServer({ dist: options.canvasDist }));
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
