import { describe, expectTypeOf, it } from "vitest";
import { setState } from "./actions.js";
import { Button, Metric, Text } from "./components.js";
import { ForEach } from "./control-flow.js";
import type { Expr } from "./expr.js";
import { defineState, type Ref } from "./ref.js";

type Row = { name: string; amount: number; tags: string[] };

describe("typed state refs", () => {
  const s = defineState({ count: 0, rows: [] as Row[], user: { name: "Ada", email: null as string | null } });

  it("follows the declared shape", () => {
    expectTypeOf(s.count).toEqualTypeOf<Ref<number>>();
    expectTypeOf(s.rows[0]!.name).toEqualTypeOf<Ref<string>>();
    expectTypeOf(s.rows[0]!.tags.length).toEqualTypeOf<Ref<number>>();
    expectTypeOf(s.user.email).toEqualTypeOf<Ref<string | null>>();
  });

  it("rejects paths that do not exist", () => {
    // @ts-expect-error `rowz` is not a state key
    s.rowz;
    // @ts-expect-error `nme` is not a field of Row
    s.rows[0]!.nme;
    // @ts-expect-error `count` is a number: it has no fields
    s.count.value;
  });

  it("types expressions and pipes", () => {
    expectTypeOf(s.count.add(1)).toEqualTypeOf<Expr<number>>();
    expectTypeOf(s.count.gt(3)).toEqualTypeOf<Expr<boolean>>();
    expectTypeOf(s.rows[0]!.amount.currency("EUR")).toEqualTypeOf<Expr<string>>();
  });

  it("types ForEach items from the array element", () => {
    ForEach(s.rows, (row, i) => {
      expectTypeOf(row.amount).toEqualTypeOf<Ref<number>>();
      expectTypeOf(i).toEqualTypeOf<Ref<number>>();
      // @ts-expect-error Row has no `price`
      row.price;
      return Text(row.name);
    });
  });

  it("checks builder props", () => {
    Button("Add", { onClick: setState(s.count, s.count.add(1)) });
    Metric({ label: "Total", value: s.count });
    // @ts-expect-error Metric needs a value
    Metric({ label: "Total" });
    // @ts-expect-error variant is not a prop of Text
    Text("x", { variant: "big" });
  });
});
