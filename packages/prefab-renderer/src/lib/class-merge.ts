/** The lazy chunk with tailwind-merge: installs it as `cn`'s conflict resolver (see cn.ts). */
import { twMerge } from "tailwind-merge";
import { whenConflicting } from "./class-conflicts.js";
import { setClassMerge } from "./cn.js";

setClassMerge(whenConflicting(twMerge));

export const installed = true;
