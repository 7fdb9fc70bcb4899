/**
 * Approval flow: the model proposes a refund with `request_approval`; the user approves
 * or rejects it (with a comment) in the view; the server records the decision
 * (`onDecision`) and the model hears it as the user's next message. A second provider,
 * `ask_choice`, lets the model ask which refund method to use.
 *
 *   npx tsx packages/server-apps/examples/approval.ts --http 3001   # or --stdio
 */
import { approval, choice, createPrefabServer, serveFromArgv } from "../src/index.js";

export function createApprovalServer(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)) {
  const server = createPrefabServer({
    name: "approvals",
    version: "0.1.0",
    instructions:
      "Before issuing a refund, call request_approval with a title, a description and the key details, and wait for the user's decision.",
  });
  approval(server, {
    onDecision: (d) => log(`[approvals] ${d.decision}: ${d.title}${d.comment ? ` (${d.comment})` : ""}`),
  });
  choice(server, { onChoice: (r) => log(`[approvals] choice: ${r.values.join(", ")}`) });
  return server;
}

export default () => createApprovalServer();

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(() => createApprovalServer());
}
