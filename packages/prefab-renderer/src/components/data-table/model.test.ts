import { describe, expect, it } from "vitest";
import {
  allSelected,
  compareValues,
  nextSorting,
  type Row,
  type Selection,
  selectedRows,
  toggleAll,
  toggleRow,
  viewOrder,
} from "./model.js";

const cols = [
  { id: "name", key: "name" },
  { id: "age", key: "age" },
  { id: "team", key: "team" },
];
const rows: Row[] = [
  { name: "Carol", age: 41, team: "b" },
  { name: "alice", age: 30, team: "a" },
  { name: "Bob", age: 30, team: "c" },
  { name: "dave", age: 25, team: "a" },
  { name: "", age: null, team: { type: "Badge", label: "Ops" } },
];
const names = (order: number[]) => order.map((i) => rows[i]!.name);

describe("nextSorting (TanStack's toggleSorting)", () => {
  it("cycles a column asc → desc → unsorted", () => {
    const a = nextSorting([], "name", false);
    expect(a).toEqual([{ id: "name", desc: false }]);
    const b = nextSorting(a, "name", false);
    expect(b).toEqual([{ id: "name", desc: true }]);
    expect(nextSorting(b, "name", false)).toEqual([]);
  });

  it("a plain click on another column replaces the sorting", () => {
    expect(nextSorting([{ id: "name", desc: true }], "age", false)).toEqual([{ id: "age", desc: false }]);
  });

  it("shift-click appends a column, then toggles and removes it in place", () => {
    const one = nextSorting([], "age", true);
    const two = nextSorting(one, "name", true);
    expect(two).toEqual([
      { id: "age", desc: false },
      { id: "name", desc: false },
    ]);
    const three = nextSorting(two, "age", true);
    expect(three).toEqual([
      { id: "age", desc: true },
      { id: "name", desc: false },
    ]);
    expect(nextSorting(three, "age", true)).toEqual([{ id: "name", desc: false }]);
  });

  it("a plain click on a key that is not the last replaces the multi-sort with that column's next direction", () => {
    const multi = [
      { id: "age", desc: false },
      { id: "name", desc: false },
    ];
    expect(nextSorting(multi, "age", false)).toEqual([{ id: "age", desc: true }]);
    // on the last key it just toggles that key
    expect(nextSorting(multi, "name", false)).toEqual([
      { id: "age", desc: false },
      { id: "name", desc: true },
    ]);
  });
});

describe("viewOrder", () => {
  it("keeps row order with no filter and no sorting", () => {
    expect(viewOrder(rows, cols, "", [])).toEqual([0, 1, 2, 3, 4]);
  });

  it("sorts text by locale (case-insensitive), empty values last in both directions' asc", () => {
    expect(names(viewOrder(rows, cols, "", [{ id: "name", desc: false }]))).toEqual([
      "alice",
      "Bob",
      "Carol",
      "dave",
      "",
    ]);
    expect(names(viewOrder(rows, cols, "", [{ id: "name", desc: true }]))).toEqual([
      "",
      "dave",
      "Carol",
      "Bob",
      "alice",
    ]);
  });

  it("sorts numbers numerically, ties by the next key, then by row order", () => {
    expect(names(viewOrder(rows, cols, "", [{ id: "age", desc: false }]))).toEqual([
      "dave",
      "alice",
      "Bob",
      "Carol",
      "",
    ]);
    expect(
      names(
        viewOrder(rows, cols, "", [
          { id: "age", desc: false },
          { id: "name", desc: true },
        ]),
      ),
    ).toEqual(["dave", "Bob", "alice", "Carol", ""]);
  });

  it("ignores sort keys naming no column", () => {
    expect(viewOrder(rows, cols, "", [{ id: "nope", desc: true }])).toEqual([0, 1, 2, 3, 4]);
  });

  it("filters by a lower-case substring of any column, node cells by their label", () => {
    expect(names(viewOrder(rows, cols, "al", []))).toEqual(["alice"]);
    expect(names(viewOrder(rows, cols, "30", []))).toEqual(["alice", "Bob"]);
    expect(viewOrder(rows, cols, "ops", [])).toEqual([4]);
    expect(viewOrder(rows, cols, "zzz", [])).toEqual([]);
  });

  it("never matches across two cells, and searches again with the same result", () => {
    expect(viewOrder(rows, cols, "alice30", [])).toEqual([]);
    expect(viewOrder(rows, cols, "e30", [])).toEqual([]);
    expect(names(viewOrder(rows, cols, "ice", []))).toEqual(["alice"]);
    expect(names(viewOrder(rows, cols, "ice", []))).toEqual(["alice"]);
  });

  it("filters, then sorts the matches", () => {
    expect(names(viewOrder(rows, cols, "a", [{ id: "name", desc: true }]))).toEqual([
      "dave",
      "Carol",
      "alice",
    ]);
  });

  it("sorts 10,000 rows by a number column without touching row objects more than once per key", () => {
    let reads = 0;
    const big = Array.from({ length: 10_000 }, (_, i) => {
      const r: Row = {};
      Object.defineProperty(r, "v", {
        get: () => {
          reads++;
          return (i * 7919) % 10_000;
        },
        enumerable: true,
      });
      return r;
    });
    const order = viewOrder(big, [{ id: "v", key: "v" }], "", [{ id: "v", desc: false }]);
    expect(reads).toBe(10_000);
    expect(order.slice(0, 3).map((i) => (i * 7919) % 10_000)).toEqual([0, 1, 2]);
  });
});

