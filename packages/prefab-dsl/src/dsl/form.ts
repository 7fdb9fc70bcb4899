/**
 * `Form` builder plus `Form.fromSchema(schema)`: a zod object (v4, classic or mini)
 * or a JSON Schema becomes labelled inputs with required flags and constraints,
 * following the Python `Form.from_model` rules (protocol doc §9).
 */
import * as z from "zod/mini";
import type { Node, NodeOf } from "../protocol/nodes.js";
import type { ActionInput } from "./actions.js";
import { component } from "./builder.js";
import { Button, Checkbox, Column, Input, Label, Select, SelectOption, Textarea } from "./components.js";

const formNode = component("Form");

interface JsonSchemaProp {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaProp[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  /** `{ ui: { type: "textarea", rows: 4 } }` via zod `.meta()`. */
  ui?: { type?: string; rows?: number };
}

interface JsonObjectSchema {
  type?: string;
  properties?: Record<string, JsonSchemaProp>;
  required?: string[];
}

export interface FromSchemaOptions {
  onSubmit?: ActionInput;
  submitLabel?: string;
  /** Only the field controls, without the Form wrapper and submit button. */
  fieldsOnly?: boolean;
  cssClass?: string;
}

/** `first_name` / `firstName` → `First Name`. */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .replace(/\b\w/g, (c) => c.toUpperCase());
}

function toJsonSchema(schema: unknown): JsonObjectSchema {
  if (typeof schema === "object" && schema !== null && "_zod" in schema) {
    return z.toJSONSchema(schema as z.core.$ZodType, {
      unrepresentable: "any",
      io: "input",
    }) as JsonObjectSchema;
  }
  return schema as JsonObjectSchema;
}

function inputTypeFor(name: string, prop: JsonSchemaProp): NodeOf<"Input">["inputType"] {
  switch (prop.format) {
    case "email":
      return "email";
    case "uri":
    case "url":
      return "url";
    case "date":
      return "date";
    case "time":
      return "time";
    case "date-time":
      return "datetime-local";
    case "password":
      return "password";
  }
  const n = name.toLowerCase();
  if (n.includes("email")) return "email";
  if (n.includes("password")) return "password";
  if (n.includes("phone") || n.includes("tel")) return "tel";
  if (n.includes("url") || n.includes("website")) return "url";
  return "text";
}

/** Unwrap `anyOf: [X, {type: "null"}]` (optional/nullable) to X. */
function core(prop: JsonSchemaProp): JsonSchemaProp {
  if (prop.anyOf) {
    const nonNull = prop.anyOf.filter((p) => p.type !== "null");
    if (nonNull.length === 1) return { ...prop, ...nonNull[0], anyOf: undefined };
  }
  return prop;
}

function fieldFor(name: string, raw: JsonSchemaProp, required: boolean): Node {
  const prop = core(raw);
  const label = prop.title ?? humanize(name);
  const type = Array.isArray(prop.type) ? prop.type.find((t) => t !== "null") : prop.type;
  const withLabel = (control: Node) =>
    Column({ cssClass: "gap-2" }, Label({ text: label, forId: name }), control);

  if (type === "boolean") {
    // Not `required`: for a checkbox HTML reads that as "must be ticked".
    return Checkbox({ name, label, value: prop.default === true });
  }
  const options =
    prop.enum ?? (prop.anyOf?.every((p) => "const" in p) ? prop.anyOf.map((p) => p.const) : undefined);
  if (options) {
    return withLabel(
      Select(
        { name, placeholder: `Select ${label.toLowerCase()}`, ...(required ? { required } : {}) },
        options.map((o) =>
          SelectOption({
            value: String(o),
            label: humanize(String(o)),
            ...(o === prop.default ? { selected: true } : {}),
          }),
        ),
      ),
    );
  }
  if (type === "number" || type === "integer") {
    const min = prop.minimum ?? prop.exclusiveMinimum;
    const max = prop.maximum ?? prop.exclusiveMaximum;
    return withLabel(
      Input({
        name,
        id: name,
        inputType: "number",
        placeholder: prop.description ?? label,
        ...(prop.default !== undefined ? { value: String(prop.default) } : {}),
        ...(required ? { required } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(prop.multipleOf !== undefined
          ? { step: prop.multipleOf }
          : type === "integer"
            ? { step: 1 }
            : {}),
      }),
    );
  }
  const common = {
    name,
    id: name,
    placeholder: prop.description ?? label,
    ...(typeof prop.default === "string" ? { value: prop.default } : {}),
    ...(required ? { required } : {}),
    ...(prop.minLength !== undefined ? { minLength: prop.minLength } : {}),
    ...(prop.maxLength !== undefined ? { maxLength: prop.maxLength } : {}),
  };
  if (prop.ui?.type === "textarea") {
    return withLabel(Textarea({ ...common, ...(prop.ui.rows ? { rows: prop.ui.rows } : {}) }));
  }
  return withLabel(
    Input({
      ...common,
      inputType: inputTypeFor(name, prop),
      ...(prop.pattern && !prop.format ? { pattern: prop.pattern } : {}),
    }),
  );
}

/** Field controls for every property of an object schema. */
export function formFields(schema: unknown): Node[] {
  const json = toJsonSchema(schema);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, prop]) =>
    fieldFor(name, prop, required.has(name)),
  );
}

function withDataArguments(action: ActionInput, fields: string[]): ActionInput {
  // Like Python: a bare toolCall gets every field as `data`, plus an error toast.
  if (Array.isArray(action) || (action as { action?: string }).action !== "toolCall") return action;
  const call = action as NodeOf<"Button">["onClick"] & {
    arguments?: Record<string, unknown>;
    onError?: unknown;
  };
  if (call.arguments && Object.keys(call.arguments).length > 0) return action;
  return {
    ...call,
    arguments: { data: Object.fromEntries(fields.map((f) => [f, `{{ ${f} }}`])) },
    onError: call.onError ?? { action: "showToast", message: "{{ $error }}", variant: "error" },
  } as ActionInput;
}

function fromSchema(schema: unknown, options: FromSchemaOptions = {}): NodeOf<"Form"> | Node[] {
  const fields = formFields(schema);
  if (options.fieldsOnly) return fields;
  const names = Object.keys(toJsonSchema(schema).properties ?? {});
  const children = options.onSubmit
    ? [...fields, Button({ label: options.submitLabel ?? "Submit" })]
    : fields;
  return formNode(
    {
      cssClass: options.cssClass ?? "gap-4",
      ...(options.onSubmit ? { onSubmit: withDataArguments(options.onSubmit, names) } : {}),
    },
    children,
  ) as NodeOf<"Form">;
}

type FormBuilder = typeof formNode & {
  /** Build a form from a zod object or JSON Schema: labels, required flags, constraints. */
  fromSchema(schema: unknown, options?: FromSchemaOptions & { fieldsOnly?: false }): NodeOf<"Form">;
  fromSchema(schema: unknown, options: FromSchemaOptions & { fieldsOnly: true }): Node[];
};

export const Form: FormBuilder = Object.assign(formNode, { fromSchema }) as FormBuilder;
