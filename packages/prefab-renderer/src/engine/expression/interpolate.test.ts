import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { interpolate, interpolateString } from "./interpolate.js";
import { lookupFrom } from "./lookup.js";
import { compileTemplate } from "./template.js";
import type { ExpressionIssue, ExpressionOptions } from "./types.js";

const state = {
  count: 3,
  name: "Ada",
  flag: true,
  off: false,
  nil: null,
  zero: 0,
  price: 9.5,
  user: { name: "Grace", tags: ["x", "y"] },
  rows: [{ v: 1 }, { v: 2 }],
};
const lookup = lookupFrom({ $item: { label: "it" }, $index: 4 }, state);
const options: ExpressionOptions = { format: { locale: "en-US", timeZone: "UTC" } };
const run = (value: unknown): unknown => interpolate(value, lookup, options);

describe("interpolateString", () => {
  it.each<[string, unknown]>([
    // no template
    ["plain text", "plain text"],
    ["", ""],
    ["braces { } }}", "braces { } }}"],
    // sole templates keep their type
    ["{{ count }}", 3],
    ["  {{count}}  ", 3],
    ["{{ flag }}", true],
    ["{{ off }}", false],
    ["{{ nil }}", null],
    ["{{ zero }}", 0],
    ["{{ count * 2 }}", 6],
    ["{{ $index }}", 4],
    ["{{ $item.label }}", "it"],
    ["{{ name | upper }}", "ADA"],
    ["{{ price | currency }}", "$9.50"],
    // unresolved or failing sole templates keep the literal
    ["{{ missing }}", "{{ missing }}"],
    ["{{ user.nope }}", "{{ user.nope }}"],
    ["{{ missing | false }}", false],
    ["{{ a + }}", "{{ a + }}"],
    ["{{ }}", "{{ }}"],
    // mixed templates are strings
    ["Count: {{ count }}", "Count: 3"],
    ["{{ name }} has {{ count }} {{ count | pluralize }}", "Ada has 3 items"],
    ["{{ flag }}!", "true!"],
    ["[{{ nil }}]", "[null]"],
    ["Hi {{ missing }}!", "Hi !"],
    ["Bad {{ a + }} end", "Bad  end"],
    ["{{ a }}{{ count }}", "3"],
    ["x {{ count }} {{ unclosed", "x 3 {{ unclosed"],
    ["{{ unclosed", "{{ unclosed"],
    ["Tags: {{ user.tags | join }}", "Tags: x, y"],
    ["Obj: {{ user }}", "Obj: [object Object]"],
  ])("%j", (template, expected) => {
    expect(interpolateString(template, lookup, options)).toEqual(expected);
  });

  it("returns state objects by reference from sole templates", () => {
    expect(interpolateString("{{ user }}", lookup)).toBe(state.user);
  });

  it("reports parse errors and failing pipes but still falls back", () => {
    const issues: ExpressionIssue[] = [];
    const onIssue = (issue: ExpressionIssue) => issues.push(issue);
    const boom = () => {
      throw new Error("boom");
    };
    expect(interpolateString("{{ 1 < 2 < 3 }}", lookup, { onIssue })).toBe("{{ 1 < 2 < 3 }}");
    expect(interpolateString("{{ count | boom }}", lookup, { onIssue, pipes: { boom } })).toBe(
      "{{ count | boom }}",
    );
    expect(interpolateString("n={{ count | boom }}", lookup, { onIssue, pipes: { boom } })).toBe("n=");
    expect(issues).toEqual([
      { kind: "parse", expression: "1 < 2 < 3", message: expect.stringMatching(/chained/), offset: 6 },
      { kind: "evaluate", expression: "count | boom", message: "boom" },
      { kind: "evaluate", expression: "count | boom", message: "boom" },
    ]);
  });
});

