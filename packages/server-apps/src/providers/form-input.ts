/**
 * FormInput provider: a zod object becomes a form (`Form.fromSchema`); the submit
 * goes to the app-only `<name>_submit` tool, which validates the data AGAIN with the
 * same schema (the browser only checks what HTML can express: required, lengths,
 * email; refinements and anything a modified iframe sends get through it) and only
 * then calls `onSubmit`. Validation failures are a normal result
 * `{ok: false, errors: {field: message}}`: `onSuccess` writes `errors` to state and
 * each field reads its own entry (`Field.invalid`, `FieldError.content`).
 *
 * The outcome reaches the model as updated context, not a message: the server's
 * `onSubmit` is what acts on the data, the model only needs to know on its next turn,
 * and a rejected submit must not start a model turn.
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
  defineState,
  Field,
  FieldError,
  Form,
  type Node,
  PrefabApp,
  setState,
  showToast,
  updateContext,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import type { PrefabServer } from "../app-server.js";
import type { ToolContext } from "../tool-definition.js";
import { callTool, type ToolRef } from "../tool-ref.js";

/** Throw from `onSubmit` to reject a valid-looking submit field by field (e.g. "email already registered"). */
export class FormFieldErrors extends Error {
  override readonly name = "FormFieldErrors";
  constructor(readonly errors: Record<string, string>) {
    super(
      Object.entries(errors)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; "),
    );
  }
}

const submitInput = z.object({
  // Deliberately loose: the SDK would reject a bad shape with one opaque error before our
  // handler runs; the real check is the author's schema, which reports per field.
  data: z.record(z.string(), z.unknown()),
});
const submitOutput = z.object({
  ok: z.boolean(),
  errors: z.record(z.string(), z.string()),
  message: z.string(),
});
export type FormSubmitResult = z.infer<typeof submitOutput>;

/** A zod object (classic); its keys are the form's fields. */
export type FormSchema = z.ZodObject;

export interface FormInputOptions<S extends FormSchema> {
  /** The model-facing tool; the backend tool is `<name>_submit`. */
  name: string;
  schema: S;
  title?: string;
  description?: string;
  submitLabel?: string;
  /** Runs with validated data. Return a confirmation text; throw `FormFieldErrors` to reject fields. */
  onSubmit: (data: z.output<S>, ctx: ToolContext) => string | undefined | Promise<string | undefined>;
}

export interface FormInputTools<S extends FormSchema> {
  show: ToolRef<z.ZodObject<Record<string, never>>>;
  submit: ToolRef<typeof submitInput, FormSubmitResult>;
  readonly schema: S;
}

interface JsonProp {
  type?: string | string[];
  anyOf?: JsonProp[];
}

/** The JSON type of each field, to undo what a form does to values (everything is a string). */
function fieldTypes(schema: FormSchema): Record<string, string | undefined> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonProp>;
  };
  const typeOf = (p: JsonProp): string | undefined => {
    const t = Array.isArray(p.type) ? p.type.find((x) => x !== "null") : p.type;
    return t ?? p.anyOf?.map(typeOf).find((x) => x !== undefined && x !== "null");
  };
  return Object.fromEntries(Object.entries(json.properties ?? {}).map(([k, p]) => [k, typeOf(p)]));
}

/** Form strings → the schema's types: "" is "not given", numbers and booleans are parsed. */
export function coerceFormData(
  data: Record<string, unknown>,
  types: Record<string, string | undefined>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(types)) {
    if (!Object.hasOwn(data, key)) continue;
    const v = data[key];
    if (v === "" || v === null || v === undefined) continue;
    if ((type === "number" || type === "integer") && typeof v === "string") {
      const n = Number(v);
      out[key] = v.trim() !== "" && Number.isFinite(n) ? n : v;
    } else if (type === "boolean" && typeof v === "string")
      out[key] = v === "true" ? true : v === "false" ? false : v;
    else out[key] = v;
  }
  return out;
}

/** One message per field (the first zod issue on it); issues not on a field go to `_form`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formInput<S extends FormSchema>(
  server: PrefabServer,
  options: FormInputOptions<S>,
): FormInputTools<S> {
  const { name, schema } = options;
  const types = fieldTypes(schema);

  const submit = server.backendTool(
    `${name}_submit`,
    {
      description: `Validate and submit the ${name} form (called by its view).`,
      input: submitInput,
      output: submitOutput,
    },
    async ({ data }, ctx): Promise<FormSubmitResult> => {
      const parsed = schema.safeParse(coerceFormData(data, types));
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        const n = Object.keys(errors).length;
        return {
          ok: false,
          errors,
          message: `The form was not submitted: ${n} field${n === 1 ? "" : "s"} to fix.`,
        };
      }
      try {
        const message = (await options.onSubmit(parsed.data as z.output<S>, ctx)) ?? "Submitted.";
        return { ok: true, errors: {}, message };
      } catch (error) {
        if (error instanceof FormFieldErrors) {
          return { ok: false, errors: error.errors, message: `The form was not submitted: ${error.message}` };
        }
        throw error;
      }
    },
  );

  const show = server.tool(
    name,
    {
      title: options.title ?? `Form: ${name}`,
      description:
        options.description ??
        `Show the user a form (${Object.keys(types).join(", ")}); their submission is validated and handled by the server.`,
      input: z.object({}),
    },
    () => {
      const s = defineState({
        errors: {} as Record<string, string>,
        result: null as FormSubmitResult | null,
      });
      const names = Object.keys(types);
      const controls = Form.fromSchema(schema, { fieldsOnly: true });
      // Each control sits in a Field that reads its own server error.
      const fields: Node[] = controls.map((control, i) => {
        const field = names[i];
        if (field === undefined || !IDENT.test(field)) return control;
        return Field(
          { invalid: `{{ errors.${field} ? true : false }}` },
          control,
          FieldError(`{{ errors.${field} }}`),
        );
      });
      const data = Object.fromEntries(names.map((n) => [n, `{{ ${n} }}`]));
      return PrefabApp({
        state: s,
        view: Card(
          CardHeader(
            CardTitle(options.title ?? "Form"),
            ...(options.description ? [CardDescription(options.description)] : []),
          ),
          CardContent(
            { cssClass: "flex flex-col gap-4" },
            when(
              s.result.ok,
              Alert({ variant: "success" }, AlertTitle("Submitted"), AlertDescription(`${s.result.message}`)),
            ),
            Form(
              {
                cssClass: "gap-4",
                onSubmit: callTool(
                  submit,
                  { data },
                  {
                    onSuccess: (r) => [
                      setState(s.errors, r.errors),
                      setState(s.result, r),
                      updateContext({ content: `Form ${name}: ${r.message}` }),
                    ],
                    onError: (e) => showToast(`${e}`, { variant: "error" }),
                  },
                ),
              },
              ...fields,
              FieldError("{{ errors._form }}"),
              Button(options.submitLabel ?? "Submit"),
            ),
          ),
        ),
      });
    },
  );
  return { show, submit, schema };
}
