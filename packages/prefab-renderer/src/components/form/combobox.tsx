/**
 * Combobox: a Radix Popover holding a search box and a filtered listbox (WAI-ARIA combobox with
 * `aria-activedescendant`). Options are the node's children rendered as views inside a context, so
 * ForEach-generated options work. While closed, the children render in "collect" mode (no DOM) only to
 * report their labels, which is how the trigger shows the selected option's label.
 */
import { Check, ChevronsUpDown, Search } from "lucide-react";
import { Popover } from "radix-ui";
import {
  createContext,
  type KeyboardEvent,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
} from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString, asString } from "../../lib/coerce.js";
import { useBound } from "../use-bound.js";
import { BUTTON_BASE, BUTTON_SIZES, BUTTON_VARIANTS } from "./button.js";
import { POPOVER_SURFACE, pick } from "./select.js";
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

interface ComboState {
  mode: "collect" | "list";
  query: string;
  selected: string;
  active: string | undefined;
  optionId(value: string): string;
  register(value: string, label: string): void;
  choose(value: string): void;
  setActive(value: string): void;
}

const ComboContext = createContext<ComboState | null>(null);

const toOption = (v: unknown) => (v === undefined || v === null ? "" : asString(v));
const SIDES = ["top", "right", "bottom", "left"] as const;
const ALIGNS = ["start", "center", "end"] as const;

