/**
 * Choice provider: the model offers options, the user picks one (radio buttons) or
 * several (checkboxes), and the pick comes back to the model as a message (see
 * approval.ts for why a message rather than context).
 *
 * Controls are keyed by option index, not by value: values are free text from the
 * model and would otherwise become state paths. The server maps indices back to the
 * options it stored, so the view cannot submit an option that was never offered, and
 * it checks the single/multiple and min/max rules itself.
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
  Checkbox,
  Column,
  defineState,
  PrefabApp,
  Radio,
  RadioGroup,
  sendMessage,
  setState,
  showToast,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import type { PrefabServer } from "../app-server.js";
import type { ToolContext } from "../tool-definition.js";
import { callTool, type ToolRef } from "../tool-ref.js";
import { type PendingStore, pendingStore } from "./pending.js";

const optionSchema = z.union([
  z.string().min(1),
  z.object({ value: z.string().min(1), label: z.string().optional(), description: z.string().optional() }),
]);
const choiceInput = z.object({
  question: z.string().min(1),
  options: z.array(optionSchema).min(1).max(50),
  multiple: z.boolean().default(false).describe("Let the user pick several options"),
  min: z.number().int().min(0).optional().describe("Fewest picks when multiple (default 1)"),
  max: z.number().int().min(1).optional().describe("Most picks when multiple"),
});
export type ChoiceRequest = z.infer<typeof choiceInput>;

interface StoredChoice {
  question: string;
  options: { value: string; label: string }[];
  multiple: boolean;
  min: number;
  max: number;
}

const submitInput = z.object({
  requestId: z.string(),
  /** Single: the picked index. Multiple: index → checked (booleans, or "true"/"false" from a form). */
  picked: z.union([z.string(), z.record(z.string(), z.union([z.boolean(), z.string(), z.null()]))]).nullish(),
});
const choiceOutput = z.object({
  requestId: z.string(),
  values: z.array(z.string()),
  labels: z.array(z.string()),
  message: z.string(),
});
export type ChoiceResult = z.infer<typeof choiceOutput>;

export interface ChoiceOptions {
  /** Default `ask_choice`; the backend tool is `<name>_submit`. */
  name?: string;
  description?: string;
  onChoice?: (result: ChoiceResult, ctx: ToolContext) => void | Promise<void>;
  store?: PendingStore<StoredChoice>;
}

export interface ChoiceTools {
  ask: ToolRef<typeof choiceInput>;
  submit: ToolRef<typeof submitInput, ChoiceResult>;
}

const isChecked = (v: boolean | string | null) => v === true || v === "true";

function pickedIndices(picked: z.infer<typeof submitInput>["picked"], stored: StoredChoice): number[] {
  const raw =
    typeof picked === "string"
      ? [picked]
      : Object.entries(picked ?? {})
          .filter(([, v]) => isChecked(v))
          .map(([k]) => k);
  const indices = [...new Set(raw.filter((k) => k !== ""))].map((k) => {
    const i = /^\d+$/.test(k) ? Number(k) : Number.NaN;
    if (!(i >= 0 && i < stored.options.length)) throw new Error(`"${k}" is not one of the options`);
    return i;
  });
  return indices.sort((a, b) => a - b);
}

export function choice(server: PrefabServer, options: ChoiceOptions = {}): ChoiceTools {
  const name = options.name ?? "ask_choice";
  const store = options.store ?? pendingStore<StoredChoice>();

  const submit = server.backendTool(
    `${name}_submit`,
    {
      description: "Record the user's choice (called by the choice view).",
      input: submitInput,
      output: choiceOutput,
    },
    async ({ requestId, picked }, ctx) => {
      const stored = store.get(requestId);
      if (!stored) throw new Error("This question is unknown or was already answered");
      const indices = pickedIndices(picked, stored);
      if (!stored.multiple && indices.length !== 1) throw new Error("Pick one option");
      if (indices.length < stored.min) throw new Error(`Pick at least ${stored.min}`);
      if (indices.length > stored.max) throw new Error(`Pick at most ${stored.max}`);
      // Settle only after validation: a rejected pick leaves the question open for another try.
      store.settle(requestId);
      const chosen = indices.map((i) => stored.options[i] as StoredChoice["options"][number]);
      const labels = chosen.map((o) => o.label);
      const result: ChoiceResult = {
        requestId,
        values: chosen.map((o) => o.value),
        labels,
        message: `${stored.question} → ${labels.join(", ")}`,
      };
      await options.onChoice?.(result, ctx);
      return result;
    },
  );

  const ask = server.tool(
    name,
    {
      title: "Ask the user to choose",
      description:
        options.description ??
        "Ask the user to pick one option (or several with multiple: true). Their answer comes back as their next message.",
      input: choiceInput,
    },
    (args) => {
      const opts = args.options.map((o) =>
        typeof o === "string"
          ? { value: o, label: o, description: undefined }
          : { value: o.value, label: o.label ?? o.value, description: o.description },
      );
      const min = args.multiple ? (args.min ?? 1) : 1;
      const max = args.multiple ? Math.min(args.max ?? opts.length, opts.length) : 1;
      if (min > max) throw new Error(`min (${min}) is larger than max (${max})`);
      const requestId = store.open({
        question: args.question,
        options: opts.map(({ value, label }) => ({ value, label })),
        multiple: args.multiple,
        min,
        max,
      });
      const s = defineState({ answer: null as ChoiceResult | null });
      const picked = args.multiple
        ? Object.fromEntries(opts.map((_, i) => [String(i), `{{ choice_${i} }}`]))
        : "{{ choice }}";
      const controls = args.multiple
        ? opts.map((o, i) => Checkbox({ name: `choice_${i}`, label: o.label }))
        : [
            RadioGroup(
              { name: "choice" },
              ...opts.map((o, i) => Radio({ option: String(i), label: o.label })),
            ),
          ];
      const hint = args.multiple ? (min === max ? `Pick ${min}.` : `Pick ${min} to ${max}.`) : undefined;
      return {
        view: PrefabApp({
          state: s,
          view: Card(
            CardHeader(CardTitle(args.question), ...(hint ? [CardDescription(hint)] : [])),
            CardContent(
              when(
                s.answer,
                Alert(
                  { variant: "success" },
                  AlertTitle("Answered"),
                  AlertDescription(`${s.answer.labels.join(", ")}`),
                ),
              ).else(
                Column(
                  { cssClass: "gap-3" },
                  ...controls,
                  Button("Submit", {
                    onClick: callTool(
                      submit,
                      { requestId, picked },
                      {
                        onSuccess: (r) => [setState(s.answer, r), sendMessage(`${r.message}`)],
                        onError: (e) => showToast(`${e}`, { variant: "error" }),
                      },
                    ),
                  }),
                ),
              ),
            ),
          ),
        }),
        text: `Asked the user: "${args.question}" (${opts.map((o) => o.label).join(" / ")}). Their answer arrives as their next message.`,
      };
    },
  );
  return { ask, submit };
}
