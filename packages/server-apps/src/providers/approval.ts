/**
 * Approval provider: the model asks a human to approve or reject something (a
 * refund, a deploy, an email) and gets the decision back.
 *
 * The decision goes back through the app-only `<name>_decide` backend tool, then to
 * the model as a `ui/message` (`sendMessage`), not `ui/update-model-context`: the
 * model is blocked on the answer, and a message starts its next turn right away,
 * whereas updated context is only read when the user happens to write again. The
 * backend tool records the decision on the server first (`onDecision`), so the
 * server acts on what the human clicked, not on what a message claims, and each
 * request can be decided once.
 */
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  defineState,
  Muted,
  PrefabApp,
  Row,
  sendMessage,
  setState,
  showToast,
  Text,
  Textarea,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import type { PrefabServer } from "../app-server.js";
import type { ToolContext } from "../tool-definition.js";
import { callTool, type ToolRef } from "../tool-ref.js";
import { type PendingStore, pendingStore } from "./pending.js";

const approvalInput = z.object({
  title: z.string().min(1).describe("What needs approval, e.g. 'Refund $120 to order #1042'"),
  description: z.string().optional().describe("Why, and what happens if approved"),
  details: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("Key facts shown as a list, e.g. {amount: '$120', customer: 'Ada'}"),
});
export type ApprovalRequest = z.infer<typeof approvalInput>;

const decideInput = z.object({
  requestId: z.string(),
  decision: z.enum(["approve", "reject"]),
  comment: z.string().max(2000).nullish(),
});
const decisionOutput = z.object({
  requestId: z.string(),
  approved: z.boolean(),
  decision: z.enum(["approved", "rejected"]),
  comment: z.string().nullable(),
  title: z.string(),
  message: z.string(),
});
export type ApprovalDecision = z.infer<typeof decisionOutput>;

export interface ApprovalOptions {
  /** The model-facing tool. Default `request_approval`; the backend tool is `<name>_decide`. */
  name?: string;
  description?: string;
  /** Runs on the server when the human decides, before the model hears about it. */
  onDecision?: (
    decision: ApprovalDecision,
    request: ApprovalRequest,
    ctx: ToolContext,
  ) => void | Promise<void>;
  /** Open requests (default: in memory, at most 1000). */
  store?: PendingStore<ApprovalRequest>;
}

export interface ApprovalTools {
  request: ToolRef<typeof approvalInput>;
  decide: ToolRef<typeof decideInput, ApprovalDecision>;
}

function decisionMessage(d: { approved: boolean; title: string; comment: string | null }): string {
  const verdict = d.approved ? "Approved" : "Rejected";
  return `${verdict}: "${d.title}".${d.comment ? ` Comment: ${d.comment}` : ""}`;
}

export function approval(server: PrefabServer, options: ApprovalOptions = {}): ApprovalTools {
  const name = options.name ?? "request_approval";
  const store = options.store ?? pendingStore<ApprovalRequest>();

  const decide = server.backendTool(
    `${name}_decide`,
    {
      description: "Record the user's approve/reject decision (called by the approval view).",
      input: decideInput,
      output: decisionOutput,
    },
    async ({ requestId, decision, comment }, ctx) => {
      const request = store.get(requestId);
      if (!request || !store.settle(requestId)) {
        throw new Error("This approval request is unknown or was already decided");
      }
      const approved = decision === "approve";
      const trimmed = comment?.trim() || null;
      const result: ApprovalDecision = {
        requestId,
        approved,
        decision: approved ? "approved" : "rejected",
        comment: trimmed,
        title: request.title,
        message: decisionMessage({ approved, title: request.title, comment: trimmed }),
      };
      await options.onDecision?.(result, request, ctx);
      return result;
    },
  );

  const request = server.tool(
    name,
    {
      title: "Ask the user for approval",
      description:
        options.description ??
        "Ask the user to approve or reject an action before you take it. The user's decision (and comment) comes back as their next message; do not proceed until it arrives.",
      input: approvalInput,
    },
    (args) => {
      const requestId = store.open(args);
      const s = defineState({ decision: null as ApprovalDecision | null });
      const choose = (decision: "approve" | "reject") =>
        callTool(
          decide,
          { requestId, decision, comment: "{{ comment }}" },
          {
            onSuccess: (r) => [setState(s.decision, r), sendMessage(`${r.message}`)],
            onError: (e) => showToast(`${e}`, { variant: "error" }),
          },
        );
      const details = Object.entries(args.details ?? {});
      return {
        view: PrefabApp({
          state: s,
          view: Card(
            CardHeader(
              CardTitle(args.title),
              ...(args.description ? [CardDescription(args.description)] : []),
            ),
            CardContent(
              { cssClass: "flex flex-col gap-4" },
              ...(details.length > 0
                ? [
                    Column(
                      { cssClass: "gap-1" },
                      ...details.map(([k, v]) => Row({ cssClass: "gap-2" }, Muted(`${k}:`), Text(String(v)))),
                    ),
                  ]
                : []),
              when(
                s.decision,
                Alert(
                  { variant: `{{ decision.approved ? 'success' : 'destructive' }}` },
                  AlertTitle(`{{ decision.approved ? 'Approved' : 'Rejected' }}`),
                  AlertDescription(`{{ decision.comment || 'No comment' }}`),
                ),
              ).else(
                Column(
                  { cssClass: "gap-3" },
                  Textarea({ name: "comment", placeholder: "Comment (optional)", rows: 2 }),
                  Row(
                    { cssClass: "gap-2" },
                    Button("Approve", { variant: "success", onClick: choose("approve") }),
                    Button("Reject", { variant: "destructive", onClick: choose("reject") }),
                  ),
                ),
              ),
            ),
          ),
        }),
        text: `Approval requested from the user: "${args.title}". Wait for their decision (it arrives as their next message).`,
      };
    },
  );
  return { request, decide };
}
