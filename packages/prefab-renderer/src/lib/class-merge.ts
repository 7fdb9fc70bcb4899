/** The lazy chunk with tailwind-merge: installs it as `cn`'s conflict resolver (see cn.ts). */
import { twMerge } from "tailwind-merge";
import { setClassMerge } from "./cn.js";

setClassMerge(twMerge);

export const installed = true;
