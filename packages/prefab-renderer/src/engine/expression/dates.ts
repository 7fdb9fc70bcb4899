import { toText } from "./coerce.js";

/**
 * Date inputs for the date pipes. Strings go through `new Date(string)` like the published renderer
 * (ISO dates, ISO date-times, RFC 2822). Numbers are epoch milliseconds — an addition: the published
 * renderer stringified them first, which made timestamps unparseable.
 */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? new Date(value) : null;
  if (value === null || value === undefined || typeof value === "boolean") return null;
  const date = new Date(toText(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

const BARE_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A bare `HH:MM[:SS]` as a wall-clock time: encoded in the UTC fields of 1970-01-01 so formatting it in
 * UTC reproduces the same hours and minutes whatever the viewer's time zone.
 */
export function toWallClockTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const match = BARE_TIME.exec(value.trim());
  if (!match) return null;
  const [, hours = "0", minutes = "0", seconds = "0", millis = "0"] = match;
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return null;
  return new Date(Date.UTC(1970, 0, 1, h, m, s, Number(millis.padEnd(3, "0"))));
}
