import { describe, expect, it } from "vitest";
import { readClasses } from "./classes.js";
import {
  BLACK,
  composite,
  contrastRatio,
  oklchToRgb,
  parseCssColor,
  relativeLuminance,
  toHex,
  WHITE,
} from "./colour.js";
import { themeTokens } from "./theme.js";

const palette = (cls: string) => {
  const c = readClasses(cls, "light", new Map()).bg?.colour;
  if (!c) throw new Error(`no colour for ${cls}`);
  return c;
};

describe("colour", () => {
  it("measures the WCAG extremes: white on black is 21:1, a colour on itself 1:1", () => {
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 6);
    expect(relativeLuminance(BLACK)).toBe(0);
  });

  it("agrees with published sRGB pairs", () => {
    // #767676 on white is the classic "just passes AA" grey (4.54:1); #777 just fails (4.48:1).
    expect(contrastRatio(parseCssColor("#767676")!, WHITE)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseCssColor("#777")!, WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseCssColor("rgb(255 0 0)")!, WHITE)).toBeCloseTo(4.0, 1);
    expect(contrastRatio(parseCssColor("rgb(0, 0, 255)")!, WHITE)).toBeCloseTo(8.59, 2);
  });

  it("converts oklch to sRGB", () => {
    expect(toHex(oklchToRgb(1, 0, 0))).toBe("#ffffff");
    expect(toHex(oklchToRgb(0, 0, 0))).toBe("#000000");
    // The renderer's dark background, oklch(0.145 0 0), is #0a0a0a (Tailwind neutral-950).
    expect(toHex(parseCssColor("oklch(0.145 0 0)")!)).toBe("#0a0a0a");
    expect(toHex(parseCssColor("oklch(14.5% 0 0)")!)).toBe("#0a0a0a");
    // Tailwind v4 red-500 is oklch(63.7% 0.237 25.331) ≈ #fb2c36 (clipped from P3).
    expect(toHex(palette("bg-red-500"))).toBe("#fb2c36");
  });

  it("parses hex with alpha and keywords; refuses what it can't resolve", () => {
    expect(parseCssColor("#ffffff80")!.a).toBeCloseTo(0.5, 2);
    expect(parseCssColor("oklch(1 0 0 / 12%)")!.a).toBeCloseTo(0.12, 5);
    expect(parseCssColor("transparent")!.a).toBe(0);
    expect(parseCssColor("var(--primary)")).toBeUndefined();
    expect(parseCssColor("rebeccapurple")).toBeUndefined();
    expect(parseCssColor("#12")).toBeUndefined();
  });

  it("composites translucent colours over the backdrop", () => {
    const half = { ...BLACK, a: 0.5 };
    const grey = composite(half, WHITE);
    expect(grey.a).toBe(1);
    expect(grey.r).toBeCloseTo(0.5, 6);
    expect(contrastRatio(half, WHITE)).toBeCloseTo(contrastRatio(grey, WHITE), 6);
  });

  it("finds the contrast failures Storybook's axe pass found in the dashboard examples", () => {
    const white = readClasses("text-white", "light", new Map()).text!.colour!;
    expect(contrastRatio(white, palette("bg-emerald-500"))).toBeLessThan(3);
    expect(contrastRatio(white, palette("bg-blue-500"))).toBeLessThan(4.5);
    expect(contrastRatio(white, palette("bg-amber-500"))).toBeLessThan(3);
    expect(contrastRatio(white, palette("bg-purple-500"))).toBeLessThan(4.5);
    // …and darker shades pass.
    expect(contrastRatio(white, palette("bg-emerald-700"))).toBeGreaterThan(4.5);
    expect(contrastRatio(white, palette("bg-blue-700"))).toBeGreaterThan(4.5);
  });

  it("measures the theme: foreground on background passes in both themes", () => {
    for (const theme of ["light", "dark"] as const) {
      const tokens = themeTokens({}, theme);
      expect(contrastRatio(tokens.get("foreground")!, tokens.get("background")!)).toBeGreaterThan(15);
      expect(contrastRatio(tokens.get("muted-foreground")!, tokens.get("background")!)).toBeGreaterThan(4.5);
    }
  });
});
