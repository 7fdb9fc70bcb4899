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
import { useBound } from "../use-bound.js";
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
  nameOf,
  type P,
  useControlFlags,
  usePortalContainer,
} from "./shared.js";

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
  "size-7 p-0 text-foreground [&_svg:not([class*='size-'])]:size-4",
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
  const gridRef = useRef<HTMLDivElement>(null);
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
    const second = addMonths(`${month}-01`, 1).slice(0, 7);
    if (selKey && selKey.slice(0, 7) !== month && !(mode === "range" && selKey.slice(0, 7) === second)) {
      setMonth(selKey.slice(0, 7));
      setFocus(selKey);
    }
  }

  const first = `${month}-01`;
  // Range mode shows two months side by side, like the original.
  const count = mode === "range" ? 2 : 1;
  const shown = Array.from({ length: count }, (_, i) => addMonths(first, i).slice(0, 7));
  const lastShown = shown[count - 1]!;
  const weeksOf = (monthKey: string): string[][] => {
    const start = `${monthKey}-01`;
    const { y, m0 } = parts(start);
    const gridStart = addDays(start, -((weekday(start) - weekStart + 7) % 7));
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
    return weeks;
  };
  const visible = (day: string) => day.slice(0, 7) >= month && day.slice(0, 7) <= lastShown;
  /** Shows `day`'s month: as the first month when going back, as the last when going forward. */
  const reveal = (day: string) => {
    if (visible(day)) return;
    setMonth(
      day.slice(0, 7) < month ? day.slice(0, 7) : addMonths(`${day.slice(0, 7)}-01`, 1 - count).slice(0, 7),
    );
  };
  const activeFocus = visible(focus) ? focus : first;

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-day="${activeFocus}"]:not([data-outside])`)
      ?.focus();
  });

  const moveTo = (day: string) => {
    moved.current = true;
    setFocus(day);
    reveal(day);
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
      ref={gridRef}
      className={cn(
        "pf-calendar flex w-fit gap-4 rounded-lg border bg-background p-2",
        disabled && "opacity-50",
        className,
      )}
    >
      {shown.map((monthKey, index) => {
        const weeks = weeksOf(monthKey);
        const monthCaptionId = `${captionId}-${index}`;
        return (
          <div key={monthKey} className="pf-calendar-month flex flex-col">
            <div className="mb-4 flex h-7 items-center justify-between gap-2">
              {index === 0 ? (
                <button
                  type="button"
                  className={NAV_BUTTON}
                  aria-label="Previous month"
                  disabled={disabled}
                  onClick={() => shiftMonth(-1)}
                >
                  <ChevronLeft />
                </button>
              ) : (
                <span className="size-7" aria-hidden="true" />
              )}
              <div
                id={monthCaptionId}
                aria-live="polite"
                className="pf-calendar-caption text-sm font-medium select-none"
              >
                {fmt.caption.format(utcTime(`${monthKey}-01`))}
              </div>
              {index === count - 1 ? (
                <button
                  type="button"
                  className={NAV_BUTTON}
                  aria-label="Next month"
                  disabled={disabled}
                  onClick={() => shiftMonth(1)}
                >
                  <ChevronRight />
                </button>
              ) : (
                <span className="size-7" aria-hidden="true" />
              )}
            </div>
            <table
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA date picker grid pattern.
              role="grid"
              aria-labelledby={monthCaptionId}
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
                      className="w-7 flex-1 rounded-md text-[0.8rem] font-normal text-muted-foreground select-none"
                    >
                      {fmt.short.format(utcTime(day)).slice(0, 2)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week[0]} className="mt-2 flex w-full">
                    {week.map((day) => {
                      const selected = isSelected(day);
                      const middle = inRange(day);
                      const outside = day.slice(0, 7) !== monthKey;
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
                            mode === "range" &&
                              selection.to &&
                              day === selection.from &&
                              "rounded-l-md bg-accent",
                            mode === "range" &&
                              selection.from &&
                              day === selection.to &&
                              "rounded-r-md bg-accent",
                          )}
                        >
                          <button
                            type="button"
                            data-day={day}
                            data-selected={selected || undefined}
                            data-outside={outside || undefined}
                            data-today={day === today || undefined}
                            tabIndex={day === activeFocus && !outside ? 0 : -1}
                            disabled={disabled}
                            aria-label={fmt.full.format(utcTime(day))}
                            aria-current={day === today ? "date" : undefined}
                            onClick={() => {
                              setFocus(day);
                              reveal(day);
                              onPick(day);
                            }}
                            onKeyDown={(e) => onKeyDown(e, day)}
                            className={cn(
                              "pf-calendar-day inline-flex size-7 cursor-pointer items-center justify-center rounded-md p-0 text-sm font-normal tabular-nums transition-colors hover:bg-accent hover:text-accent-foreground disabled:pointer-events-none",
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
      })}
    </div>
  );
}

function modeOf(p: P): CalendarMode {
  const m = p.props.mode;
  return m === "multiple" || m === "range" ? m : "single";
}

export function Calendar(p: P) {
  const mode = modeOf(p);
  const bound = useBound(nameOf(p), p.props.value, { emit: p.emit });
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
  const bound = useBound(nameOf(p), p.props.value, { emit: p.emit });
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
