import { describe, expect, it } from "vitest";
import { clearFormatCache, dateTimeFormat, formatCompact, formatPercent, numberFormat } from "./format.js";

describe("Intl instance cache", () => {
  it("reuses instances per (locale, options)", () => {
    clearFormatCache();
    const a = numberFormat({ locale: "en-US" }, { style: "currency", currency: "EUR" });
    expect(numberFormat({ locale: "en-US" }, { style: "currency", currency: "EUR" })).toBe(a);
    expect(numberFormat({ locale: "de-DE" }, { style: "currency", currency: "EUR" })).not.toBe(a);
    expect(numberFormat({ locale: "en-US" }, { style: "currency", currency: "USD" })).not.toBe(a);
  });

  it("keys date formats by time zone", () => {
    const utc = dateTimeFormat({ locale: "en-US", timeZone: "UTC" }, { hour: "numeric" });
    expect(dateTimeFormat({ locale: "en-US", timeZone: "UTC" }, { hour: "numeric" })).toBe(utc);
    expect(dateTimeFormat({ locale: "en-US", timeZone: "Asia/Tokyo" }, { hour: "numeric" })).not.toBe(utc);
  });
});

describe("formatters", () => {
  it("percent takes a fraction", () => {
    expect(formatPercent(0.125, 1, { locale: "en-US" })).toBe("12.5%");
  });

  it("compact follows the locale", () => {
    expect(formatCompact(1234567, 1, { locale: "en-US" })).toBe("1.2M");
    expect(formatCompact(1234567, 1, { locale: "de-DE" })).toMatch(/^1,2\sMio\.$/);
  });
});
