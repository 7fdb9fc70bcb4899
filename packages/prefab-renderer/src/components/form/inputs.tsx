/** The text-entry controls and form structure: a chunk parsed only by views with inputs or forms (see index.tsx). */
import type { Registry } from "../../render/registry.js";
import { ChoiceCard, Field, FieldContent, FieldDescription, FieldError, FieldTitle } from "./field.js";
import { Form } from "./form.js";
import { Input, Textarea } from "./input.js";

export const views: Registry = {
  Input,
  Textarea,
  Form,
  Field,
  FieldTitle,
  FieldDescription,
  FieldError,
  FieldContent,
  ChoiceCard,
};
