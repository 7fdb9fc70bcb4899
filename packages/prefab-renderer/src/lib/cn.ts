/**
 * Class names: conditional joining, plus Tailwind conflict resolution once a view has author classes.
 *
 * Our components' own class lists are written not to conflict, so joining is enough for them. Conflicts arise only
 * when an author's `cssClass` overrides a component class (`p-2` over `p-4`): then tailwind-merge decides, so the
 * author's class wins. tailwind-merge costs ~9 KiB gzip and ~5–20 ms of start-up (its class map is built on first
 * use), so it is a lazy chunk (`class-merge.ts`), loaded before the first render of any envelope that has a
 * `cssClass` (`collectTypes` reports "$cssClass"; components/class-merge.ts registers the loader).
 */
import { type ClassValue, clsx } from "clsx";

let merge: ((classes: string) => string) | undefined;

export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  return merge ? merge(joined) : joined;
}

/** Install the conflict resolver (the lazy class-merge chunk calls this when it runs). */
export function setClassMerge(fn: (classes: string) => string): void {
  merge = fn;
}

/** Whether author-class conflict resolution is active. */
export function hasClassMerge(): boolean {
  return merge !== undefined;
}
