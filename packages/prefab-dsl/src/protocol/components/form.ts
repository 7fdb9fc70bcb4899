/**
 * Form controls. Props accept both wire versions: 0.2 (`checked`, Radio `value` as
 * the option id, `defaultValue`) and 0.3 (`value` booleans, Radio `option`); the
 * upgrade step rewrites 0.2 forms so the renderer only sees 0.3.
 */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { align, bool, num, once, oneOf, openEnum, side, statusVariants, str } from "../schema-kit.js";

const control = once(() => ({ name: z.optional(str), disabled: z.optional(bool) }));

export const Button = defineComponent({
  type: "Button",
  family: "form",
  description: "A button; `onClick` runs actions. Inside a Form an unspecified buttonType submits.",
  props: () => ({
    label: str,
    icon: z.optional(str),
    variant: z.optional(
      openEnum([
        "default",
        "destructive",
        "outline",
        "secondary",
        "ghost",
        "link",
        "success",
        "warning",
        "info",
      ]),
    ),
    size: z.optional(oneOf(["default", "xs", "sm", "lg", "icon", "icon-xs", "icon-sm", "icon-lg"])),
    buttonType: z.optional(oneOf(["submit", "button", "reset"])),
    disabled: z.optional(bool),
  }),
  defaults: { variant: "default", size: "default", disabled: false },
  events: ["onClick"],
  primary: "label",
  example: { label: "Save", onClick: { action: "showToast", message: "Saved" } },
});

export const Input = defineComponent({
  type: "Input",
  family: "form",
  description: "Single-line text input of any HTML type, bound to state[name].",
  props: () => ({
    ...control(),
    inputType: z.optional(
      oneOf([
        "text",
        "email",
        "password",
        "number",
        "tel",
        "url",
        "search",
        "date",
        "time",
        "datetime-local",
        "file",
      ]),
    ),
    placeholder: z.optional(str),
    value: z.optional(z.union([z.string(), z.number()])),
    readOnly: z.optional(bool),
    required: z.optional(bool),
    minLength: z.optional(num),
    maxLength: z.optional(num),
    min: z.optional(num),
    max: z.optional(num),
    step: z.optional(num),
    pattern: z.optional(str),
  }),
  defaults: { inputType: "text", disabled: false, readOnly: false, required: false },
  events: ["onChange"],
  stateful: { prefix: "input" },
  example: { name: "email", inputType: "email", placeholder: "you@example.com" },
});

export const Textarea = defineComponent({
  type: "Textarea",
  family: "form",
  description: "Multi-line text input bound to state[name].",
  props: () => ({
    ...control(),
    placeholder: z.optional(str),
    value: z.optional(str),
    rows: z.optional(num),
    required: z.optional(bool),
    minLength: z.optional(num),
    maxLength: z.optional(num),
  }),
  defaults: { disabled: false, required: false },
  events: ["onChange"],
  stateful: { prefix: "textarea" },
  example: { name: "notes", rows: 3 },
});

export const Checkbox = defineComponent({
  type: "Checkbox",
  family: "form",
  description: "A checkbox bound to state[name] (boolean). 0.2 used `checked`; 0.3 uses `value`.",
  props: () => ({
    ...control(),
    label: z.optional(str),
    value: z.optional(z.union([z.boolean(), z.string()])),
    checked: z.optional(bool),
    formValue: z.optional(str),
    required: z.optional(bool),
  }),
  defaults: { value: false, disabled: false, required: false },
  events: ["onChange"],
  stateful: { prefix: "checkbox" },
  example: { name: "agree", label: "I agree" },
});

export const Switch = defineComponent({
  type: "Switch",
  family: "form",
  description: "An on/off switch bound to state[name] (boolean).",
  props: () => ({
    ...control(),
    label: z.optional(str),
    value: z.optional(bool),
    checked: z.optional(bool),
    size: z.optional(oneOf(["sm", "default"])),
    required: z.optional(bool),
  }),
  defaults: { value: false, size: "default", disabled: false, required: false },
  events: ["onChange"],
  stateful: { prefix: "switch" },
  example: { name: "notify", label: "Email me" },
});

