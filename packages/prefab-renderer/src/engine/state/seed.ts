/**
 * Auto-state seeding (protocol §6.2 with the 0.3 rules of §14.6): before the first render, every named
 * stateful control whose key is not yet in state contributes its initial value, so `{{ slider_1 }}`
 * resolves before any interaction.
 *
 * 0.3 rules: `value` only (Checkbox/Switch included, after normalisation moved `checked` into `value`);
 * Select falls back to the child `SelectOption` with `selected`; RadioGroup to the `option` of the child
 * `Radio` whose `value` is truthy; DropZone is always `[]`; a named Dialog seeds `false` (closed) when it
 * has no value. Values that are templates (`{{`) are skipped: they are not initial values.
 */
import type { StateError } from "./errors.js";
import { parsePath } from "./path.js";
import type { Store } from "./store.js";

/** Stateful types per §6.2 (`STATEFUL_TYPES` of the original). */
export const STATEFUL_TYPES: ReadonlySet<string> = new Set([
  "Input",
  "Textarea",
  "Checkbox",
  "Switch",
  "Slider",
  "Calendar",
  "DatePicker",
  "DropZone",
  "Select",
  "RadioGroup",
  "Combobox",
  "Tabs",
  "Pages",
]);

/** The parts of a normalised node the walker reads. Everything is `unknown` because trees come from JSON. */
interface NodeLike {
  readonly type?: unknown;
  readonly name?: unknown;
  readonly value?: unknown;
  readonly children?: unknown;
  readonly cases?: unknown;
  readonly else?: unknown;
  readonly selected?: unknown;
  readonly option?: unknown;
}

function isNode(value: unknown): value is NodeLike {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function childList(node: NodeLike): readonly unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function isTemplate(value: unknown): boolean {
  if (typeof value === "string") return value.includes("{{");
  // A range Slider may carry `["{{ lo }}", 10]`; half a template is still not an initial value.
  if (Array.isArray(value)) return value.some((item) => typeof item === "string" && item.includes("{{"));
  return false;
}

/** The `selected` option's value; options may sit directly under Select or inside a SelectGroup. */
function selectedOption(select: NodeLike): unknown {
  for (const child of childList(select)) {
    if (!isNode(child)) continue;
    if (child.type === "SelectOption" && child.selected) return child.value;
    if (child.type === "SelectGroup") {
      for (const option of childList(child)) {
        if (isNode(option) && option.type === "SelectOption" && option.selected) return option.value;
      }
    }
  }
  return undefined;
}

function checkedRadio(group: NodeLike): unknown {
  for (const child of childList(group)) {
    if (isNode(child) && child.type === "Radio" && child.value) return child.option;
  }
  return undefined;
}

/** Initial value of one node, or `undefined` when it seeds nothing. */
function initialValue(node: NodeLike): unknown {
  const type = node.type;
  if (type === "DropZone") return [];
  // `value: null` (a producer emitting its default) counts as absent for the fallbacks below, but is still
  // seeded as null when no fallback exists, as the original seeded any non-undefined value.
  const own = node.value;
  if (own !== undefined && own !== null) return own;
  let fallback: unknown;
  if (type === "Select") fallback = selectedOption(node);
  else if (type === "RadioGroup") fallback = checkedRadio(node);
  else if (type === "Dialog") fallback = false;
  return fallback ?? own;
}

function isSeededType(node: NodeLike): boolean {
  return typeof node.type === "string" && (STATEFUL_TYPES.has(node.type) || node.type === "Dialog");
}

/**
 * Initial values of every named stateful control in `tree` and in `defs`, keyed by name, in document
 * order. When two controls share a name the first one wins (they share one state key; the first declared
 * value is the least surprising). Does not look at current state: see `seedStore`.
 *
 * The walk is iterative (trees can be hundreds of levels deep) and skips objects already visited, so a
 * normaliser that shares subtrees, or a cyclic hand-built tree, cannot loop.
 */
export function computeSeeds(
  tree: unknown,
  defs?: Readonly<Record<string, unknown>> | null,
): Map<string, unknown> {
  // The same tree is seeded twice per envelope (before the first render and by the host's reset): walk it once.
  const cached = typeof tree === "object" && tree !== null ? seedCache.get(tree) : undefined;
  if (cached !== undefined && cached.defs === defs) return new Map(cached.seeds);
  const seeds = walkSeeds(tree, defs);
  if (typeof tree === "object" && tree !== null) seedCache.set(tree, { defs, seeds: new Map(seeds) });
  return seeds;
}

const seedCache = new WeakMap<
  object,
  { defs: Readonly<Record<string, unknown>> | null | undefined; seeds: Map<string, unknown> }
>();

function walkSeeds(
  tree: unknown,
  defs: Readonly<Record<string, unknown>> | null | undefined,
): Map<string, unknown> {
  const seeds = new Map<string, unknown>();
  const visited = new Set<object>();
  const stack: unknown[] = [];
  // Pushed in reverse so the LIFO stack pops in document order: tree first, then defs.
  if (defs) {
    const templates = Object.values(defs);
    for (let i = templates.length - 1; i >= 0; i--) stack.push(templates[i]);
  }
  stack.push(tree);

  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || visited.has(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!isNode(node)) continue;

    if (isSeededType(node) && typeof node.name === "string" && node.name !== "" && !seeds.has(node.name)) {
      const value = initialValue(node);
      if (value !== undefined && !isTemplate(value)) seeds.set(node.name, value);
    }

    // Children after `else` after `cases` on the stack, so they pop as: children, cases, else.
    if (Array.isArray(node.else)) stack.push(node.else);
    if (Array.isArray(node.cases)) {
      for (let i = node.cases.length - 1; i >= 0; i--) {
        const branch: unknown = node.cases[i];
        if (isNode(branch) && Array.isArray(branch.children)) stack.push(branch.children);
      }
    }
    if (Array.isArray(node.children)) stack.push(node.children);
  }
  return seeds;
}

export interface SeedResult {
  /** Names written to state. */
  readonly seeded: readonly string[];
  /** Names that could not be written (invalid path, reserved `$` key, a primitive in the way). */
  readonly errors: readonly StateError[];
}

/**
 * Writes the seeds of `tree` into `store`, never overwriting a key already present. Names are dot paths,
 * like the control bindings that later read and write them (`user.name` seeds `{user: {name}}`).
 * One batch, so subscribers hear about seeding once.
 */
export function seedStore(
  store: Store,
  tree: unknown,
  defs?: Readonly<Record<string, unknown>> | null,
): SeedResult {
  const seeded: string[] = [];
  const errors: StateError[] = [];
  const seeds = computeSeeds(tree, defs);
  store.batch(() => {
    for (const [name, value] of seeds) {
      const parsed = parsePath(name);
      if (!parsed.ok) {
        errors.push(parsed.error);
        continue;
      }
      if (store.get(name) !== undefined) continue;
      const result = store.set(name, value);
      if (result.ok) seeded.push(name);
      else errors.push(result.error);
    }
  });
  return { seeded, errors };
}
