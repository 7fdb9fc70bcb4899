/**
 * The "$cssClass" lazy chunk: what only views with author classes need — tailwind-merge as `cn`'s conflict
 * resolver (lib/cn.ts) and the readable-colours checker (author-colours.ts). Loaded by components/class-merge.ts.
 */
import "../lib/class-merge.js";
import { withReadableColours } from "./author-colours.js";
import { installReadableColours } from "./readable-colours.js";

installReadableColours(withReadableColours);

export const installed = true;
