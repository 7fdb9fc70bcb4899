import { describe, expect, it } from "vitest";
import { compileUtility } from "./compile-utility.js";

describe("compileUtility", () => {
  it.each([
    ["w-[350px]", ".w-\\[350px\\]{width:350px}"],
    ["gap-[13px]", ".gap-\\[13px\\]{gap:13px}"],
    ["bg-[#1e293b]", ".bg-\\[\\#1e293b\\]{background-color:#1e293b}"],
    ["text-[18px]", ".text-\\[18px\\]{font-size:18px}"],
    ["grid-cols-[2fr_1fr]", ".grid-cols-\\[2fr_1fr\\]{grid-template-columns:2fr 1fr}"],
    ["p-13", ".p-13{padding:calc(var(--spacing) * 13)}"],
    ["-mt-3", ".-mt-3{margin-top:calc(var(--spacing) * -3)}"],
    [
      "bg-red-500/40",
      ".bg-red-500\\/40{background-color:color-mix(in oklab, var(--color-red-500, oklch(63.7% 0.237 25.331)) 40%, transparent)}",
    ],
    [
      "text-primary/40",
      ".text-primary\\/40{color:color-mix(in oklab, var(--color-primary) 40%, transparent)}",
    ],
    [
      "from-blue-100",
      ".from-blue-100{--tw-gradient-from:var(--color-blue-100, oklch(93.2% 0.032 255.585));--tw-gradient-stops:var(--tw-gradient-via-stops,var(--tw-gradient-position), var(--tw-gradient-from) var(--tw-gradient-from-position), var(--tw-gradient-to) var(--tw-gradient-to-position))}",
    ],
    [
      "via-blue-100",
      ".via-blue-100{--tw-gradient-via:var(--color-blue-100, oklch(93.2% 0.032 255.585));--tw-gradient-via-stops:var(--tw-gradient-position), var(--tw-gradient-from) var(--tw-gradient-from-position), var(--tw-gradient-via) var(--tw-gradient-via-position), var(--tw-gradient-to) var(--tw-gradient-to-position);--tw-gradient-stops:var(--tw-gradient-via-stops)}",
    ],
    ["md:w-[40%]", "@media (width >= 48rem){.md\\:w-\\[40\\%\\]{width:40%}}"],
    [
      "hover:bg-sky-600",
      ".hover\\:bg-sky-600:hover{background-color:var(--color-sky-600, oklch(58.8% 0.158 241.966))}",
    ],
    ["dark:text-[#fff]", ":where(.dark, .dark *).dark\\:text-\\[\\#fff\\]{color:#fff}"],
  ])("%s", (cls, css) => {
    expect(compileUtility(cls)).toBe(css);
  });

  it.each([
    "bg-[url(https://evil.example/x.png)]",
    "w-[1px;background:red]",
    "text-[expression(alert(1))]",
    "unknown-[3px]",
    "weird:w-[3px]",
    "bg-notacolor-500",
    "bg-notatoken/50",
  ])("refuses %s", (cls) => {
    expect(compileUtility(cls)).toBeNull();
  });
});
