/**
 * fast-check arbitraries that build VALID envelopes straight from the protocol specs:
 * each prop's generator is derived from its zod/mini schema (`schema._zod.def`), so a
 * new component or prop is covered without touching the tests.
 */
import fc from "fast-check";
import type * as z from "zod/mini";
import { type ActionName, actions } from "../src/protocol/actions.js";
import { type ComponentType, components } from "../src/protocol/components/index.js";

type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;
// biome-ignore lint/suspicious/noExplicitAny: zod internals are untyped for our purposes
type Def = any;

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Words that can never be forbidden keys nor contain `{{`. */
const word = fc
  .stringMatching(/^[a-z][a-zA-Z0-9_]{0,7}$/)
  .filter((w) => w !== "constructor" && w !== "prototype");
/** Free text, including odd characters (but never a forbidden-key marker). */
const text = fc.oneof(word, fc.string({ maxLength: 12 }));
const templateArb = word.map((w) => `{{ ${w} }}`);
/** Integers only: JSON keeps them exactly (no -0, no NaN). */
const number = fc.integer({ min: 1, max: 10_000 });
const primitive = fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));
const plainObject = fc.dictionary(word, primitive, { maxKeys: 4 });

/** A JSON value that never looks like a node (no `type` key): for `unknown` and records. */
const plainValue = fc.oneof(primitive, fc.array(primitive, { maxLength: 3 }), plainObject);

/** Generator for one zod schema (props only; node and action slots are handled by the caller). */
export function arbFor(schema: Schema): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const checks: Def[] = def.checks ?? [];
      return checks.length > 0 ? templateArb : text;
    }
    case "number":
      return number;
    case "boolean":
      return fc.boolean();
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Json));
    case "optional":
    case "nullable":
      return arbFor(def.innerType);
    case "union":
      return fc.oneof(...(def.options as Schema[]).map(arbFor));
    case "array": {
      const min = (def.checks as Def[] | undefined)?.find((c) => c._zod.def.check === "min_length")?._zod.def
        .minimum;
      return fc.array(arbFor(def.element), { minLength: min ?? 0, maxLength: 3 });
    }
    case "record":
      return fc.dictionary(word, arbFor(def.valueType), { maxKeys: 3 });
    case "object": {
      const shape = def.shape as Record<string, Schema>;
      return objectFor(shape);
    }
    case "unknown":
    case "any":
      return plainValue;
    default:
      throw new Error(`no generator for zod kind "${def.type}"`);
  }
}

const isOptional = (s: Schema) => defOf(s).type === "optional";

/** Required keys always, optional keys sometimes; never an explicit `undefined`. */
function objectFor(shape: Record<string, Schema>, skip: ReadonlySet<string> = new Set()): fc.Arbitrary<Json> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, s] of Object.entries(shape)) {
    if (skip.has(key)) continue;
    model[key] = arbFor(s);
    if (!isOptional(s)) required.push(key);
  }
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Json>;
}

// ---------------------------------------------------------------- actions

const ACTION_NAMES = Object.keys(actions) as ActionName[];

/** One valid action of any type; callbacks nest up to `depth`. */
export function actionArb(depth: number): fc.Arbitrary<Json> {
  return fc.constantFrom(...ACTION_NAMES).chain((name) => {
    const spec = actions[name];
    const fields = objectFor(spec.fields as Record<string, Schema>);
    const callbacks =
      depth <= 0
        ? fc.constant({})
        : fc.record(Object.fromEntries([...spec.callbackKeys].map((k) => [k, actionListArb(depth - 1)])), {
            requiredKeys: [],
          });
    return fc.tuple(fields, callbacks).map(([f, c]) => ({ action: name, ...f, ...c }));
  });
}

export function actionListArb(depth: number): fc.Arbitrary<Json | Json[]> {
  return fc.oneof(actionArb(depth), fc.array(actionArb(depth), { minLength: 0, maxLength: 2 }));
}

