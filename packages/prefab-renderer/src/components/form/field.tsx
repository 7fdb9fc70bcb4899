/** Field layout parts and ChoiceCard (a `<label>` card whose click toggles the control inside). */
import { useContext } from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString } from "../../lib/coerce.js";
import { cls, FieldContext, idOf, type P } from "./shared.js";

export function Field(p: P) {
  const parent = useContext(FieldContext);
  const invalid = asBool(p.props.invalid);
  const disabled = asBool(p.props.disabled);
  return (
    <div
      id={idOf(p)}
      role="group"
      data-slot="field"
      data-orientation="vertical"
      data-invalid={invalid || undefined}
      data-disabled={disabled || undefined}
      aria-disabled={disabled || undefined}
      className={cn(
        "pf-field group/field flex w-full flex-col gap-3 data-[invalid=true]:text-destructive",
        cls(p),
      )}
    >
      <FieldContext.Provider
        value={{
          invalid: invalid || parent.invalid,
          disabled: disabled || parent.disabled,
          inLabel: parent.inLabel,
        }}
      >
        {p.children}
      </FieldContext.Provider>
    </div>
  );
}

export function ChoiceCard(p: P) {
  const parent = useContext(FieldContext);
  const invalid = asBool(p.props.invalid);
  const disabled = asBool(p.props.disabled) || parent.disabled;
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is a child view (Checkbox/Switch/Radio).
    <label
      id={idOf(p)}
      data-slot="choice-card"
      data-invalid={invalid || undefined}
      data-disabled={disabled || undefined}
      aria-disabled={disabled || undefined}
      className={cn(
        "pf-choice-card group/field flex w-full cursor-pointer flex-row items-center gap-3 rounded-md border p-4 leading-snug transition-[color,box-shadow,background-color] has-data-[state=checked]:border-primary has-data-[state=checked]:bg-primary/5 has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-focus-visible:ring-[3px] has-focus-visible:ring-ring/50 data-[disabled=true]:cursor-not-allowed data-[disabled=true]:opacity-50 data-[invalid=true]:border-destructive dark:has-data-[state=checked]:bg-primary/10",
        cls(p),
      )}
    >
      <FieldContext.Provider value={{ invalid: invalid || parent.invalid, disabled, inLabel: true }}>
        {p.children}
      </FieldContext.Provider>
    </label>
  );
}

export function FieldContent(p: P) {
  return (
    <div
      id={idOf(p)}
      data-slot="field-content"
      className={cn("pf-field-content flex flex-1 flex-col gap-1.5 leading-snug", cls(p))}
    >
      {p.children}
    </div>
  );
}

export function FieldTitle(p: P) {
  return (
    <div
      id={idOf(p)}
      data-slot="field-title"
      className={cn(
        "pf-field-title flex w-fit items-center gap-2 text-sm leading-snug font-medium group-data-[disabled=true]/field:opacity-50",
        cls(p),
      )}
    >
      {asOptString(p.props.content)}
    </div>
  );
}

export function FieldDescription(p: P) {
  return (
    <p
      id={idOf(p)}
      data-slot="field-description"
      className={cn("pf-field-description text-sm leading-normal font-normal text-muted-foreground", cls(p))}
    >
      {asOptString(p.props.content)}
    </p>
  );
}

export function FieldError(p: P) {
  const content = asOptString(p.props.content);
  if (!content) return null;
  return (
    <div
      id={idOf(p)}
      role="alert"
      data-slot="field-error"
      className={cn("pf-field-error text-sm font-normal text-destructive", cls(p))}
    >
      {content}
    </div>
  );
}