export const Radio = defineComponent({
  type: "Radio",
  family: "form",
  description:
    "One option of a RadioGroup: `option` is its id (0.2: `value`), `value` whether it starts selected.",
  props: () => ({
    ...control(),
    option: z.optional(str),
    value: z.optional(z.union([z.boolean(), z.string()])),
    label: z.optional(str),
    checked: z.optional(bool),
    required: z.optional(bool),
  }),
  defaults: { value: false, disabled: false, required: false },
  stateful: { prefix: "radio" },
  example: { option: "a", label: "Option A" },
});

export const RadioGroup = defineComponent({
  type: "RadioGroup",
  family: "form",
  description: "Single choice among Radio children, bound to state[name] (the option id).",
  props: () => ({ ...control(), value: z.optional(str) }),
  events: ["onChange"],
  children: true,
  stateful: { prefix: "radiogroup" },
});

export const Select = defineComponent({
  type: "Select",
  family: "form",
  description: "Drop-down choice of SelectOption children (optionally grouped), bound to state[name].",
  props: () => ({
    ...control(),
    value: z.optional(str),
    placeholder: z.optional(str),
    size: z.optional(oneOf(["sm", "default"])),
    side: z.optional(side),
    align: z.optional(align),
    required: z.optional(bool),
    invalid: z.optional(bool),
  }),
  defaults: { size: "default", disabled: false, required: false, invalid: false },
  events: ["onChange"],
  children: true,
  stateful: { prefix: "select" },
});
export const SelectOption = defineComponent({
  type: "SelectOption",
  family: "form",
  description: "One Select choice; `selected` makes it the initial value.",
  props: () => ({ value: str, label: str, selected: z.optional(bool), disabled: z.optional(bool) }),
  defaults: { selected: false, disabled: false },
  primary: "label",
  example: { value: "a", label: "Option A" },
});
export const SelectGroup = defineComponent({
  type: "SelectGroup",
  family: "form",
  description: "A labelled group of SelectOptions.",
  props: () => ({}),
  children: true,
});
export const SelectLabel = defineComponent({
  type: "SelectLabel",
  family: "form",
  description: "Heading of a SelectGroup.",
  props: () => ({ label: str }),
  primary: "label",
  example: { label: "Fruits" },
});
export const SelectSeparator = defineComponent({
  type: "SelectSeparator",
  family: "form",
  description: "Divider between Select options.",
  props: () => ({}),
});

export const Combobox = defineComponent({
  type: "Combobox",
  family: "form",
  description: "Searchable select of ComboboxOption children, bound to state[name].",
  props: () => ({
    ...control(),
    value: z.optional(str),
    placeholder: z.optional(str),
    searchPlaceholder: z.optional(str),
    side: z.optional(side),
    align: z.optional(align),
    invalid: z.optional(bool),
  }),
  defaults: { disabled: false, invalid: false },
  events: ["onChange"],
  children: true,
  stateful: { prefix: "combobox" },
});
export const ComboboxOption = defineComponent({
  type: "ComboboxOption",
  family: "form",
  description: "One Combobox choice.",
  props: () => ({ value: str, label: str, disabled: z.optional(bool) }),
  defaults: { disabled: false },
  primary: "label",
  example: { value: "a", label: "Option A" },
});
export const ComboboxGroup = defineComponent({
  type: "ComboboxGroup",
  family: "form",
  description: "A labelled group of ComboboxOptions.",
  props: () => ({}),
  children: true,
});
export const ComboboxLabel = defineComponent({
  type: "ComboboxLabel",
  family: "form",
  description: "Heading of a ComboboxGroup.",
  props: () => ({ label: str }),
  primary: "label",
  example: { label: "Frameworks" },
});
export const ComboboxSeparator = defineComponent({
  type: "ComboboxSeparator",
  family: "form",
  description: "Divider between Combobox options.",
  props: () => ({}),
});

