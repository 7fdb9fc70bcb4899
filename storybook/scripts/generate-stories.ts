/**
 * Writes one CSF story file per component family into storybook/.generated/ (gitignored),
 * from data: for every type in the registry a story per fixture
 * (`../shared/prefab-fixtures/components/<Type>.json`, else the spec's own example), per
 * example envelope (`../shared/prefab-examples/<kebab-type>-<n>.json`) and per hand-written
 * variant (src/variants.ts). Storybook indexes stories statically, so the export names
 * have to be spelled out in a file: that is all this script does; rendering, controls and
 * the DSL source happen in src/story-kit.tsx.
 *
 * Runs before `storybook` and `build-storybook` (npm pre-scripts). `PREFAB_SHARED`
 * overrides where the shared fixtures live (default: `<repo>/../shared`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ComponentFamily, type ComponentType, components } from "@prefab-ui/dsl";
import { FAMILY_FILES, FAMILY_TITLES, type StoryEntry } from "../src/catalog.js";
import { variants } from "../src/variants.js";

const here = dirname(fileURLToPath(import.meta.url));
const storybookDir = resolve(here, "..");
const repoRoot = resolve(storybookDir, "..");
const shared = resolve(process.env.PREFAB_SHARED ?? join(repoRoot, "../shared"));
const outDir = join(storybookDir, ".generated");

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
const pascal = (s: string) =>
  s
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))
    .replace(/^./, (c) => c.toUpperCase());

/** Example pages whose name is not a component type: page → the type they best document. */
const PAGE_ALIASES: Record<string, ComponentType> = {
  conditional: "Condition",
  foreach: "ForEach",
  tabs: "Tabs",
  typography: "H1",
  "div-span": "Div",
  "dashboard-grid": "Dashboard",
  histogram: "BarChart",
  "file-upload": "DropZone",
  "the-button": "Button",
  todo: "ForEach",
  "cross-filter": "BarChart",
  "sales-dashboard": "Dashboard",
  "threshold-meter": "Progress",
  "define-use": "Slot",
  tooltip: "Tooltip",
};

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

const types = Object.keys(components) as ComponentType[];
const byKebab = new Map(types.map((t) => [kebab(t), t]));
const entries = new Map<ComponentType, StoryEntry[]>(types.map((t) => [t, []]));
const used = new Set<string>();
function add(type: ComponentType, entry: Omit<StoryEntry, "exportName" | "type"> & { exportName: string }) {
  let name = entry.exportName;
  for (let i = 2; used.has(name); i++) name = `${entry.exportName}${i}`;
  used.add(name);
  entries.get(type)!.push({ ...entry, exportName: name, type });
}

const fixturesDir = join(shared, "prefab-fixtures", "components");
const examplesDir = join(shared, "prefab-examples");
if (!existsSync(fixturesDir) || !existsSync(examplesDir)) {
  console.warn(
    `[storybook] ${shared} has no prefab-fixtures/prefab-examples: stories use the specs' examples and the variants only`,
  );
}

// 1. Fixtures (or the spec's example).
for (const type of types) {
  const file = join(fixturesDir, `${type}.json`);
  if (existsSync(file)) {
    add(type, {
      exportName: `${type}Fixture`,
      name: `${type} · fixture`,
      source: `fixture ${type}.json`,
      envelope: { view: readJson(file) },
    });
  } else {
    add(type, {
      exportName: `${type}SpecExample`,
      name: `${type} · spec example`,
      source: "spec example (components registry)",
      envelope: { view: { type, ...components[type].example } },
    });
  }
}

// 2. Example envelopes, matched to a type by page name.
const unmatched: string[] = [];
const exampleFiles = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((f) => f.endsWith(".json"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
  : [];
for (const file of exampleFiles) {
  const m = /^(.*)-(\d+)\.json$/.exec(file);
  if (!m) continue;
  const [, page, n] = m as unknown as [string, string, string];
  const type = byKebab.get(page) ?? PAGE_ALIASES[page];
  if (!type) {
    unmatched.push(file);
    continue;
  }
  const envelope = readJson(join(examplesDir, file));
  if (envelope.view === undefined && envelope.defs === undefined) continue;
  const exportName = byKebab.has(page) ? `${type}Example${n}` : `${pascal(page)}${n}`;
  add(type, {
    exportName,
    name: `${type} · ${basename(file, ".json")}`,
    source: `example ${file}`,
    envelope,
  });
}
if (unmatched.length > 0) console.warn(`[storybook] examples without a component: ${unmatched.join(", ")}`);

// 3. Hand-written variants.
for (const v of variants()) {
  const type = v.type as ComponentType;
  add(type, {
    exportName: `${type}${pascal(v.name)}`,
    name: `${type} · ${v.name}`,
    source: "variant (storybook/src/variants.ts)",
    envelope: { $prefab: { version: "0.3" }, view: v.view, ...(v.state ? { state: v.state } : {}) },
    ...(v.dir ? { dir: v.dir } : {}),
  });
}

// 4. One story file (+ its data) per family.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const families = new Map<ComponentFamily, StoryEntry[]>();
for (const type of types) {
  const fam = components[type].family;
  families.set(fam, [...(families.get(fam) ?? []), ...entries.get(type)!]);
}
let total = 0;
for (const [family, list] of families) {
  const file = FAMILY_FILES[family];
  writeFileSync(join(outDir, `${file}.json`), `${JSON.stringify(list)}\n`);
  const lines = [
    "// Generated by storybook/scripts/generate-stories.ts from the component registry,",
    "// ../shared/prefab-fixtures, ../shared/prefab-examples and src/variants.ts. Do not edit.",
    'import { type StoryEntry, story } from "../src/story-kit";',
    `import data from "./${file}.json";`,
    "",
    "const entries = data as unknown as StoryEntry[];",
    // Storybook reads the title statically: it has to be a literal here.
    `export default { title: ${JSON.stringify(FAMILY_TITLES[family])} };`,
    "",
    ...list.map((e, i) => `export const ${e.exportName} = story(entries[${i}]!);`),
    "",
  ];
  writeFileSync(join(outDir, `${file}.stories.tsx`), lines.join("\n"));
  total += list.length;
}
console.log(`[storybook] ${total} stories in ${families.size} family files → ${outDir}`);
