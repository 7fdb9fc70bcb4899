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
      ".bg-red-500\\/40{background-color:color-mix(in oklab, var(--color-red-500) 40%, transparent)}",
    ],
    ["md:w-[40%]", "@media (width >= 48rem){.md\\:w-\\[40\\%\\]{width:40%}}"],
    ["hover:bg-sky-600", ".hover\\:bg-sky-600:hover{background-color:var(--color-sky-600)}"],
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
  ])("refuses %s", (cls) => {
    expect(compileUtility(cls)).toBeNull();
  });
});