export function Combobox(p: P) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const container = usePortalContainer(triggerRef);
  const bound = useBound(nameOf(p), p.props.value, { coerce: toOption, emit: p.emit });
  const flags = useControlFlags(p);
  const err = useFieldError(bound.name);
  const hasLabel = useHasLabel(triggerRef);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState<string | undefined>(undefined);
  const [empty, setEmpty] = useState(false);
  const labels = useRef(new Map<string, string>());
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const base = useId();
  const listId = `${base}-list`;
  const placeholder = asOptString(p.props.placeholder);
  const searchPlaceholder = asOptString(p.props.searchPlaceholder) || "Search...";

  const register = useCallback((value: string, label: string) => {
    if (labels.current.get(value) === label) return;
    labels.current.set(value, label);
    bump();
  }, []);
  const optionId = useCallback(
    (value: string) => `${base}-o-${[...value].map((c) => c.codePointAt(0)!.toString(36)).join("_")}`,
    [base],
  );
  const setBound = bound.set;
  const choose = useCallback(
    (value: string) => {
      setBound(value);
      err.clear();
      setOpen(false);
    },
    [setBound, err.clear],
  );

  const enabledOptions = () => [
    ...(listRef.current?.querySelectorAll<HTMLElement>('[role="option"]:not([aria-disabled="true"])') ?? []),
  ];

  // Keep the active option among the visible ones; show the empty state when nothing matches.
  useLayoutEffect(() => {
    if (!open) return;
    const values = enabledOptions().map((o) => o.dataset.value ?? "");
    if (active === undefined || !values.includes(active)) setActive(values[0]);
    setEmpty((listRef.current?.querySelectorAll('[role="option"]').length ?? 0) === 0);
  });
  useEffect(() => {
    if (!open || active === undefined) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[id="${optionId(active)}"]`);
    if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
  }, [open, active, optionId]);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setQuery("");
      setActive(bound.value || undefined);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const opts = enabledOptions();
    const values = opts.map((o) => o.dataset.value ?? "");
    const i = active === undefined ? -1 : values.indexOf(active);
    let next: string | undefined;
    if (e.key === "ArrowDown") next = values[Math.min(values.length - 1, i + 1)];
    else if (e.key === "ArrowUp") next = values[Math.max(0, i - 1)];
    else if (e.key === "Home" && !query) next = values[0];
    else if (e.key === "End" && !query) next = values[values.length - 1];
    else if (e.key === "Enter") {
      e.preventDefault();
      if (active !== undefined && values.includes(active)) choose(active);
      return;
    } else return;
    e.preventDefault();
    if (next !== undefined) setActive(next);
  };

  const ctxBase = {
    query,
    selected: bound.value,
    active,
    optionId,
    register,
    choose,
    setActive,
  };
  const selectedLabel = bound.value ? (labels.current.get(bound.value) ?? bound.value) : undefined;

  return (
    <>
      <Popover.Root open={open} onOpenChange={onOpenChange}>
        <Popover.Trigger asChild>
          <button
            ref={triggerRef}
            id={idOf(p)}
            type="button"
            role="combobox"
            aria-expanded={open}
            aria-haspopup="listbox"
            aria-controls={open ? listId : undefined}
            aria-invalid={flags.invalid || err.message !== undefined || undefined}
            aria-describedby={err.message ? err.errorId : undefined}
            aria-label={hasLabel ? undefined : placeholder || bound.name}
            disabled={flags.disabled}
            data-slot="combobox"
            data-pf-field={bound.name}
            data-empty={!selectedLabel || undefined}
            className={cn(
              "pf-combobox",
              BUTTON_BASE,
              BUTTON_VARIANTS.outline,
              BUTTON_SIZES.default,
              FOCUS_RING,
              INVALID_RING,
              "w-[200px] justify-between font-normal data-[empty=true]:text-muted-foreground",
              cls(p),
            )}
          >
            <span className="truncate">{selectedLabel ?? placeholder ?? "Select..."}</span>
            <ChevronsUpDown className="size-4 opacity-50" />
          </button>
        </Popover.Trigger>
        <Popover.Portal container={container}>
          <Popover.Content
            side={pick(p.props.side, SIDES)}
            align={pick(p.props.align, ALIGNS) ?? "start"}
            sideOffset={4}
            onOpenAutoFocus={(e) => {
              e.preventDefault();
              inputRef.current?.focus();
            }}
            data-slot="combobox-content"
            className={cn(
              "pf-combobox-content w-(--radix-popover-trigger-width) min-w-[12rem] p-0",
              POPOVER_SURFACE,
            )}
          >
            <div className="flex h-9 items-center gap-2 border-b px-3">
              <Search className="size-4 shrink-0 opacity-50" />
              <input
                ref={inputRef}
                role="combobox"
                aria-autocomplete="list"
                aria-expanded="true"
                aria-controls={listId}
                aria-activedescendant={active !== undefined ? optionId(active) : undefined}
                aria-label={searchPlaceholder}
                placeholder={searchPlaceholder}
                autoComplete="off"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={onKeyDown}
                className="flex h-9 w-full rounded-md bg-transparent py-3 text-sm outline-hidden placeholder:text-muted-foreground"
              />
            </div>
            <div
              ref={listRef}
              id={listId}
              role="listbox"
              aria-label={placeholder || bound.name || "Options"}
              className="max-h-[300px] scroll-py-1 overflow-x-hidden overflow-y-auto p-1"
            >
              <ComboContext.Provider value={{ ...ctxBase, mode: "list" }}>{p.children}</ComboContext.Provider>
            </div>
            {empty ? (
              <div role="status" className="py-6 text-center text-sm text-muted-foreground">
                No results found.
              </div>
            ) : null}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {open ? null : (
        <ComboContext.Provider value={{ ...ctxBase, mode: "collect" }}>{p.children}</ComboContext.Provider>
      )}
      <ErrorMessage id={err.errorId} message={err.message} />
    </>
  );
}

export function ComboboxOption(p: P) {
  const ctx = useContext(ComboContext);
  const value = asString(p.props.value);
  const label = asString(p.props.label, value) || value;
  const disabled = asBool(p.props.disabled);
  const register = ctx?.register;
  useLayoutEffect(() => {
    register?.(value, label);
  }, [register, value, label]);
  if (!ctx || ctx.mode === "collect") return null;
  const q = ctx.query.trim().toLowerCase();
  if (q && !label.toLowerCase().includes(q) && !value.toLowerCase().includes(q)) return null;
  const selected = ctx.selected === value && value !== "";
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection runs through the search box (aria-activedescendant).
    <div
      id={ctx.optionId(value)}
      role="option"
      tabIndex={-1}
      data-value={value}
      aria-selected={selected}
      aria-disabled={disabled || undefined}
      data-active={ctx.active === value || undefined}
      onPointerMove={() => {
        if (!disabled && ctx.active !== value) ctx.setActive(value);
      }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (!disabled) ctx.choose(value);
      }}
      className={cn(
        "pf-combobox-option relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-hidden select-none aria-disabled:pointer-events-none aria-disabled:opacity-50 data-[active=true]:bg-accent data-[active=true]:text-accent-foreground",
        cls(p),
      )}
    >
      <span className="truncate">{label}</span>
      <Check className={cn("ml-auto size-4", selected ? "opacity-100" : "opacity-0")} />
    </div>
  );
}

export function ComboboxGroup(p: P) {
  const ctx = useContext(ComboContext);
  if (!ctx) return null;
  if (ctx.mode === "collect") return p.children;
  return (
    <div
      role="group"
      data-slot="combobox-group"
      className={cn(
        "pf-combobox-group overflow-hidden text-foreground [&:not(:has([role=option]))]:hidden",
        cls(p),
      )}
    >
      {p.children}
    </div>
  );
}

export function ComboboxLabel(p: P) {
  const ctx = useContext(ComboContext);
  if (!ctx || ctx.mode === "collect") return null;
  return (
    <div
      role="presentation"
      className={cn("pf-combobox-label px-2 py-1.5 text-xs font-medium text-muted-foreground", cls(p))}
    >
      {asString(p.props.label)}
    </div>
  );
}

export function ComboboxSeparator(p: P) {
  const ctx = useContext(ComboContext);
  if (!ctx || ctx.mode === "collect" || ctx.query.trim() !== "") return null;
  return <div role="separator" className={cn("pf-combobox-separator -mx-1 my-1 h-px bg-border", cls(p))} />;
}
