import { describe, expect, it } from "vitest";
import { evaluateCondition } from "./condition.js";
import { lookupFrom } from "./lookup.js";
import type { ExpressionIssue } from "./types.js";

const lookup = lookupFrom({ seconds: 3, done: false, name: "x", empty: "", items: [], list: [1], zero: 0 });

describe("evaluateCondition", () => {
  it.each<[unknown, boolean]>([
    ["{{ seconds > 0 }}", true],
    ["seconds > 0", true],
    ["  {{ seconds > 5 }}  ", false],
    ["{{seconds}}", true],
    ["{{ done }}", false],
    ["{{ !done }}", true],
    ["not done and name", true],
    ["{{ missing }}", false],
    ["missing.deep", false],
    ["{{ empty }}", false],
    ["{{ zero }}", false],
    ["{{ items }}", true],
    ["{{ items | length }}", false],
    ["{{ (list | length) == 1 }}", true],
    ["", false],
    ["   ", false],
    ["{{ }}", false],
    ["{{}}", false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [null, false],
    [undefined, false],
  ])("%j → %s", (condition, expected) => {
    expect(evaluateCondition(condition, lookup)).toBe(expected);
  });

  it("treats a parse error as false and reports it (no 0.2 fallback to a state key)", () => {
    const issues: ExpressionIssue[] = [];
    const stateWithRawKey = lookupFrom({ "a b": true });
    expect(evaluateCondition("a b", stateWithRawKey, { onIssue: (i) => issues.push(i) })).toBe(false);
    expect(evaluateCondition("{{ x | length == 0 }}", lookup, { onIssue: (i) => issues.push(i) })).toBe(
      false,
    );
    expect(issues.map((i) => [i.kind, i.expression])).toEqual([
      ["parse", "a b"],
      ["parse", "x | length == 0"],
    ]);
  });

  it("treats a throwing custom pipe as false and reports it", () => {
    const issues: ExpressionIssue[] = [];
    const pipes = {
      boom: () => {
        throw new Error("boom");
      },
    };
    expect(evaluateCondition("{{ seconds | boom }}", lookup, { pipes, onIssue: (i) => issues.push(i) })).toBe(
      false,
    );
    expect(issues).toEqual([{ kind: "evaluate", expression: "seconds | boom", message: "boom" }]);
  });

  it("strips only one pair of braces", () => {
    expect(evaluateCondition("{{ seconds }} and {{ done }}", lookup)).toBe(false);
  });
});
