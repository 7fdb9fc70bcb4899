/**
 * Hand-written variants for the interesting props, built with the DSL. Enum values
 * (every `variant`/`size`) come from the zod schemas, so a new variant gets a story
 * without touching this file. The generator (scripts/generate-stories.ts) adds these
 * to the family story files after the fixtures and examples.
 */
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Checkbox,
  Column,
  DataTable,
  Field,
  FieldDescription,
  FieldError,
  FieldTitle,
  H1,
  H2,
  Input,
  Label,
  Metric,
  type Node,
  P,
  Progress,
  Row,
  Select,
  SelectOption,
  Switch,
  Textarea,
} from "@prefab-ui/dsl";
import { enumValues } from "./arg-types.js";

export interface Variant {
  /** The documented component (its props become the controls). */
  type: string;
  name: string;
  view: Node;
  state?: Record<string, unknown>;
  dir?: "rtl";
}

const LONG =
  "Quarterly revenue grew across every region, with the strongest gains in subscription renewals, " +
  "enterprise upgrades and the new self-serve tier, while support costs per customer fell for the third " +
  "consecutive quarter thanks to better onboarding documentation and in-product guidance.";
const LONG_WORD = "Supercalifragilisticexpialidocious_identifier_without_any_break_opportunities_0123456789";

const ICONS: Record<string, string> = {
  destructive: "trash-2",
  success: "check",
  warning: "triangle-alert",
  info: "info",
};

function buttonVariants(): Variant[] {
  const out: Variant[] = enumValues("Button", "variant").map((variant) => ({
    type: "Button",
    name: `variant ${variant}`,
    view: Button(`${variant[0]!.toUpperCase()}${variant.slice(1)}`, { variant }),
  }));
  for (const size of enumValues("Button", "size")) {
    const iconOnly = size.startsWith("icon");
    out.push({
      type: "Button",
      name: `size ${size}`,
      view: iconOnly ? Button("Add item", { size, icon: "plus" }) : Button(`Size ${size}`, { size }),
    });
  }
  out.push(
    { type: "Button", name: "disabled", view: Button("Can't click", { disabled: true }) },
    {
      type: "Button",
      name: "disabled, every variant",
      view: Row(
        { cssClass: "flex-wrap gap-2" },
        enumValues("Button", "variant").map((variant) => Button(variant, { variant, disabled: true })),
      ),
    },
    {
      type: "Button",
      name: "with icon",
      view: Button("Delete", { variant: "destructive", icon: "trash-2" }),
    },
    { type: "Button", name: "long label", view: Column({ cssClass: "w-64" }, Button(LONG)) },
  );
  return out;
}

function badgeVariants(): Variant[] {
  return [
    ...enumValues("Badge", "variant").map((variant) => ({
      type: "Badge",
      name: `variant ${variant}`,
      view: Badge(variant, { variant }),
    })),
    { type: "Badge", name: "long text", view: Column({ cssClass: "w-64" }, Badge(LONG)) },
  ];
}

function alertVariants(): Variant[] {
  return [
    ...enumValues("Alert", "variant").map((variant) => ({
      type: "Alert",
      name: `variant ${variant}`,
      view: Alert(
        { variant, ...(ICONS[variant] ? { icon: ICONS[variant] } : {}) },
        AlertTitle(`${variant[0]!.toUpperCase()}${variant.slice(1)} alert`),
        AlertDescription("Something happened that you should know about."),
      ),
    })),
    {
      type: "Alert",
      name: "long text",
      view: Alert({ variant: "warning", icon: "triangle-alert" }, AlertTitle(LONG), AlertDescription(LONG)),
    },
  ];
}

function progressVariants(): Variant[] {
  const out: Variant[] = enumValues("Progress", "variant").map((variant) => ({
    type: "Progress",
    name: `variant ${variant}`,
    view: Progress({ value: 60, variant }),
  }));
  for (const size of enumValues("Progress", "size")) {
    out.push({ type: "Progress", name: `size ${size}`, view: Progress({ value: 35, size }) });
  }
  out.push(
    { type: "Progress", name: "empty", view: Progress({ value: 0 }) },
    { type: "Progress", name: "full", view: Progress({ value: 100, variant: "success" }) },
    { type: "Progress", name: "with target", view: Progress({ value: 55, target: 80 }) },
    {
      type: "Progress",
      name: "vertical",
      view: Row({ cssClass: "h-32 gap-4" }, Progress({ value: 30, orientation: "vertical" })),
    },
  );
  return out;
}

