import { toDigits, toNumber, toText } from "./coerce.js";
import { toDate, toWallClockTime } from "./dates.js";
import {
  type DateStyle,
  formatCompact,
  formatCurrency,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatTime,
} from "./format.js";
import { readMember } from "./path.js";
import type { FormatContext, PipeFunction, PipeRegistry } from "./types.js";

/** A built-in pipe: the value, the typed argument (undefined when not written) and the format context. */
type BuiltinPipe = (value: unknown, arg: unknown, fmt: FormatContext | undefined) => unknown;

/**
 * Runs a numeric formatter; non-numeric input is shown as `String(value)`, and so is a formatter failure
 * (an unknown currency code), because one bad cell should not blank a template.
 */
function numeric(value: unknown, format: (n: number) => string): string {
  const n = toNumber(value);
  if (Number.isNaN(n)) return toText(value);
  try {
    return format(n);
  } catch {
    return toText(value);
  }
}

function dated(value: unknown, format: (date: Date) => string): string {
  const date = toDate(value);
  if (date === null) return toText(value);
  try {
    return format(date);
  } catch {
    return toText(value);
  }
}

function dateStyle(arg: unknown): DateStyle {
  return arg === "short" || arg === "long" ? arg : "medium";
}

/** Attribute filter for `selectattr`/`rejectattr`: objects only, own properties only. */
function filterByAttr(value: unknown, arg: unknown, keep: boolean): unknown {
  if (!Array.isArray(value) || !arg) return value;
  const attr = toText(arg);
  return value.filter(
    (item) => item !== null && typeof item === "object" && Boolean(readMember(item, attr)) === keep,
  );
}

/** Cut at `max` UTF-16 units, without leaving half of a surrogate pair behind. */
function truncateText(text: string, max: number): string {
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}

/** The 20 built-in pipes (§5.4 plus 0.3's `compact`). A null prototype keeps `constructor` & co. out. */
const BUILTIN_PIPES: Readonly<Record<string, BuiltinPipe>> = Object.assign(Object.create(null), {
  currency: (v, arg, fmt) =>
    numeric(v, (n) => formatCurrency(n, arg === undefined || arg === null ? "USD" : toText(arg), fmt)),
  percent: (v, arg, fmt) => numeric(v, (n) => formatPercent(n, toDigits(arg, 0) ?? 0, fmt)),
  number: (v, arg, fmt) => numeric(v, (n) => formatDecimal(n, toDigits(arg, undefined), fmt)),
  compact: (v, arg, fmt) => numeric(v, (n) => formatCompact(n, toDigits(arg, undefined), fmt)),
  round: (v, arg) => {
    const n = toNumber(v);
    if (Number.isNaN(n)) return v;
    const factor = 10 ** (toDigits(arg, 0) ?? 0);
    return Math.round(n * factor) / factor;
  },
  abs: (v) => {
    const n = toNumber(v);
    return Number.isNaN(n) ? v : Math.abs(n);
  },
  date: (v, arg, fmt) => dated(v, (d) => formatDate(d, dateStyle(arg), fmt)),
  time: (v, _arg, fmt) => {
    const wallClock = toWallClockTime(v);
    if (wallClock !== null) return formatTime(wallClock, fmt, true);
    return dated(v, (d) => formatTime(d, fmt));
  },
  datetime: (v, _arg, fmt) => dated(v, (d) => formatDateTime(d, fmt)),
  upper: (v) => toText(v).toUpperCase(),
  lower: (v) => toText(v).toLowerCase(),
  truncate: (v, arg) => {
    const text = toText(v);
    // NaN (a non-numeric argument) fails the `> 0` test and leaves the text whole.
    const max = arg === undefined || arg === null ? 0 : Number.parseInt(toText(arg), 10);
    return max > 0 && text.length > max ? truncateText(text, max) : text;
  },
  pluralize: (v, arg) => {
    const word = arg === undefined || arg === null ? "item" : toText(arg);
    return toNumber(v) === 1 ? word : `${word}s`;
  },
  length: (v) => (Array.isArray(v) || typeof v === "string" ? v.length : 0),
  join: (v, arg) =>
    Array.isArray(v)
      ? v.map(joinable).join(arg === undefined || arg === null ? ", " : toText(arg))
      : toText(v),
  first: (v) => (Array.isArray(v) ? v[0] : v),
  last: (v) => (Array.isArray(v) ? v[v.length - 1] : v),
  selectattr: (v, arg) => filterByAttr(v, arg, true),
  rejectattr: (v, arg) => filterByAttr(v, arg, false),
  // 0.3 typed arguments: `default:5` yields the number 5.
  default: (v, arg) => v ?? (arg === undefined ? "" : arg),
} satisfies Record<string, BuiltinPipe>);

/** `Array.prototype.join` semantics (null/undefined → ""), with the non-throwing `toText`. */
function joinable(item: unknown): string {
  return item === null || item === undefined ? "" : toText(item);
}

export const BUILTIN_PIPE_NAMES: readonly string[] = Object.freeze(Object.keys(BUILTIN_PIPES));

/** The 0.3 producer's contract: standalone pages define `window.__prefab_handlers = { pipes, actions }`. */
function globalPipe(name: string): unknown {
  const handlers = (globalThis as { __prefab_handlers?: { pipes?: unknown } }).__prefab_handlers;
  const pipes = handlers?.pipes;
  if (pipes === null || typeof pipes !== "object" || !Object.hasOwn(pipes, name)) return undefined;
  return (pipes as Record<string, unknown>)[name];
}

function customPipe(name: string, registry: PipeRegistry | undefined): PipeFunction | undefined {
  const local = registry !== undefined && Object.hasOwn(registry, name) ? registry[name] : undefined;
  const fn = typeof local === "function" ? local : globalPipe(name);
  return typeof fn === "function" ? (fn as PipeFunction) : undefined;
}

/**
 * Apply `value | name:arg`. Built-ins win over custom pipes; custom pipes come from `registry`, then
 * `globalThis.__prefab_handlers.pipes`; an unknown name passes the value through unchanged.
 * Custom pipes may throw; callers (interpolation, conditions) turn that into their fallback.
 */
export function applyPipe(
  name: string,
  value: unknown,
  arg: unknown,
  fmt?: FormatContext,
  registry?: PipeRegistry,
): unknown {
  const builtin = BUILTIN_PIPES[name];
  if (builtin !== undefined) return builtin(value, arg, fmt);
  const custom = customPipe(name, registry);
  return custom === undefined ? value : custom(value, arg);
}
