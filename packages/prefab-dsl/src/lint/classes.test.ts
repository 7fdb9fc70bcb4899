import { describe, expect, it } from "vitest";
import { readClasses } from "./classes.js";
import { toHex } from "./colour.js";
import { themeTokens } from "./theme.js";

const light = themeTokens({}, "light");
const dark = themeTokens({}, "dark");

describe("readClasses", () => {
  it("reads palette, white/black, token and arbitrary colours", () => {
    const s = readClasses("p-4 text-white bg-emerald-500 rounded-md", "light", light);
    expect(s.text?.name).toBe("text-white");
    expect(toHex(s.text!.colour!)).toBe("#ffffff");
    expect(s.bg?.name).toBe("bg-emerald-500");
    expect(toHex(readClasses("text-[#123456]", "light", light).text!.colour!)).toBe("#123456");
    expect(toHex(readClasses("bg-[oklch(0.145_0_0)]", "light", light).bg!.colour!)).toBe("#0a0a0a");
    expect(toHex(readClasses("text-muted-foreground", "dark", dark).text!.colour!)).toBe(
      toHex(dark.get("muted-foreground")!),
    );
  });

  it("tells sizes and alignment from colours", () => {
    const s = readClasses("text-sm text-center text-2xl font-bold", "light", light);
    expect(s.text).toBeUndefined();
    expect(s.fontPx).toBe(24);
    expect(s.weight).toBe(700);
    expect(readClasses("text-[18px]", "light", light).fontPx).toBe(18);
  });

  it("applies opacity modifiers", () => {
    expect(readClasses("bg-black/50", "light", light).bg!.colour!.a).toBeCloseTo(0.5);
    expect(readClasses("bg-black/[0.25]", "light", light).bg!.colour!.a).toBeCloseTo(0.25);
  });

  it("uses dark: classes only in the dark theme, over the plain ones", () => {
    const cls = "text-gray-900 dark:text-gray-100";
    expect(readClasses(cls, "light", light).text!.name).toBe("text-gray-900");
    expect(readClasses(cls, "dark", dark).text!.name).toBe("dark:text-gray-100");
    // States and breakpoints are not the default look.
    expect(readClasses("hover:bg-red-500 md:text-white", "light", light)).toEqual({});
  });

  it("marks unknowable colours instead of guessing", () => {
    expect(readClasses("bg-gradient-to-r", "light", light).bg).toEqual({
      name: "bg-gradient-to-r",
      colour: undefined,
    });
    expect(readClasses("text-[var(--brand)]", "light", light).text!.colour).toBeUndefined();
    const themed = themeTokens({ css: [":root { --primary: var(--brand); }"] }, "light");
    expect(readClasses("bg-primary", "light", themed).bg!.colour).toBeUndefined();
    const mapped = themeTokens({ theme: { light: { primary: "#ff0000" } } }, "light");
    expect(toHex(readClasses("bg-primary", "light", mapped).bg!.colour!)).toBe("#ff0000");
  });
});
