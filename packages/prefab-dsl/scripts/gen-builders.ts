import { components } from "../src/protocol/components/index.ts";

const special = new Set(["ForEach", "Condition", "Form"]);
const names = Object.keys(components).filter((n) => !special.has(n));
let out = `/**
 * One builder per component type (generated from the registry by scripts/gen-builders.ts;
 * edit the specs, not this list). ForEach, Condition and Form have richer builders in
 * control-flow.ts and form.ts.
 */
import { component } from "./builder.js";

`;
for (const n of names) out += `export const ${n} = component("${n}");\n`;
console.log(out);