describe("viewOrder sorts like compareValues (ranked and numeric fast paths)", () => {
  // A seeded generator: the same rows every run.
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const words = [
    "Ada",
    "ada",
    "ÁDA",
    "Ádá",
    "bob",
    "Bob",
    "item 2",
    "item 10",
    "Zoë",
    "zoe",
    "",
    null,
    undefined,
  ];
  const big = Array.from({ length: 3000 }, (_, i) => ({
    word: pick(words),
    num: rnd() < 0.1 ? null : Math.floor(rnd() * 50) / 2,
    flag: rnd() < 0.1 ? undefined : rnd() < 0.5,
    mixed: pick([1, "1", "two", 3, null, { type: "Badge", label: "b" }]),
    id: `id-${i}`,
  }));
  const cols = ["word", "num", "flag", "mixed", "id"].map((k) => ({ id: k, key: k }));
  const reference = (sorting: { id: string; desc: boolean }[]) =>
    big
      .map((_, i) => i)
      .sort((a, b) => {
        for (const s of sorting) {
          const r = compareValues(big[a]![s.id as "word"], big[b]![s.id as "word"]);
          if (r !== 0) return s.desc ? -r : r;
        }
        return a - b;
      });
  it.each([
    [[{ id: "word", desc: false }]],
    [[{ id: "word", desc: true }]],
    [[{ id: "num", desc: false }]],
    [
      [
        { id: "num", desc: true },
        { id: "word", desc: false },
      ],
    ],
    [
      [
        { id: "flag", desc: false },
        { id: "num", desc: true },
      ],
    ],
    [
      [
        { id: "mixed", desc: false },
        { id: "word", desc: true },
      ],
    ],
    [
      [
        { id: "word", desc: false },
        { id: "id", desc: true },
      ],
    ],
  ])("%j", (sorting) => {
    expect(viewOrder(big, cols, "", sorting)).toEqual(reference(sorting));
  });

  it("also after filtering", () => {
    const sorting = [{ id: "word", desc: false }];
    const filtered = viewOrder(big, cols, "a", sorting);
    expect(filtered).toEqual(reference(sorting).filter((i) => filtered.includes(i)));
  });
});

describe("compareValues", () => {
  it("orders numbers, booleans, numeric-aware text and empties", () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues("item 2", "item 10")).toBeLessThan(0);
    expect(compareValues(false, true)).toBeLessThan(0);
    expect(compareValues(undefined, "a")).toBeGreaterThan(0);
    expect(compareValues("", null)).toBe(0);
  });
});

describe("selection", () => {
  it("toggles rows; single mode keeps one row", () => {
    let s: Selection = {};
    s = toggleRow(s, "1", true);
    s = toggleRow(s, "3", true);
    expect(s).toEqual({ "1": true, "3": true });
    expect(toggleRow(s, "1", true)).toEqual({ "3": true });
    expect(toggleRow(s, "2", false)).toEqual({ "2": true });
    // setting a row to its current value returns the same selection
    expect(toggleRow(s, "1", true, true)).toBe(s);
  });

  it("selects and clears all filtered rows, keeping the others", () => {
    const s = toggleAll({ "9": true }, [1, 2], true);
    expect(s).toEqual({ "1": true, "2": true, "9": true });
    expect(allSelected(s, [1, 2])).toBe(true);
    expect(allSelected(s, [1, 2, 3])).toBe(false);
    expect(allSelected(s, [])).toBe(false);
    expect(toggleAll(s, [1, 2], false)).toEqual({ "9": true });
  });

  it("maps ids to rows in row order", () => {
    expect(selectedRows({ "3": true, "0": true, "77": true }, rows)).toEqual([rows[0], rows[3]]);
  });
});
