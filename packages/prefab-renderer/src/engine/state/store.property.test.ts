import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPath, parsePath } from "./path.js";
import { createStore } from "./store.js";

// A small alphabet of segments makes paths collide often, so writes land on, above and below each other,
// through primitives and past array ends: the interesting cases.
const segment = fc.constantFrom("a", "b", "c", "0", "1", "2", "$x");
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("."));
const value = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("a", "b", "0"), fc.integer(), { maxKeys: 2 }),
);
const op = fc.record({ path, value, reserved: fc.boolean() });

describe("store properties", () => {
  it("get after a successful set returns the value; old snapshots never change", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const store = createStore();
        for (const { path, value, reserved } of ops) {
          const before = store.getSnapshot();
          const frozen = structuredClone(before);
          const result = store.set(path, value, { reserved });
          if (result.ok) {
            expect(store.get(path)).toBe(value);
            if (!result.changed) expect(store.getSnapshot()).toBe(before);
          } else {
            // A failed write leaves state untouched (same object).
            expect(store.getSnapshot()).toBe(before);
          }
          expect(before).toEqual(frozen);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a set only changes the target path and its ancestors", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), op, path, (setup, write, probe) => {
        const store = createStore();
        for (const { path, value } of setup) store.set(path, value, { reserved: true });
        const probeSegments = parsePath(probe);
        const writeSegments = parsePath(write.path);
        if (!probeSegments.ok || !writeSegments.ok) return;
        const before = store.getSnapshot();
        const result = store.set(write.path, write.value, { reserved: true });
        if (!result.ok) return;
        const p = probeSegments.segments;
        const w = writeSegments.segments;
        const related = p.every((s, i) => i >= w.length || s === w[i]) || w.every((s, i) => s === p[i]);
        // Unrelated paths keep their exact value (identity), proving structural sharing.
        if (!related) expect(getPath(store.getSnapshot(), p)).toBe(getPath(before, p));
      }),
      { numRuns: 500 },
    );
  });

  it("subscribers are notified exactly when their value changes by reference", () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 20 }),
        fc.array(path, { minLength: 1, maxLength: 5 }),
        (ops, watched) => {
          const store = createStore();
          const calls = new Map<string, number>();
          const watchers = [...new Set(watched)];
          for (const p of watchers) store.subscribe(p, () => calls.set(p, (calls.get(p) ?? 0) + 1));
          for (const { path, value } of ops) {
            const before = new Map(watchers.map((p) => [p, store.get(p)]));
            calls.clear();
            store.set(path, value, { reserved: true });
            for (const p of watchers) {
              const changed = !Object.is(before.get(p), store.get(p));
              expect([p, calls.get(p) ?? 0]).toEqual([p, changed ? 1 : 0]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
