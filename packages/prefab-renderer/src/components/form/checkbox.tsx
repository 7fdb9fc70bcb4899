/** Checkbox and Switch (Radix), bound to `state[name]` as booleans. */
import { Check } from "lucide-react";
import { Checkbox as CheckboxPrimitive, Switch as SwitchPrimitive } from "radix-ui";
import { useId, useRef } from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString, asString } from "../../lib/coerce.js";
import { useBound } from "../use-bound.js";
import {
  ControlLabel,
  cls,
  ErrorMessage,
  FOCUS_RING,
  INVALID_RING,
  idOf,
  nameOf,
  type P,
  useControlFlags,
  useFieldError,
  useHasLabel,
} from "./shared.js";

const toBool = (v: unknown) => asBool(v);

function useToggle(p: P) {
  const ref = useRef<HTMLButtonElement>(null);
  const bound = useBound(nameOf(p), p.props.value, { coerce: toBool, emit: p.emit });
  const flags = useControlFlags(p);
  const rid = useId();
  const controlId = idOf(p) ?? `${rid}-control`;
  const err = useFieldError(bound.name);
  const hasLabel = useHasLabel(ref);
  const label = asOptString(p.props.label);
  const required = asBool(p.props.required);
  const onCheckedChange = (checked: boolean | "indeterminate") => {
    const next = checked === true;
    bound.set(next);
    if (next || !required) err.clear();
  };
  return { ref, bound, flags, controlId, err, hasLabel, label, required, onCheckedChange };
}

export function Checkbox(p: P) {
  const t = useToggle(p);
  return (
    <div
      data-slot="checkbox-field"
      className={cn("pf-checkbox flex flex-wrap items-center gap-x-2 gap-y-1", cls(p))}
    >
      <CheckboxPrimitive.Root
        ref={t.ref}
        id={t.controlId}
        name={t.bound.name}
        value={asString(p.props.formValue, "on") || "on"}
        checked={t.bound.value}
        onCheckedChange={t.onCheckedChange}
        disabled={t.flags.disabled}
        required={t.required}
        data-slot="checkbox"
        data-pf-field={t.bound.name}
        aria-invalid={t.flags.invalid || t.err.message !== undefined || undefined}
        aria-describedby={t.err.message ? t.err.errorId : undefined}
        aria-label={t.label || t.hasLabel ? undefined : t.bound.name}
        className={cn(
          "pf-checkbox-control peer size-4 shrink-0 cursor-pointer rounded-[4px] border border-input shadow-xs transition-shadow disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:border-primary data-[state=checked]:bg-primary data-[state=checked]:text-primary-foreground dark:bg-input/30 dark:data-[state=checked]:bg-primary",
          FOCUS_RING,
          INVALID_RING,
        )}
      >
        <CheckboxPrimitive.Indicator
          data-slot="checkbox-indicator"
          className="grid place-content-center text-current transition-none"
        >
          <Check className="size-3.5" />
        </CheckboxPrimitive.Indicator>
      </CheckboxPrimitive.Root>
      <ControlLabel htmlFor={t.controlId} inLabel={t.flags.inLabel} text={t.label} />
      <ErrorMessage id={t.err.errorId} message={t.err.message} className="basis-full" />
    </div>
  );
}

export function Switch(p: P) {
  const t = useToggle(p);
  const small = p.props.size === "sm";
  return (
    <div
      data-slot="switch-field"
      className={cn(
        "pf-switch flex flex-wrap items-center gap-x-2 gap-y-1",
        small ? "pf-switch-size-sm" : "pf-switch-size-default",
        cls(p),
      )}
    >
      <SwitchPrimitive.Root
        ref={t.ref}
        id={t.controlId}
        name={t.bound.name}
        checked={t.bound.value}
        onCheckedChange={t.onCheckedChange}
        disabled={t.flags.disabled}
        required={t.required}
        data-slot="switch"
        data-size={small ? "sm" : "default"}
        data-pf-field={t.bound.name}
        aria-invalid={t.flags.invalid || t.err.message !== undefined || undefined}
        aria-describedby={t.err.message ? t.err.errorId : undefined}
        aria-label={t.label || t.hasLabel ? undefined : t.bound.name}
        className={cn(
          "pf-switch-control peer inline-flex shrink-0 cursor-pointer items-center rounded-full border border-transparent shadow-xs transition-all disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:bg-primary data-[state=unchecked]:bg-input dark:data-[state=unchecked]:bg-input/80",
          small ? "h-3.5 w-6" : "h-[1.15rem] w-8",
          FOCUS_RING,
          INVALID_RING,
        )}
      >
        <SwitchPrimitive.Thumb
          data-slot="switch-thumb"
          className={cn(
            "pointer-events-none block rounded-full bg-background ring-0 transition-transform data-[state=checked]:translate-x-[calc(100%-2px)] data-[state=unchecked]:translate-x-0 dark:data-[state=checked]:bg-primary-foreground dark:data-[state=unchecked]:bg-foreground",
            small ? "size-3" : "size-4",
          )}
        />
      </SwitchPrimitive.Root>
      <ControlLabel htmlFor={t.controlId} inLabel={t.flags.inLabel} text={t.label} />
      <ErrorMessage id={t.err.errorId} message={t.err.message} className="basis-full" />
    </div>
  );
}