describe("interpolate (deep)", () => {
  it("recurses into arrays and objects", () => {
    const props = {
      title: "Hello {{ name }}",
      count: "{{ count }}",
      n: 5,
      nested: { list: ["{{ flag }}", "plain", 1, null], deeper: { v: "{{ user.name }}" } },
      data: [{ x: "{{ zero }}" }, { x: 1 }],
    };
    expect(run(props)).toEqual({
      title: "Hello Ada",
      count: 3,
      n: 5,
      nested: { list: [true, "plain", 1, null], deeper: { v: "Grace" } },
      data: [{ x: 0 }, { x: 1 }],
    });
  });

  it("does not mutate its input", () => {
    const props = { a: "{{ count }}", list: ["{{ name }}"], inner: { b: "{{ flag }}" } };
    const snapshot = structuredClone(props);
    run(props);
    expect(props).toEqual(snapshot);
  });

  it("returns the same references when nothing changed", () => {
    const props = { a: "x", list: [1, "y", { z: null }], inner: { b: 2 }, nan: Number.NaN };
    expect(run(props)).toBe(props);
  });

  it("shares unchanged branches when something changed", () => {
    const props = { changed: { t: "{{ count }}" }, same: { t: "static" }, list: [{ a: 1 }, "{{ name }}"] };
    const out = run(props) as typeof props;
    expect(out).not.toBe(props);
    expect(out.same).toBe(props.same);
    expect(out.changed).not.toBe(props.changed);
    expect(out.list).not.toBe(props.list);
    expect(out.list[0]).toBe(props.list[0]);
  });

  it("keeps an unresolved sole template unchanged, so its container is reused", () => {
    const props = { a: "{{ missing }}" };
    expect(run(props)).toBe(props);
  });

  it("leaves non-plain objects and non-strings alone", () => {
    const date = new Date(0);
    const fn = vi.fn();
    const props = { date, fn, n: 1, b: true, u: undefined };
    expect(run(props)).toBe(props);
    expect(run(42)).toBe(42);
    expect(run(null)).toBe(null);
  });

  it("keeps an own __proto__ key as data", () => {
    const props = JSON.parse('{"__proto__": "{{ count }}", "a": "{{ name }}"}') as Record<string, unknown>;
    const out = run(props) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toBe(3);
    expect(out.a).toBe("Ada");
  });

  it("is the identity on template-free JSON (property)", () => {
    const json = fc.jsonValue().filter((v) => !JSON.stringify(v).includes("{{"));
    fc.assert(
      fc.property(json, (value) => {
        expect(run(value)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
        run(`${a}{{${b}}}${a}`);
        run(`{{${b}}}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sole-name templates (evaluated without the template cache)", () => {
  it("give what the compiled template gives", () => {
    const state: Record<string, unknown> = { a: 0, b: "x", c: null, d: { e: 1 }, f: false, $item: 3 };
    const lookup = (name: string) => (Object.hasOwn(state, name) ? state[name] : undefined);
    const templates = [
      "{{ a }}",
      "{{b}}",
      "  {{ c }} ",
      "{{ d }}",
      "{{ f }}",
      "{{ $item }}",
      "{{ missing }}",
      "{{ __proto__ }}",
      "{{ constructor }}",
      "{{ true }}",
      "{{ null }}",
      "{{ not }}",
      "{{\n a\t}}",
    ];
    for (const t of templates) {
      expect(interpolate(t, lookup), t).toEqual(compileTemplate(t)(lookup));
    }
  });

  it("report a failing lookup and keep the template text", () => {
    const issues: unknown[] = [];
    const failing = () => {
      throw new Error("boom");
    };
    expect(interpolate("{{ a }}", failing, { onIssue: (i) => issues.push(i) })).toBe("{{ a }}");
    expect(compileTemplate("{{ a }}")(failing)).toBe("{{ a }}");
    expect(issues).toEqual([{ kind: "evaluate", expression: "a", message: "boom" }]);
  });
});

describe("name templates with a pipe and text (`{{ name | pipe }} text`, evaluated without the template cache)", () => {
  const state: Record<string, unknown> = { n: 1234.5, s: "ab", u: undefined, z: 0, list: [1, 2], $item: 7 };
  const lookup = (name: string) => (Object.hasOwn(state, name) ? state[name] : undefined);
  const opts: ExpressionOptions = { format: { locale: "en-US", timeZone: "UTC" } };

  it("give what the compiled template gives", () => {
    const templates = [
      "{{ n | number }}",
      "{{ n | number }} items",
      "Total: {{ n | currency }}",
      "Total: {{ n | currency:EUR }}!",
      "{{ n | number:2 }}",
      "{{n|number:0}}",
      "  {{ s | upper }}  ",
      " x {{ s | upper }} ",
      "{{ u | number }}",
      "[{{ u | upper }}]",
      "{{ missing | length }}",
      "{{ list | length }} rows",
      "{{ $item | number }}",
      "{{ __proto__ | number }}",
      "{{ constructor | upper }} c",
      "{{ n | nosuchpipe }} x",
      "{{ s | true }}",
      "{{ s | null }} x",
      "{{ n | number:true }}",
      "{{ z | not }}",
      "{{ n | number }}}",
      "{ {{ n | number }}",
      "{{ n | number }} {{ s }}",
      "{{ n | number }} {{ unclosed",
      "{{ n.x | number }}",
      "{{ n | number:2.5 }}",
      "{{\n n\t|\tnumber\n}} items",
      "a {{ n }} b",
      "{{ u }} x",
      "{{ __proto__ }} y",
      " {{ s }} ",
      "{{ s }}{",
      "x {{\u00a0n }}",
      "{{ z }} zero",
    ];
    for (const t of templates) {
      expect(interpolate(t, lookup, opts), t).toEqual(compileTemplate(t)(lookup, opts));
    }
  });

  it("report a failing pipe as the compiled template does", () => {
    const boom = () => {
      throw new Error("boom");
    };
    for (const t of ["{{ n | boom }}", "n={{ n | boom }}", "{{ n | boom:2 }} x"]) {
      const fast: unknown[] = [];
      const compiled: unknown[] = [];
      const value = interpolate(t, lookup, { pipes: { boom }, onIssue: (i) => fast.push(i) });
      expect(value, t).toEqual(
        compileTemplate(t)(lookup, { pipes: { boom }, onIssue: (i) => compiled.push(i) }),
      );
      expect(fast, t).toEqual(compiled);
      expect(fast, t).toHaveLength(1);
    }
  });

  it("give what the compiled template gives on generated strings (property)", () => {
    const word = fc.constantFrom(
      "n",
      "s",
      "u",
      "missing",
      "$item",
      "number",
      "upper",
      "true",
      "not",
      "2",
      "EUR",
    );
    const space = fc.constantFrom("", " ", "\t", "\n");
    const text = fc.constantFrom("", " ", "x", " items", "{", "}", "}}", "{{", "a b");
    const template = fc
      .tuple(
        text,
        space,
        word,
        space,
        fc.constantFrom("|", "||", ":"),
        space,
        word,
        fc.option(word),
        space,
        text,
      )
      .map(
        ([a, s1, w1, s2, bar, s3, w2, arg, s4, b]) =>
          `${a}{{${s1}${w1}${s2}${bar}${s3}${w2}${arg === null ? "" : `:${arg}`}${s4}}}${b}`,
      );
    fc.assert(
      fc.property(template, (t) => {
        const fast: unknown[] = [];
        const compiled: unknown[] = [];
        expect(interpolate(t, lookup, { ...opts, onIssue: (i) => fast.push(i) })).toEqual(
          compileTemplate(t)(lookup, { ...opts, onIssue: (i) => compiled.push(i) }),
        );
        expect(fast).toEqual(compiled);
      }),
      { numRuns: 2000 },
    );
  });
});