function formStates(): Variant[] {
  return [
    {
      type: "Input",
      name: "disabled",
      view: Column(Label("Email"), Input({ name: "email", placeholder: "you@example.com", disabled: true })),
    },
    {
      type: "Field",
      name: "invalid with error",
      view: Field(
        { invalid: true },
        FieldTitle("Email"),
        Input({ name: "email", inputType: "email", value: "not-an-email", required: true }),
        FieldError("Enter a valid email address."),
      ),
    },
    {
      type: "Field",
      name: "disabled with description",
      view: Field(
        { disabled: true },
        FieldTitle("Username"),
        Input({ name: "username", value: "ada", disabled: true }),
        FieldDescription("Usernames cannot be changed after sign-up."),
      ),
    },
    {
      type: "Select",
      name: "invalid",
      view: Column(
        Label("Country"),
        Select(
          { name: "country", placeholder: "Choose a country", invalid: true, required: true },
          SelectOption("Germany", { value: "de" }),
          SelectOption("Japan", { value: "jp" }),
        ),
      ),
    },
    {
      type: "Select",
      name: "disabled",
      view: Column(
        Label("Plan"),
        Select({ name: "plan", value: "pro", disabled: true }, SelectOption("Pro", { value: "pro" })),
      ),
    },
    {
      type: "Checkbox",
      name: "disabled",
      view: Column(
        Checkbox({ name: "a", label: "Disabled, unchecked", disabled: true }),
        Checkbox({ name: "b", label: "Disabled, checked", value: true, disabled: true }),
      ),
    },
    {
      type: "Switch",
      name: "disabled",
      view: Column(
        Switch({ name: "a", label: "Disabled, off", disabled: true }),
        Switch({ name: "b", label: "Disabled, on", value: true, disabled: true }),
      ),
    },
    {
      type: "Textarea",
      name: "long text",
      view: Column(Label("Notes"), Textarea({ name: "notes", value: `${LONG}\n\n${LONG}`, rows: 4 })),
    },
  ];
}

const COLUMNS = [
  { key: "name", header: "Name", sortable: true },
  { key: "region", header: "Region" },
  { key: "amount", header: "Amount", format: "currency", align: "right" as const },
];

function dataVariants(): Variant[] {
  return [
    {
      type: "DataTable",
      name: "empty",
      view: DataTable({ columns: COLUMNS, rows: [], caption: "Orders" }),
    },
    {
      type: "DataTable",
      name: "search and pagination",
      view: DataTable({
        columns: COLUMNS,
        rows: Array.from({ length: 23 }, (_, i) => ({
          name: `Customer ${i + 1}`,
          region: ["EMEA", "APAC", "AMER"][i % 3],
          amount: 1000 + i * 137.5,
        })),
        search: true,
        paginated: true,
        pageSize: 5,
        caption: "Orders",
      }),
    },
    {
      type: "DataTable",
      name: "long text",
      view: DataTable({
        columns: [
          { key: "id", header: "ID" },
          { key: "note", header: "Note" },
        ],
        rows: [
          { id: LONG_WORD, note: LONG },
          { id: "2", note: "Short" },
        ],
      }),
    },
    {
      type: "Metric",
      name: "trends",
      view: Row(
        { cssClass: "gap-6" },
        Metric("Revenue", { value: 12400, delta: "+8%", trend: "up", trendSentiment: "positive" }),
        Metric("Churn", { value: "2.1%", delta: "+0.4%", trend: "up", trendSentiment: "negative" }),
        Metric("Tickets", { value: 310, delta: "0%", trend: "neutral" }),
      ),
    },
  ];
}

function textVariants(): Variant[] {
  return [
    { type: "H1", name: "long text", view: Column({ cssClass: "max-w-md" }, H1(LONG)) },
    { type: "P", name: "long text", view: Column({ cssClass: "max-w-md" }, P(LONG), P(LONG_WORD)) },
    {
      type: "Card",
      name: "long text",
      view: Card(
        { cssClass: "max-w-sm" },
        CardHeader(CardTitle(LONG), CardDescription(LONG_WORD)),
        CardContent(P(LONG)),
      ),
    },
  ];
}

/** Right-to-left: the stories get `dir="rtl"` from the decorator (parameters.dir). */
function rtlVariants(): Variant[] {
  return [
    {
      type: "Column",
      name: "RTL form",
      dir: "rtl",
      view: Column(
        { cssClass: "max-w-sm gap-3" },
        H2("تسجيل الدخول"),
        Label("البريد الإلكتروني"),
        Input({ name: "email", inputType: "email", placeholder: "name@example.com" }),
        Checkbox({ name: "remember", label: "تذكرني" }),
        Row({ cssClass: "gap-2" }, Button("دخول"), Button("إلغاء", { variant: "outline" })),
      ),
    },
    {
      type: "Alert",
      name: "RTL",
      dir: "rtl",
      view: Alert(
        { variant: "info", icon: "info" },
        AlertTitle("שימו לב"),
        AlertDescription("הגרסה החדשה תהיה זמינה מחר בבוקר."),
      ),
    },
    {
      type: "DataTable",
      name: "RTL",
      dir: "rtl",
      view: DataTable({
        columns: [
          { key: "name", header: "الاسم", sortable: true },
          { key: "amount", header: "المبلغ", align: "right" },
        ],
        rows: [
          { name: "سارة", amount: 1200 },
          { name: "عمر", amount: 800 },
        ],
      }),
    },
    {
      type: "Progress",
      name: "RTL",
      dir: "rtl",
      view: Column(Label("التقدم"), Progress({ value: 30 })),
    },
  ];
}

export function variants(): Variant[] {
  return [
    ...buttonVariants(),
    ...badgeVariants(),
    ...alertVariants(),
    ...progressVariants(),
    ...formStates(),
    ...dataVariants(),
    ...textVariants(),
    ...rtlVariants(),
  ];
}
