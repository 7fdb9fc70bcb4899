import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { rng } from "../../test/rng.js";
import { mayConflict, whenConflicting } from "./class-conflicts.js";

/** Every token of our components' class lists (string literals holding a `pf-` class), plus authors' usual ones. */
function tokenPool(): string[] {
  const dir = join(import.meta.dirname, "..", "components");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.includes(".test.")) files.push(path);
    }
  };
  walk(dir);
  const tokens = new Set<string>();
  for (const file of files) {
    for (const [, list] of readFileSync(file, "utf8").matchAll(/"([^"$]*\bpf-[^"$]*)"/g))
      for (const t of list!.split(/\s+/)) if (t) tokens.add(t);
  }
  const author =
    "gap-2 gap-x-4 gap-y-1 items-center items-start justify-between self-end p-2 px-4 py-1 pt-3 pb-0 pl-2 m-0 mx-auto my-2 mt-4 -mt-2 w-full w-1/2 h-8 size-4 min-w-0 max-w-md min-h-0 text-sm text-2xs text-md text-lg text-base/7 text-center text-red-500 text-muted-foreground text-ellipsis text-wrap truncate leading-tight leading-6 font-bold font-mono font-medium tracking-wide bg-red-500 bg-muted/50 bg-cover bg-[#fff] border border-2 border-t border-x-2 border-red-500 border-dashed rounded rounded-lg rounded-t-none rounded-tl-md shadow shadow-lg ring ring-2 ring-red-500 ring-offset-2 flex flex-1 flex-auto flex-grow flex-shrink-0 grow shrink-0 basis-1/2 flex-row flex-col flex-wrap grid grid-cols-2 block inline-block inline-flex hidden contents table table-auto line-clamp-2 overflow-hidden overflow-x-auto whitespace-nowrap absolute relative inset-0 inset-x-0 top-0 left-2 z-10 opacity-50 italic uppercase underline underline-offset-4 hover:bg-red-500 md:p-4 sm:gap-4 !p-0 p-0! dark:text-white my-card dark container space-y-2 col-span-2 order-first cursor-pointer select-none pointer-events-none transition-colors duration-200 animate-pulse aspect-square object-cover [mask-type:luminance] p-[3px] gap-[2px] text-[13px]".split(
      " ",
    );
  for (const t of author) tokens.add(t);
  return [...tokens];
}

describe("mayConflict", () => {
  it("never skips a list tailwind-merge would change", () => {
    const pool = tokenPool();
    expect(pool.length).toBeGreaterThan(300);
    const random = rng(9);
    let skipped = 0;
    for (let i = 0; i < 20_000; i++) {
      const n = 2 + Math.floor(random() * 6);
      const list = Array.from({ length: n }, () => pool[Math.floor(random() * pool.length)]).join(" ");
      if (!mayConflict(list)) {
        skipped++;
        expect(twMerge(list), list).toBe(list);
      }
    }
    // The test must exercise the fast path, not only the fallback.
    expect(skipped).toBeGreaterThan(2_000);
  });

  it("lets the common author lists through and sends conflicts to tailwind-merge", () => {
    expect(mayConflict("pf-row flex flex-row gap-2 items-center")).toBe(false);
    expect(mayConflict("pf-column flex w-full min-w-0 flex-col gap-1")).toBe(false);
    expect(mayConflict("pf-h1 scroll-m-20 text-4xl font-extrabold tracking-tight text-balance")).toBe(false);
    expect(mayConflict("prefab-root bg-background text-foreground dark")).toBe(false);
    expect(mayConflict("pf-card-content px-4 p-2")).toBe(true);
    expect(mayConflict("leading-6 text-sm")).toBe(true);
    expect(mayConflict("text-sm leading-6")).toBe(false);
    expect(mayConflict("flex hidden")).toBe(true);
    expect(mayConflict("w-4 size-4")).toBe(true);
    expect(mayConflict("gap-2 card-body")).toBe(true);
    expect(mayConflict("gap-2  items-center")).toBe(true);
  });

  it("wraps a merger", () => {
    const calls: string[] = [];
    const merge = whenConflicting((s) => {
      calls.push(s);
      return twMerge(s);
    });
    expect(merge("flex gap-2")).toBe("flex gap-2");
    expect(merge("p-4 p-2")).toBe("p-2");
    expect(calls).toEqual(["p-4 p-2"]);
  });
});