export const Slider = defineComponent({
  type: "Slider",
  family: "form",
  description: "Numeric slider (or a [low, high] range) bound to state[name].",
  props: () => ({
    ...control(),
    min: z.optional(num),
    max: z.optional(num),
    value: z.optional(z.union([z.number(), z.array(z.number()), z.string()])),
    step: z.optional(num),
    range: z.optional(bool),
    variant: z.optional(openEnum(statusVariants)),
    size: z.optional(oneOf(["sm", "default", "lg"])),
    indicatorClass: z.optional(str),
    handleClass: z.optional(str),
    orientation: z.optional(oneOf(["horizontal", "vertical"])),
    handleStyle: z.optional(oneOf(["circle", "bar"])),
  }),
  defaults: {
    min: 0,
    max: 100,
    range: false,
    disabled: false,
    variant: "default",
    orientation: "horizontal",
    handleStyle: "circle",
  },
  events: ["onChange"],
  stateful: { prefix: "slider" },
  example: { name: "volume", min: 0, max: 10, value: 5 },
});

export const Calendar = defineComponent({
  type: "Calendar",
  family: "form",
  description: "Inline month calendar selecting one date, several, or a range.",
  props: () => ({
    name: z.optional(str),
    mode: z.optional(oneOf(["single", "multiple", "range"])),
    value: z.optional(str),
  }),
  defaults: { mode: "single" },
  events: ["onChange"],
  stateful: { prefix: "calendar" },
});
export const DatePicker = defineComponent({
  type: "DatePicker",
  family: "form",
  description: "A button that opens a calendar to pick one date (ISO string in state[name]).",
  props: () => ({
    name: z.optional(str),
    placeholder: z.optional(str),
    value: z.optional(str),
    disabled: z.optional(bool),
  }),
  defaults: { placeholder: "Pick a date" },
  events: ["onChange"],
  stateful: { prefix: "datepicker" },
});
export const DropZone = defineComponent({
  type: "DropZone",
  family: "form",
  description: "Drag-and-drop file area; files land in state[name] as {name,size,type,data}[].",
  props: () => ({
    ...control(),
    icon: z.optional(str),
    label: z.optional(str),
    description: z.optional(str),
    accept: z.optional(str),
    multiple: z.optional(bool),
    maxSize: z.optional(num),
    value: z.optional(z.array(z.unknown())),
  }),
  defaults: { multiple: false, disabled: false },
  events: ["onChange"],
  stateful: { prefix: "dropzone" },
});

export const Form = defineComponent({
  type: "Form",
  family: "form",
  description: "A form: on submit its named fields are written to state, then onSubmit runs.",
  props: () => ({}),
  events: ["onSubmit"],
  children: true,
});
export const Field = defineComponent({
  type: "Field",
  family: "form",
  description: "Wraps a control with its title, description and error; `invalid` styles it.",
  props: () => ({ invalid: z.optional(bool), disabled: z.optional(bool) }),
  defaults: { invalid: false, disabled: false },
  children: true,
});
export const ChoiceCard = defineComponent({
  type: "ChoiceCard",
  family: "form",
  description: "A clickable card around a Checkbox/Radio/Switch and its text.",
  props: () => ({ invalid: z.optional(bool), disabled: z.optional(bool) }),
  defaults: { invalid: false, disabled: false },
  children: true,
});
export const FieldContent = defineComponent({
  type: "FieldContent",
  family: "form",
  description: "Text column inside a Field or ChoiceCard.",
  props: () => ({}),
  children: true,
});
function fieldText<const T extends string>(type: T, description: string) {
  return defineComponent({
    type,
    family: "form",
    description,
    props: () => ({ content: str }),
    primary: "content",
    example: { content: "Text" },
  });
}
export const FieldTitle = fieldText("FieldTitle", "Title text of a Field.");
export const FieldDescription = fieldText("FieldDescription", "Help text of a Field.");
export const FieldError = fieldText("FieldError", "Error text of a Field.");

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [
  Button,
  Calendar,
  Checkbox,
  ChoiceCard,
  Combobox,
  ComboboxGroup,
  ComboboxLabel,
  ComboboxOption,
  ComboboxSeparator,
  DatePicker,
  DropZone,
  Field,
  FieldContent,
  FieldDescription,
  FieldError,
  FieldTitle,
  Form,
  Input,
  Radio,
  RadioGroup,
  Select,
  SelectGroup,
  SelectLabel,
  SelectOption,
  SelectSeparator,
  Slider,
  Switch,
  Textarea,
] as const;
