/**
 * RadioGroup (Radix: roving focus, arrow keys) and Radio. Radio children render as views inside the
 * group's context, so a group may hold ForEach-generated radios or ChoiceCards around them; a Radio
 * outside any group is a native radio (same-named standalone radios form a native group).
 */
import { Circle } from "lucide-react";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
import { createContext, useContext, useId, useState } from "react";
import { useStoreValue } from "../../engine/state/index.js";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString, asString } from "../../lib/coerce.js";
import { useRuntime } from "../../render/runtime.js";
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
} from "./shared.js";

const GroupContext = createContext<{ invalid: boolean } | null>(null);

const toOption = (v: unknown) => (v === undefined || v === null ? "" : asString(v));

export function RadioGroup(p: P) {
  const bound = useBound(nameOf(p), p.props.value, { coerce: toOption, emit: p.emit });
  const flags = useControlFlags(p);
  const err = useFieldError(bound.name);
  const invalid = flags.invalid || err.message !== undefined;
  return (
    <RadioGroupPrimitive.Root
      id={idOf(p)}
      name={bound.name}
      value={bound.value}
      onValueChange={(v) => {
        bound.set(v);
        err.clear();
      }}
      disabled={flags.disabled}
      required={asBool(p.props.required)}
      data-slot="radio-group"
      data-pf-field={bound.name}
      aria-invalid={invalid || undefined}
      aria-describedby={err.message ? err.errorId : undefined}
      className={cn("pf-radio-group grid gap-3", cls(p))}
    >
      <GroupContext.Provider value={{ invalid }}>{p.children}</GroupContext.Provider>
      <ErrorMessage id={err.errorId} message={err.message} />
    </RadioGroupPrimitive.Root>
  );
}

const ITEM_CLASS =
  "aspect-square size-4 shrink-0 cursor-pointer rounded-full border border-input text-primary shadow-xs transition-[color,box-shadow] disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:border-primary dark:bg-input/30";

export function Radio(p: P) {
  const group = useContext(GroupContext);
  return group ? <GroupRadio {...p} invalid={group.invalid} /> : <StandaloneRadio {...p} />;
}

function optionOf(p: P): string {
  return asString(p.props.option ?? p.props.label ?? "");
}

function GroupRadio(p: P & { invalid: boolean }) {
  const flags = useControlFlags(p);
  const rid = useId();
  const controlId = idOf(p) ?? `${rid}-radio`;
  const label = asOptString(p.props.label);
  const option = optionOf(p);
  return (
    <div data-slot="radio-field" className={cn("pf-radio flex items-center gap-2", cls(p))}>
      <RadioGroupPrimitive.Item
        id={controlId}
        value={option}
        disabled={flags.disabled}
        data-slot="radio-group-item"
        aria-invalid={p.invalid || flags.invalid || undefined}
        aria-label={label ? undefined : option}
        className={cn("pf-radio-control peer", ITEM_CLASS, FOCUS_RING, INVALID_RING)}
      >
        <RadioGroupPrimitive.Indicator
          data-slot="radio-group-indicator"
          className="relative flex items-center justify-center"
        >
          <Circle className="absolute top-1/2 left-1/2 size-2 -translate-x-1/2 -translate-y-1/2 fill-primary" />
        </RadioGroupPrimitive.Indicator>
      </RadioGroupPrimitive.Item>
      <ControlLabel htmlFor={controlId} inLabel={flags.inLabel} text={label} />
    </div>
  );
}

function StandaloneRadio(p: P) {
  const { store } = useRuntime();
  const name = nameOf(p);
  const fromState = useStoreValue(store, name ?? "");
  const flags = useControlFlags(p);
  const rid = useId();
  const controlId = idOf(p) ?? `${rid}-radio`;
  const label = asOptString(p.props.label);
  const option = optionOf(p);
  const err = useFieldError(name);
  const [local, setLocal] = useState(() => asBool(p.props.value));
  const checked = name && fromState !== undefined ? toOption(fromState) === option : local;
  return (
    <div
      data-slot="radio-field"
      className={cn("pf-radio flex flex-wrap items-center gap-x-2 gap-y-1", cls(p))}
    >
      <input
        type="radio"
        id={controlId}
        name={name}
        value={option}
        checked={checked}
        onChange={(e) => {
          if (!e.target.checked) return;
          if (name) store.set(name, option);
          setLocal(true);
          err.recheck(e.target);
        }}
        disabled={flags.disabled}
        required={asBool(p.props.required) || undefined}
        data-pf-field={name}
        aria-invalid={flags.invalid || err.message !== undefined || undefined}
        aria-describedby={err.message ? err.errorId : undefined}
        aria-label={label ? undefined : option}
        className={cn(
          "pf-radio-control peer size-4 shrink-0 cursor-pointer rounded-full accent-primary disabled:cursor-not-allowed disabled:opacity-50",
          FOCUS_RING,
        )}
      />
      <ControlLabel htmlFor={controlId} inLabel={flags.inLabel} text={label} />
      <ErrorMessage id={err.errorId} message={err.message} className="basis-full" />
    </div>
  );
}
