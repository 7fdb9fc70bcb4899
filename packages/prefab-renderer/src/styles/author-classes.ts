/**
 * The "$cssClass" lazy chunk: what only views with author classes need — tailwind-merge as `cn`'s conflict
 * resolver (lib/cn.ts), the readable-colours checker (author-colours.ts) and the queue of the lazy class compiler
 * (jit/ensure-classes.ts). Loaded by components/class-merge.ts.
 *
 * Both are installed by statements in this module, the chunk's entry: the package marks src/ as side-effect
 * free, so production bundlers drop a bare `import "../lib/class-merge.js"` (and one whose only export is a
 * constant they inline). Storybook's build did: tailwind-merge was never installed and PrefabView suspended on
 * the class merger until React gave up ("async Client Component").
 */
import { twMerge } from "tailwind-merge";
import { whenConflicting } from "../lib/class-conflicts.js";
import { setClassMerge } from "../lib/cn.js";
import { withReadableColours } from "./author-colours.js";
import { ensureClasses } from "./jit/ensure-classes.js";
import { installEnsureClasses, installReadableColours } from "./readable-colours.js";

// Only lists that may conflict go to tailwind-merge: its class map (~0.5 MiB) is built on its first call.
setClassMerge(whenConflicting(twMerge));
installReadableColours(withReadableColours);
installEnsureClasses(ensureClasses);

export const installed = true;
