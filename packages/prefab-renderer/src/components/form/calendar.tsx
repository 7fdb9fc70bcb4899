/**
 * Calendar (single / multiple / range) and DatePicker (a button with a popover Calendar). Days are
 * ISO `YYYY-MM-DD`; multiple/range values are JSON text (§3.2). Names and labels use the host locale.
 */
import { CalendarIcon, ChevronLeft, ChevronRight } from "lucide-react";
import { Popover } from "radix-ui";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { cn } from "../../lib/cn.js";
import { asString } from "../../lib/coerce.js";
import { useRuntime } from "../../render/runtime.js";
import { BUTTON_BASE, BUTTON_SIZES, BUTTON_VARIANTS } from "./button.js";
import {
  addDays,
  addMonths,
  type CalendarMode,
  firstDayOfWeek,
  isoDay,
  parseSelection,
  parts,
  pick,
  type Selection,
  todayIso,
  utcTime,
  weekday,
} from "./dates.js";
import {
  cls,
  FOCUS_RING,
  INVALID_RING,
  idOf,
  type P,
  useBound,
  useControlFlags,
  usePortalContainer,
} from "./shared.js";

const identity = (v: unknown) => v;

/** The host locale (first one when a list), for Intl formatting. */
function useLocale(): string | undefined {
  const loc = useRuntime().expression.format?.locale;
  return typeof loc === "string" ? loc : loc?.[0];
}

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: "UTC" });
  }
}

function initialFocus(sel: Selection): string {
  return sel.single ?? sel.from ?? sel.multiple[0] ?? todayIso();
}

const NAV_BUTTON = cn(
  BUTTON_BASE,
  BUTTON_VARIANTS.ghost,
  BUTTON_SIZES["icon-sm"],
  FOCUS_RING,
  "size-8 p-0 opacity-70 hover:opacity-100",
);

export interface CalendarCoreProps {
  mode: CalendarMode;
  selection: Selection;
  onPick(day: string): void;
  disabled?: boolean;
  /** Focus the active day on mount (DatePicker popover). */
  autoFocus?: boolean;
  id?: string | undefined;
  className?: string | undefined;
}

