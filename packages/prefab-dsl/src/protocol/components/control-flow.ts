/** Control flow: conditions, loops, pages, slots. These shape the tree rather than draw. */
import * as z from "zod/mini";
import { defineComponent } from "../component-spec.js";
import { jsonObject, nodeList, str } from "../schema-kit.js";

/** One branch of a Condition; `when` is an expression, `{{ }}` optional. */
export const ConditionCase = z.looseObject({ when: str, children: z.optional(nodeList) });

export const Condition = defineComponent({
  type: "Condition",
  family: "control-flow",
  description: "Renders the children of the first case whose `when` is truthy, else `else`.",
  props: () => ({
    cases: z.array(ConditionCase).check(z.minLength(1, "a Condition needs at least one case")),
    else: z.optional(nodeList),
  }),
  example: { cases: [{ when: "{{ count > 0 }}", children: [] }], else: [] },
});
// If / Elif / Else are the Python DSL's sugar; some producers put them on the wire
// as siblings. The upgrade step folds each run of them into one Condition.
export const If = defineComponent({
  type: "If",
  family: "control-flow",
  description: "Sugar for a Condition case; consecutive If/Elif/Else siblings fold into one Condition.",
  props: () => ({ condition: str }),
  children: true,
  primary: "condition",
  example: { condition: "{{ ready }}", children: [] },
});
export const Elif = defineComponent({
  type: "Elif",
  family: "control-flow",
  description: "Sugar: another case of the preceding If.",
  props: () => ({ condition: str }),
  children: true,
  primary: "condition",
  example: { condition: "{{ loading }}", children: [] },
});
export const Else = defineComponent({
  type: "Else",
  family: "control-flow",
  description: "Sugar: the fallback of the preceding If.",
  props: () => ({}),
  children: true,
});
export const ForEach = defineComponent({
  type: "ForEach",
  family: "control-flow",
  description: "Renders its children once per item of the array at state path `key` ($item, $index).",
  props: () => ({ key: str }),
  children: true,
  primary: "key",
  example: { key: "todos", children: [] },
});
export const Pages = defineComponent({
  type: "Pages",
  family: "control-flow",
  description: "Shows one Page child at a time; the active page is state[name].",
  props: () => ({ name: z.optional(str), value: z.optional(str), defaultValue: z.optional(str) }),
  children: true,
  stateful: { prefix: "pages" },
});
export const Page = defineComponent({
  type: "Page",
  family: "control-flow",
  description: "One page of Pages, identified by value (default: title).",
  props: () => ({ title: str, value: z.optional(str) }),
  children: true,
  primary: "title",
  example: { title: "Home", children: [] },
});
export const Slot = defineComponent({
  type: "Slot",
  family: "control-flow",
  description: "Renders the component tree stored at state[name], else its children as fallback.",
  props: () => ({ name: str }),
  children: true,
  primary: "name",
  example: { name: "detail", children: [] },
});
export const State = defineComponent({
  type: "State",
  family: "control-flow",
  description: "Legacy: declares initial state values (merged under the envelope's state). Renders nothing.",
  props: () => ({ state: z.optional(jsonObject) }),
  legacy: true,
});

/** The registry's list of this family (see index.ts), in name order. */
export const specs = [Condition, Elif, Else, ForEach, If, Page, Pages, Slot, State] as const;
