/**
 * Calendar days as ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC midnights, so no day ever shifts
 * with the viewer's time zone; only a full timestamp from a 0.2 producer (`2025-06-10T12:00:00.000Z`)
 * is read in local time, which is the day its producer meant.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** ISO day of a year, 0-based month and day (out-of-range values roll over, as Date.UTC does). */
export function isoDay(year: number, month0: number, day: number): string {
  const t = new Date(Date.UTC(year, month0, day));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function parts(iso: string): { y: number; m0: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m0: Number(iso.slice(5, 7)) - 1, d: Number(iso.slice(8, 10)) };
}

/** A UTC timestamp for Intl formatting with `timeZone: "UTC"`. */
export function utcTime(iso: string): number {
  const { y, m0, d } = parts(iso);
  return Date.UTC(y, m0, d);
}

/** One day from a wire value: `YYYY-MM-DD`, or a timestamp read in local time. */
export function parseDay(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const iso = isoDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return iso === s ? iso : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const t = new Date(s);
    if (Number.isNaN(t.getTime())) return undefined;
    return isoDay(t.getFullYear(), t.getMonth(), t.getDate());
  }
  return undefined;
}

export function todayIso(): string {
  const t = new Date();
  return isoDay(t.getFullYear(), t.getMonth(), t.getDate());
}

export function addDays(iso: string, n: number): string {
  const { y, m0, d } = parts(iso);
  return isoDay(y, m0, d + n);
}

/** Same day `n` months later, clamped to the month's length. */
export function addMonths(iso: string, n: number): string {
  const { y, m0, d } = parts(iso);
  const last = new Date(Date.UTC(y, m0 + n + 1, 0)).getUTCDate();
  return isoDay(y, m0 + n, Math.min(d, last));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(utcTime(iso)).getUTCDay();
}

/** The locale's first day of the week as 0 = Sunday … 6 = Saturday (Sunday when unknown). */
export function firstDayOfWeek(locale: string | undefined): number {
  try {
    const loc = new Intl.Locale(
      locale ?? new Intl.DateTimeFormat().resolvedOptions().locale,
    ) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    return info ? info.firstDay % 7 : 0;
  } catch {
    return 0;
  }
}

export type CalendarMode = "single" | "multiple" | "range";

export interface Selection {
  single?: string | undefined;
  multiple: string[];
  from?: string | undefined;
  to?: string | undefined;
}

function decode(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const s = v.trim();
  if (s.startsWith("[") || s.startsWith("{")) {
    try {
      return JSON.parse(s);
    } catch {
      return undefined;
    }
  }
  return v;
}

/** Reads a Calendar value in any of its wire forms (ISO, JSON array, JSON `{from,to}`, or the objects). */
export function parseSelection(raw: unknown, mode: CalendarMode): Selection {
  const v = decode(raw);
  if (mode === "multiple") {
    const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    const days = list.map(parseDay).filter((d): d is string => d !== undefined);
    return { multiple: [...new Set(days)].sort() };
  }
  if (mode === "range") {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return { multiple: [], from: parseDay(o.from), to: parseDay(o.to) };
    }
    return { multiple: [], from: parseDay(v) };
  }
  return { multiple: [], single: parseDay(Array.isArray(v) ? v[0] : v) };
}

/** The next value after clicking `day`, in its wire form (ISO string, or JSON text for multiple/range). */
export function pick(sel: Selection, mode: CalendarMode, day: string): string {
  if (mode === "multiple") {
    const set = new Set(sel.multiple);
    if (set.has(day)) set.delete(day);
    else set.add(day);
    return JSON.stringify([...set].sort());
  }
  if (mode === "range") {
    if (!sel.from || sel.to) return JSON.stringify({ from: day });
    if (day < sel.from) return JSON.stringify({ from: day, to: sel.from });
    return JSON.stringify({ from: sel.from, to: day });
  }
  return day;
}
