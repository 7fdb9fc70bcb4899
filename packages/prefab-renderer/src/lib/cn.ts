/** Class names: conditional joining plus Tailwind conflict resolution, so an author's `cssClass` wins. */
import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