// ---------------------------------------------------------------- nodes

export const COMPONENT_TYPES = Object.keys(components) as ComponentType[];
/** Slots the walker validates itself, filled below with nested nodes or actions. */
const SLOT_KEYS = new Set(["cases", "else", "rows"]);

/**
 * One valid node of `type`. `refs` are def names a `$ref` may point at.
 * Children nest until `depth` reaches 0.
 */
export function nodeOfType(
  type: ComponentType,
  depth: number,
  refs: readonly string[] = [],
): fc.Arbitrary<Json> {
  const spec = components[type];
  const props = objectFor(spec.props as Record<string, Schema>, SLOT_KEYS);
  const base = fc.record({ id: word, cssClass: text }, { requiredKeys: [] });
  const events = fc.record(Object.fromEntries([...spec.eventKeys].map((e) => [e, actionListArb(1)])), {
    requiredKeys: [],
  });
  const child = depth > 0 ? nodeArb(depth - 1, refs) : undefined;
  const kids = child ? fc.array(child, { maxLength: 3 }) : fc.constant([] as Json[]);
  const slots: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  if (spec.children) {
    slots.children = kids;
    slots.let = fc.dictionary(word, fc.oneof(primitive, templateArb), { maxKeys: 2 });
  }
  if (type === "Condition") {
    slots.cases = fc.array(
      fc.record({ when: fc.oneof(templateArb, word), children: kids }, { requiredKeys: ["when"] }),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    slots.else = kids;
    required.push("cases");
  }
  if (type === "DataTable") {
    // Rows are plain records, sometimes with a `_detail` node (0.3).
    const row = child
      ? fc
          .tuple(plainObject, fc.option(child, { nil: undefined }))
          .map(([r, d]) => (d ? { ...r, _detail: d } : r))
      : plainObject;
    slots.rows = fc.oneof(fc.array(row, { maxLength: 3 }), templateArb);
  }
  if ("rows" in spec.props && type !== "DataTable") slots.rows = arbFor(spec.props.rows as Schema);
  return fc
    .tuple(props, base, events, fc.record(slots, { requiredKeys: required }))
    .map(([p, b, e, s]) => ({ type, ...b, ...p, ...e, ...s }));
}

export function nodeArb(depth: number, refs: readonly string[] = []): fc.Arbitrary<Json> {
  const typed = fc.constantFrom(...COMPONENT_TYPES).chain((t) => nodeOfType(t, depth, refs));
  if (refs.length === 0) return typed;
  const ref = fc
    .tuple(
      fc.constantFrom(...refs),
      fc.option(fc.dictionary(word, primitive, { maxKeys: 2 }), { nil: undefined }),
    )
    .map(([name, bindings]) => (bindings ? { $ref: name, let: bindings } : { $ref: name }));
  return fc.oneof({ arbitrary: typed, weight: 9 }, { arbitrary: ref, weight: 1 });
}

/** A whole valid envelope: view up to `depth` levels, optional defs (referenced only from the view), state, css. */
export function envelopeArb(depth = 4): fc.Arbitrary<Json> {
  return fc
    .uniqueArray(word, { maxLength: 2 })
    .chain((names) =>
      fc.record(
        {
          $prefab: fc.constant({ version: "0.3" }),
          view: nodeArb(depth, names),
          defs: fc.record(Object.fromEntries(names.map((n) => [n, nodeArb(1)]))),
          state: fc.dictionary(word, plainValue, { maxKeys: 4 }),
          css: fc.array(text, { maxLength: 2 }),
          mode: fc.constantFrom("light", "dark"),
          keyBindings: fc.dictionary(word, actionListArb(1), { maxKeys: 2 }),
        },
        { requiredKeys: ["$prefab", "view", "defs"] },
      ),
    )
    .map(({ defs, ...rest }): Json => (Object.keys(defs).length > 0 ? { ...rest, defs } : rest));
}
