/**
 * Select (Radix Select). Options are the node's children rendered as views inside the Select's
 * content (so ForEach/Condition around SelectOption work); Radix renders them into a detached
 * fragment while closed, which is how the trigger shows the selected option's label.
 */
import { Check, ChevronDown, ChevronUp } from "lucide-react";
import { Select as SelectPrimitive } from "radix-ui";
import { createContext, useContext, useRef } from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString, asString } from "../../lib/coerce.js";
import { useBound } from "../use-bound.js";
import {
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
  usePortalContainer,
} from "./shared.js";

/** 0 = outside a Select, 1 = inside, 2 = inside a SelectGroup. */
const SelectLevel = createContext(0);

const SIDES = ["top", "right", "bottom", "left"] as const;
const ALIGNS = ["start", "center", "end"] as const;
export function pick<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

const toOption = (v: unknown) => (v === undefined || v === null ? "" : asString(v));

export const POPOVER_SURFACE =
  "z-50 rounded-md border bg-popover text-popover-foreground shadow-md outline-none";

export function Select(p: P) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const bound = useBound(nameOf(p), p.props.value, { coerce: toOption, emit: p.emit });
  const flags = useControlFlags(p);
  const err = useFieldError(bound.name);
  const container = usePortalContainer(triggerRef);
  const hasLabel = useHasLabel(triggerRef);
  const placeholder = asOptString(p.props.placeholder);
  const size = p.props.size === "sm" ? "sm" : "default";
  return (
    <>
      <SelectPrimitive.Root
        value={bound.value}
        onValueChange={(v) => {
          bound.set(v);
          err.clear();
        }}
        name={bound.name}
        disabled={flags.disabled}
        required={asBool(p.props.required)}
      >
        <SelectPrimitive.Trigger
          ref={triggerRef}
          id={idOf(p)}
          data-slot="select-trigger"
          data-size={size}
          data-pf-field={bound.name}
          aria-invalid={flags.invalid || err.message !== undefined || undefined}
          aria-describedby={err.message ? err.errorId : undefined}
          aria-label={hasLabel ? undefined : placeholder || bound.name}
          className={cn(
            "pf-select flex w-full cursor-pointer items-center justify-between gap-2 whitespace-nowrap rounded-lg border border-input bg-transparent py-2 pr-2 pl-2.5 text-sm transition-[color,box-shadow] disabled:cursor-not-allowed disabled:opacity-50 data-[placeholder]:text-muted-foreground data-[size=default]:h-8 data-[size=sm]:h-7 dark:bg-input/30 dark:hover:bg-input/50 *:data-[slot=select-value]:line-clamp-1 *:data-[slot=select-value]:flex *:data-[slot=select-value]:items-center *:data-[slot=select-value]:gap-2 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4 [&_svg:not([class*='text-'])]:text-muted-foreground",
            FOCUS_RING,
            INVALID_RING,
            cls(p),
          )}
        >
          <SelectPrimitive.Value data-slot="select-value" placeholder={placeholder} />
          <SelectPrimitive.Icon asChild>
            <ChevronDown className="size-4 opacity-50" />
          </SelectPrimitive.Icon>
        </SelectPrimitive.Trigger>
        <SelectPrimitive.Portal container={container}>
          <SelectPrimitive.Content
            data-slot="select-content"
            position="popper"
            side={pick(p.props.side, SIDES)}
            align={pick(p.props.align, ALIGNS)}
            sideOffset={4}
            className={cn(
              "pf-select-content relative max-h-(--radix-select-content-available-height) min-w-[8rem] origin-(--radix-select-content-transform-origin) overflow-x-hidden overflow-y-auto",
              POPOVER_SURFACE,
            )}
          >
            <SelectPrimitive.ScrollUpButton className="flex cursor-default items-center justify-center py-1">
              <ChevronUp className="size-4" />
            </SelectPrimitive.ScrollUpButton>
            <SelectPrimitive.Viewport className="h-(--radix-select-trigger-height) w-full min-w-(--radix-select-trigger-width) scroll-my-1 p-1">
              <SelectLevel.Provider value={1}>{p.children}</SelectLevel.Provider>
            </SelectPrimitive.Viewport>
            <SelectPrimitive.ScrollDownButton className="flex cursor-default items-center justify-center py-1">
              <ChevronDown className="size-4" />
            </SelectPrimitive.ScrollDownButton>
          </SelectPrimitive.Content>
        </SelectPrimitive.Portal>
      </SelectPrimitive.Root>
      <ErrorMessage id={err.errorId} message={err.message} />
    </>
  );
}

export function SelectOption(p: P) {
  const level = useContext(SelectLevel);
  const value = asString(p.props.value);
  // Radix reserves "" for "no selection"; an option without a value cannot be chosen.
  if (level === 0 || value === "") return null;
  const label = asString(p.props.label, value) || value;
  return (
    <SelectPrimitive.Item
      id={idOf(p)}
      value={value}
      disabled={asBool(p.props.disabled)}
      data-slot="select-item"
      className={cn(
        "pf-select-option relative flex w-full cursor-default items-center gap-2 rounded-sm py-1.5 pr-8 pl-2 text-sm outline-hidden select-none focus:bg-accent focus:text-accent-foreground data-[disabled]:pointer-events-none data-[disabled]:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0",
        cls(p),
      )}
    >
      <span className="absolute right-2 flex size-3.5 items-center justify-center">
        <SelectPrimitive.ItemIndicator>
          <Check className="size-4" />
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{label}</SelectPrimitive.ItemText>
    </SelectPrimitive.Item>
  );
}

export function SelectGroup(p: P) {
  const level = useContext(SelectLevel);
  if (level === 0) return null;
  return (
    <SelectPrimitive.Group id={idOf(p)} data-slot="select-group" className={cn("pf-select-group", cls(p))}>
      <SelectLevel.Provider value={2}>{p.children}</SelectLevel.Provider>
    </SelectPrimitive.Group>
  );
}

const LABEL = "pf-select-label px-2 py-1.5 text-xs text-muted-foreground";

export function SelectLabel(p: P) {
  const level = useContext(SelectLevel);
  const text = asString(p.props.label);
  if (level === 0) return null;
  // Radix's Label needs a Group around it; a bare label is plain text.
  if (level === 1) return <div className={cn(LABEL, cls(p))}>{text}</div>;
  return (
    <SelectPrimitive.Label id={idOf(p)} data-slot="select-label" className={cn(LABEL, cls(p))}>
      {text}
    </SelectPrimitive.Label>
  );
}

export function SelectSeparator(p: P) {
  const level = useContext(SelectLevel);
  if (level === 0) return null;
  return (
    <SelectPrimitive.Separator
      data-slot="select-separator"
      className={cn("pf-select-separator pointer-events-none -mx-1 my-1 h-px bg-border", cls(p))}
    />
  );
}
