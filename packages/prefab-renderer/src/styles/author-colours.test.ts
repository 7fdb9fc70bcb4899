import { describe, expect, it } from "vitest";
import { authorBackground, readableClasses, readableNeutral } from "./author-colours.js";
import { paletteColor } from "./jit/palette.js";

const SHADES = ["50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"];

/** Relative luminance of `oklch(L% C H)`, converted to sRGB and clipped per channel. */
function oklchLuminance(l: number, c: number, h: number): number {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l3 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m3 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s3 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const rgb = [
    4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3,
    -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3,
    -0.0041960863 * l3 - 0.7034186147 * m3 + 1.707614701 * s3,
  ].map((x) => Math.min(1, Math.max(0, x)));
  return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
}

/** The LUMA row author-colours.ts should hold for a hue, from jit/palette.ts. */
function lumaRow(hue: string): string {
  return SHADES.map((s) => {
    const m = /oklch\(([\d.]+)% ([\d.]+) ([\d.]+|none)\)/.exec(paletteColor(hue, s)!)!;
    const y = oklchLuminance(Number(m[1]) / 100, Number(m[2]), m[3] === "none" ? 0 : Number(m[3]));
    return Math.round((Math.log((y + 0.05) / 0.05) / Math.log(21)) * 1295)
      .toString(36)
      .padStart(2, "0");
  }).join("");
}

const HUES =
  "red orange amber yellow lime green emerald teal cyan sky blue indigo violet purple fuchsia pink rose slate gray zinc neutral stone mauve olive mist taupe".split(
    " ",
  );

/** WCAG contrast of two luminances. */
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const luminances = new Map<string, number>();
function luminanceOf(cls: string): number {
  const known = luminances.get(cls);
  if (known !== undefined) return known;
  const y = computeLuminance(cls);
  luminances.set(cls, y);
  return y;
}
function computeLuminance(cls: string): number {
  if (cls === "text-white" || cls === "bg-white") return 1;
  if (cls === "text-black" || cls === "bg-black") return 0;
  const [, hue, shade] = /^(?:text|bg)-([a-z]+)-(\d+)$/.exec(cls)!;
  const m = /oklch\(([\d.]+)% ([\d.]+) ([\d.]+|none)\)/.exec(paletteColor(hue!, shade!)!)!;
  return oklchLuminance(Number(m[1]) / 100, Number(m[2]), m[3] === "none" ? 0 : Number(m[3]));
}

describe("the luminance table", () => {
  it("matches jit/palette.ts (regenerate a row from the failure message)", async () => {
    const src = await import("node:fs").then((fs) =>
      fs.readFileSync(new URL("./author-colours.ts", import.meta.url), "utf8"),
    );
    const table = Object.fromEntries(
      [...src.matchAll(/^ {2}([a-z]+): "([0-9a-z]{22})",$/gm)].map((m) => [m[1], m[2]]),
    );
    const expected = Object.fromEntries(HUES.map((h) => [h, lumaRow(h)]));
    expect(table).toEqual(expected);
  });
});

