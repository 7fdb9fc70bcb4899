import type { FormatContext } from "./types.js";

/**
 * Locale-aware formatting for the pipes. `Intl.NumberFormat`/`DateTimeFormat` construction is expensive
 * (locale negotiation, pattern data), and pipes run on every render, so instances are cached per
 * (locale, time zone, options). An omitted locale or time zone means the runtime default — never a
 * hard-coded `en-US` — so the UI follows the user's browser.
 */

/** Distinct keys come from currency codes and decimal counts: a small set, but bounded for safety. */
const CACHE_LIMIT = 256;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

type Locales = string | readonly string[] | undefined;

function remember<T>(cache: Map<string, T>, key: string, create: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = create();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, made);
  return made;
}

/**
 * An unsupported locale tag in the format context should not blank every number on the page, so a
 * RangeError from the requested locale retries with the runtime default. Errors caused by the options
 * themselves (an invalid currency code) still throw; the pipes turn those into `String(value)`.
 */
function withLocaleFallback<T>(locales: Locales, create: (locales: Locales) => T): T {
  try {
    return create(locales);
  } catch (error) {
    if (locales === undefined) throw error;
    return create(undefined);
  }
}

export function numberFormat(
  fmt: FormatContext | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const locales = fmt?.locale;
  return remember(numberFormats, JSON.stringify([locales ?? null, options]), () =>
    withLocaleFallback(locales, (l) => new Intl.NumberFormat(l as string | string[] | undefined, options)),
  );
}

/** `timeZone` in `options` wins over the context (bare times are formatted as UTC wall-clock times). */
export function dateTimeFormat(
  fmt: FormatContext | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const locales = fmt?.locale;
  const full: Intl.DateTimeFormatOptions =
    options.timeZone === undefined && fmt?.timeZone !== undefined
      ? { ...options, timeZone: fmt.timeZone }
      : options;
  return remember(dateFormats, JSON.stringify([locales ?? null, full]), () =>
    withLocaleFallback(locales, (l) => {
      try {
        return new Intl.DateTimeFormat(l as string | string[] | undefined, full);
      } catch (error) {
        // An unknown time zone in the context: fall back to the runtime's zone rather than failing.
        if (full === options) throw error;
        return new Intl.DateTimeFormat(l as string | string[] | undefined, options);
      }
    }),
  );
}

/**
 * A page's first Intl formatter costs ~30 ms (ICU loads its locale data; later formatters cost ~0.1 ms, any
 * locale). The MCP App builds one of each kind in idle time while the host runs the tool (app/warm-up.ts), so the
 * first view with a number or date pipe does not pay it while rendering. Not at module load: the first idle period
 * of a page is during the handshake, and 30 ms there delays the host's answer and the first view.
 */
export function warmUpFormats(): void {
  try {
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat().format(0);
  } catch {
    // No Intl data: the pipes fall back on their own.
  }
}

/** `number` pipe: grouping per locale; with decimals, exactly that many fraction digits. */
export function formatDecimal(value: number, decimals: number | undefined, fmt?: FormatContext): string {
  // The commonest pipe: its formatter is found by a cheap key, not by serialising options on every call.
  const key = `${String(fmt?.locale ?? "")}\u0000${decimals ?? ""}`;
  let format = decimalFormats.get(key);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions =
      decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = numberFormat(fmt, options);
    if (decimalFormats.size >= CACHE_LIMIT) decimalFormats.clear();
    decimalFormats.set(key, format);
  }
  return format.format(value);
}
const decimalFormats = new Map<string, Intl.NumberFormat>();

export function formatCurrency(value: number, currency: string, fmt?: FormatContext): string {
  return numberFormat(fmt, { style: "currency", currency }).format(value);
}

/** The input is a fraction (0.25 → 25%). */
export function formatPercent(value: number, decimals: number, fmt?: FormatContext): string {
  return numberFormat(fmt, {
    style: "percent",
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** `1234567` → `1.2M` (en); `decimals` caps the fraction digits. */
export function formatCompact(value: number, decimals: number | undefined, fmt?: FormatContext): string {
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { notation: "compact" }
      : { notation: "compact", maximumFractionDigits: decimals };
  return numberFormat(fmt, options).format(value);
}

export type DateStyle = "short" | "medium" | "long";

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  // The protocol's `short` is `toLocaleDateString()` with no options: numeric year, month and day.
  short: { year: "numeric", month: "numeric", day: "numeric" },
  medium: { year: "numeric", month: "short", day: "numeric" },
  long: { year: "numeric", month: "long", day: "numeric" },
};

export function formatDate(date: Date, style: DateStyle, fmt?: FormatContext): string {
  return dateTimeFormat(fmt, DATE_OPTIONS[style]).format(date);
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };
const UTC_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...TIME_OPTIONS, timeZone: "UTC" };

/** `wallClock` dates carry a bare `HH:MM` in UTC fields and must not be shifted into the context zone. */
export function formatTime(date: Date, fmt?: FormatContext, wallClock = false): string {
  return dateTimeFormat(fmt, wallClock ? UTC_TIME_OPTIONS : TIME_OPTIONS).format(date);
}

const DATETIME_OPTIONS: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
};

export function formatDateTime(date: Date, fmt?: FormatContext): string {
  return dateTimeFormat(fmt, DATETIME_OPTIONS).format(date);
}

/** For tests and locale switches; caches are otherwise process-lifetime. */
export function clearFormatCache(): void {
  numberFormats.clear();
  dateFormats.clear();
  decimalFormats.clear();
}