export function CalendarCore({
  mode,
  selection,
  onPick,
  disabled,
  autoFocus,
  id,
  className,
}: CalendarCoreProps) {
  const locale = useLocale();
  const [focus, setFocus] = useState(() => initialFocus(selection));
  const [month, setMonth] = useState(() => focus.slice(0, 7));
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(autoFocus === true);
  const captionId = `${useId()}-caption`;
  const today = todayIso();

  const fmt = useMemo(
    () => ({
      caption: formatter(locale, { month: "long", year: "numeric" }),
      full: formatter(locale, { dateStyle: "full" }),
      short: formatter(locale, { weekday: "short" }),
      long: formatter(locale, { weekday: "long" }),
    }),
    [locale],
  );
  const weekStart = useMemo(() => firstDayOfWeek(locale), [locale]);

  // The displayed month follows the selection when it changes from outside (state writes).
  const selKey = selection.single ?? selection.from ?? selection.multiple[0];
  const [seenSel, setSeenSel] = useState(selKey);
  if (selKey !== seenSel) {
    setSeenSel(selKey);
    if (selKey && selKey.slice(0, 7) !== month) {
      setMonth(selKey.slice(0, 7));
      setFocus(selKey);
    }
  }

  const first = `${month}-01`;
  const { y, m0 } = parts(first);
  const gridStart = addDays(first, -((weekday(first) - weekStart + 7) % 7));
  const lastOfMonth = isoDay(y, m0 + 1, 0);
  const weeks: string[][] = [];
  for (let day = gridStart; day <= lastOfMonth || weeks.length === 0; ) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  const activeFocus = focus.slice(0, 7) === month ? focus : first;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`button[data-day="${activeFocus}"]`)?.focus();
  });

  const moveTo = (day: string) => {
    moved.current = true;
    setFocus(day);
    if (day.slice(0, 7) !== month) setMonth(day.slice(0, 7));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, day: string) => {
    const dow = (weekday(day) - weekStart + 7) % 7;
    const next: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, -dow),
      End: () => addDays(day, 6 - dow),
      PageUp: () => addMonths(day, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(day, e.shiftKey ? 12 : 1),
    };
    const f = next[e.key];
    if (!f) return;
    e.preventDefault();
    moveTo(f());
  };

  const isSelected = (day: string) =>
    mode === "single"
      ? selection.single === day
      : mode === "multiple"
        ? selection.multiple.includes(day)
        : day === selection.from || day === selection.to;
  const inRange = (day: string) =>
    mode === "range" && !!selection.from && !!selection.to && day > selection.from && day < selection.to;

  const shiftMonth = (n: number) => {
    const target = addMonths(first, n);
    setMonth(target.slice(0, 7));
    setFocus(target);
  };

  return (
    <div
      id={id}
      data-slot="calendar"
      data-mode={mode}
      aria-disabled={disabled || undefined}
      className={cn("pf-calendar w-fit rounded-md bg-background p-3", disabled && "opacity-50", className)}
    >
      <div className="mb-2 flex h-8 items-center justify-between gap-2">
        <button
          type="button"
          className={NAV_BUTTON}
          aria-label="Previous month"
          disabled={disabled}
          onClick={() => shiftMonth(-1)}
        >
          <ChevronLeft className="size-4" />
        </button>
        <div
          id={captionId}
          aria-live="polite"
          className="pf-calendar-caption text-sm font-medium select-none"
        >
          {fmt.caption.format(utcTime(first))}
        </div>
        <button
          type="button"
          className={NAV_BUTTON}
          aria-label="Next month"
          disabled={disabled}
          onClick={() => shiftMonth(1)}
        >
          <ChevronRight className="size-4" />
        </button>
      </div>
      <table
        ref={gridRef}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA date picker grid pattern.
        role="grid"
        aria-labelledby={captionId}
        aria-multiselectable={mode !== "single" || undefined}
        className="w-full border-collapse"
      >
        <thead>
          <tr className="flex">
            {weeks[0]!.map((day) => (
              <th
                key={day}
                scope="col"
                abbr={fmt.long.format(utcTime(day))}
                className="w-8 flex-1 rounded-md text-[0.8rem] font-normal text-muted-foreground select-none"
              >
                {fmt.short.format(utcTime(day)).slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]} className="mt-1 flex w-full">
              {week.map((day) => {
                const selected = isSelected(day);
                const middle = inRange(day);
                const outside = day.slice(0, 7) !== month;
                return (
                  // biome-ignore lint/a11y/useFocusableInteractive: the cell's button takes focus (roving tabindex).
                  <td
                    key={day}
                    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: grid cell of the date grid.
                    role="gridcell"
                    aria-selected={selected || middle}
                    className={cn(
                      "relative p-0 text-center",
                      middle && "bg-accent",
                      mode === "range" && selection.to && day === selection.from && "rounded-l-md bg-accent",
                      mode === "range" && selection.from && day === selection.to && "rounded-r-md bg-accent",
                    )}
                  >
                    <button
                      type="button"
                      data-day={day}
                      data-selected={selected || undefined}
                      data-outside={outside || undefined}
                      data-today={day === today || undefined}
                      tabIndex={day === activeFocus ? 0 : -1}
                      disabled={disabled}
                      aria-label={fmt.full.format(utcTime(day))}
                      aria-current={day === today ? "date" : undefined}
                      onClick={() => {
                        setFocus(day);
                        if (outside) setMonth(day.slice(0, 7));
                        onPick(day);
                      }}
                      onKeyDown={(e) => onKeyDown(e, day)}
                      className={cn(
                        "pf-calendar-day inline-flex size-8 cursor-pointer items-center justify-center rounded-md p-0 text-sm font-normal tabular-nums transition-colors hover:bg-accent hover:text-accent-foreground disabled:pointer-events-none",
                        FOCUS_RING,
                        outside && "text-muted-foreground",
                        day === today && !selected && "bg-accent text-accent-foreground",
                        middle && "rounded-none hover:bg-accent/70",
                        selected &&
                          "bg-primary text-primary-foreground opacity-100 hover:bg-primary hover:text-primary-foreground",
                      )}
                    >
                      {Number(day.slice(8, 10))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function modeOf(p: P): CalendarMode {
  const m = p.props.mode;
  return m === "multiple" || m === "range" ? m : "single";
}

export function Calendar(p: P) {
  const mode = modeOf(p);
  const bound = useBound<unknown>(p, identity);
  const flags = useControlFlags(p);
  const selection = useMemo(() => parseSelection(bound.value, mode), [bound.value, mode]);
  return (
    <CalendarCore
      id={idOf(p)}
      mode={mode}
      selection={selection}
      disabled={flags.disabled}
      onPick={(day) => bound.set(pick(selection, mode, day))}
      className={cls(p)}
    />
  );
}

export function DatePicker(p: P) {
  const locale = useLocale();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const container = usePortalContainer(triggerRef);
  const bound = useBound<unknown>(p, identity);
  const flags = useControlFlags(p);
  const [open, setOpen] = useState(false);
  const selection = useMemo(() => parseSelection(bound.value, "single"), [bound.value]);
  const label = selection.single
    ? formatter(locale, { dateStyle: "long" }).format(utcTime(selection.single))
    : undefined;
  const placeholder = asString(p.props.placeholder, "Pick a date") || "Pick a date";
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          ref={triggerRef}
          id={idOf(p)}
          type="button"
          disabled={flags.disabled}
          data-slot="date-picker"
          data-empty={!label || undefined}
          aria-invalid={flags.invalid || undefined}
          className={cn(
            "pf-date-picker",
            BUTTON_BASE,
            BUTTON_VARIANTS.outline,
            BUTTON_SIZES.default,
            FOCUS_RING,
            INVALID_RING,
            "w-[240px] justify-start text-left font-normal data-[empty=true]:text-muted-foreground",
            cls(p),
          )}
        >
          <CalendarIcon className="size-4" />
          <span className="truncate">{label ?? placeholder}</span>
        </button>
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          align="start"
          sideOffset={4}
          onOpenAutoFocus={(e) => e.preventDefault()}
          className="pf-date-picker-content z-50 w-auto rounded-md border bg-popover p-0 text-popover-foreground shadow-md outline-none"
        >
          <CalendarCore
            mode="single"
            selection={selection}
            autoFocus
            onPick={(day) => {
              bound.set(day);
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