describe("readableClasses", () => {
  it("leaves classes without a background alone (and returns the same string)", () => {
    const s = "p-4 text-white font-bold";
    expect(readableClasses(s)).toBe(s);
    expect(readableClasses(undefined)).toBeUndefined();
    expect(readableClasses("bg-clip-text text-transparent")).toBe("bg-clip-text text-transparent");
  });

  it("keeps an author pair that passes", () => {
    for (const s of [
      "bg-emerald-500 text-emerald-950",
      "bg-blue-700 text-white",
      "bg-white text-gray-700",
      "bg-amber-100 text-amber-900 p-2",
      "bg-[#1e293b] text-white",
    ])
      expect(readableClasses(s)).toBe(s);
  });

  it("replaces a failing text colour with a passing one (the examples' text-white on *-500)", () => {
    expect(readableClasses("bg-emerald-500 rounded-md px-3 py-1 text-white text-sm")).toBe(
      "bg-emerald-500 rounded-md px-3 py-1 text-neutral-950 text-sm",
    );
    expect(readableClasses("text-white bg-amber-500")).toBe("text-neutral-950 bg-amber-500");
    expect(readableClasses("bg-blue-500 text-white")).toBe("bg-blue-500 text-neutral-950");
    // indigo-500 is too dark for near-black and too light for near-white: pure white or black.
    expect(readableClasses("bg-indigo-500 text-indigo-300")).toBe("bg-indigo-500 text-black");
  });

  it("keeps the author's hue when a shade of it passes on the same side", () => {
    expect(readableClasses("bg-emerald-700 text-emerald-200")).toBe("bg-emerald-700 text-emerald-100");
    expect(readableClasses("bg-sky-100 text-sky-500")).toBe("bg-sky-100 text-sky-700");
    expect(readableClasses("bg-white text-gray-400")).toBe("bg-white text-gray-500");
  });

  it("appends a readable foreground when the author changed only the fill (Button default)", () => {
    expect(readableClasses("w-full bg-emerald-500")).toBe("w-full bg-emerald-500 text-neutral-950");
    expect(readableClasses("rounded-full bg-rose-500")).toBe("rounded-full bg-rose-500 text-neutral-950");
    expect(readableClasses("bg-blue-700")).toBe("bg-blue-700 text-neutral-50");
    expect(readableClasses("bg-emerald-100")).toBe("bg-emerald-100 text-neutral-950");
  });

  it("checks explicit text against an ancestor's background, and own-foreground views need one", () => {
    const emerald = authorBackground("bg-emerald-500 rounded-md h-full") as number;
    expect(typeof emerald).toBe("number");
    expect(readableClasses("text-white font-semibold", emerald)).toBe("text-neutral-950 font-semibold");
    expect(readableClasses("font-semibold", emerald)).toBe("font-semibold");
    expect(readableClasses(undefined, emerald)).toBeUndefined();
    expect(readableClasses(undefined, emerald, true)).toBe("text-neutral-950");
    expect(readableClasses("text-emerald-950", emerald)).toBe("text-emerald-950");
  });

  it("drops alpha that makes text unreadable and keeps alpha that does not", () => {
    expect(readableClasses("bg-slate-900 text-white/90")).toBe("bg-slate-900 text-white/90");
    expect(readableClasses("bg-slate-900 text-white/40")).toBe("bg-slate-900 text-neutral-50");
  });

  it("leaves what it cannot judge statically", () => {
    for (const s of [
      "bg-emerald-500/20 text-white", // translucent: depends on what is under it
      "bg-primary text-white",
      "bg-emerald-500 text-primary-foreground",
      "bg-gradient-to-r from-sky-500 to-blue-500 text-white",
      "bg-emerald-100 text-emerald-100 dark:bg-emerald-900", // the author handles the dark theme
      "bg-[url(/x.png)] text-white",
      "bg-emerald-500 text-[var(--brand)]",
    ])
      expect(readableClasses(s)).toBe(s);
    expect(authorBackground("bg-primary")).toBe("unknown");
    expect(authorBackground("bg-emerald-500/20")).toBe("unknown");
    expect(authorBackground("hover:bg-emerald-500 p-2")).toBeUndefined();
  });

  it("ignores variants and non-colour utilities", () => {
    expect(readableClasses("bg-white hover:bg-gray-50 text-sm text-[14px] text-gray-400")).toBe(
      "bg-white hover:bg-gray-50 text-sm text-[14px] text-gray-500",
    );
  });

  it("every substitute reaches 4.5:1 on every palette background", { timeout: 30_000 }, () => {
    const backgrounds = ["bg-white", "bg-black", ...HUES.flatMap((h) => SHADES.map((s) => `bg-${h}-${s}`))];
    const texts = ["text-white", "text-black", ...HUES.flatMap((h) => SHADES.map((s) => `text-${h}-${s}`))];
    for (const bg of backgrounds) {
      const y = luminanceOf(bg);
      const neutral = readableNeutral(authorBackground(bg) as number);
      expect(ratio(y, luminanceOf(neutral)), `${neutral} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const text of texts) {
        const out = readableClasses(`${bg} ${text}`)!.split(" ")[1]!;
        expect(ratio(y, luminanceOf(out)), `${text} → ${out} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
