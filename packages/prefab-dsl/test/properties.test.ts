/**
 * Property tests: valid envelopes generated from the specs parse cleanly and round-trip
 * through JSON; malformed input of any shape never throws and always yields issues.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import {
  FORBIDDEN_KEYS,
  getComponentSpec,
  MAX_NODE_DEPTH,
  parseEnvelope,
  stripDefaults,
} from "../src/protocol/index.js";
import { type ParseResult, parseActions, parseNode } from "../src/protocol/parse.js";
import { actionArb, COMPONENT_TYPES, envelopeArb, nodeOfType } from "./arbitraries.js";
import { allKeys, walkNodes } from "./helpers.js";

type Json = Record<string, unknown>;
const NUM_RUNS = 200;
const params = { numRuns: NUM_RUNS };
/** Generous per-test timeout: these take ~1–2 s each, more on a loaded CI machine. */
const SLOW_MS = 30_000;

const errorsOf = (r: ParseResult) => r.issues.filter((i) => i.severity === "error");

/** Parse without ever letting an exception escape unnoticed. */
function safeParse(input: unknown): ParseResult {
  try {
    return parseEnvelope(input);
  } catch (e) {
    throw new Error(`parseEnvelope threw: ${(e as Error).stack}`);
  }
}

/** Every component node of an envelope, for picking mutation targets. */
function nodesOf(envelope: Json): Json[] {
  const out: Json[] = [];
  walkNodes(envelope, (n) => {
    if (typeof n.type === "string") out.push(n);
  });
  return out;
}

describe("valid envelopes from the specs", { timeout: SLOW_MS }, () => {
  it("parse with no issues, unchanged, and round-trip through JSON", () => {
    fc.assert(
      fc.property(envelopeArb(4), (env) => {
        const first = safeParse(env);
        expect(first.issues).toEqual([]);
        expect(first.ok).toBe(true);
        expect(first.envelope).toEqual(env);
        const second = parseEnvelope(JSON.parse(JSON.stringify(first.envelope)));
        expect(second.ok).toBe(true);
        expect(second.envelope).toEqual(first.envelope);
        // JSON text input is the same as the value.
        expect(parseEnvelope(JSON.stringify(env))).toEqual(first);
      }),
      params,
    );
  });

  it("every component type, generated on its own, is valid", () => {
    for (const type of COMPONENT_TYPES) {
      fc.assert(
        fc.property(nodeOfType(type, 1), (node) => {
          const res = parseNode(node);
          expect(res.issues, type).toEqual([]);
          expect(res.node).toEqual(node);
        }),
        { numRuns: 10 },
      );
    }
  });

  it("every action parses and round-trips", () => {
    fc.assert(
      fc.property(actionArb(2), (action) => {
        const res = parseActions(action);
        expect(res.issues).toEqual([]);
        expect(parseActions(JSON.parse(JSON.stringify(res.actions))).actions).toEqual(action);
      }),
      params,
    );
  });
});

describe("malformed input", { timeout: SLOW_MS }, () => {
  it("arbitrary JSON values never throw; non-objects are rejected", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const res = safeParse(value);
        expect(res.ok).toBe(errorsOf(res).length === 0);
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          expect(res.ok).toBe(false);
          expect(res.envelope).toBeUndefined();
        }
        expect(() => parseActions(value)).not.toThrow();
      }),
      params,
    );
  });

  it("arbitrary JSON placed as the view or as children never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const res = safeParse({ view: { type: "Column", children: [a, { type: "Row", children: [b] }] } });
        expect(res.envelope?.view).toBeDefined();
        safeParse({ view: a, defs: { x: b } });
      }),
      params,
    );
  });

  it("arbitrary strings as JSON text never throw", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const res = safeParse(s);
        expect(res.issues.length > 0 || res.ok).toBe(true);
      }),
      params,
    );
  });

  it("dropping the type of any node is an error at that node, siblings kept", () => {
    fc.assert(
      fc.property(envelopeArb(3), fc.nat(), (env, pick) => {
        const copy = structuredClone(env);
        const nodes = nodesOf(copy);
        const target = nodes[pick % nodes.length]!;
        const lost = countDescendants(target);
        delete target.type;
        const res = safeParse(copy);
        expect(res.ok).toBe(false);
        expect(
          res.issues.some((i) => i.code === "invalid-node" && i.message.includes('missing "type"')),
        ).toBe(true);
        const remaining = nodesOf(res.envelope as Json).filter((n) => n.type !== "$invalid");
        // Only the broken node (and, at worst, slots it no longer names) is lost.
        expect(remaining.length).toBeGreaterThanOrEqual(nodes.length - 1 - lost);
      }),
      params,
    );
  });

  it("a prop replaced by a wrong-typed value is an error naming that prop", () => {
    fc.assert(
      fc.property(envelopeArb(3), fc.nat(), fc.nat(), (env, pick, pickProp) => {
        const copy = structuredClone(env);
        const nodes = nodesOf(copy);
        const target = nodes[pick % nodes.length]!;
        const spec = getComponentSpec(target.type as string)!;
        // Scalar props (and cssClass, which every node has) reject an object.
        const props = spec.props as Record<string, z.core.$ZodType>;
        const candidates = ["cssClass", ...Object.keys(props).filter((k) => isScalar(props[k]!))];
        const key = candidates[pickProp % candidates.length]!;
        target[key] = { wrong: [1, 2] };
        const res = safeParse(copy);
        expect(res.ok).toBe(false);
        const hit = res.issues.find((i) => i.code === "invalid-props" && i.path.endsWith(key));
        expect(hit, JSON.stringify(res.issues)).toBeDefined();
        expect(hit!.message).toContain("got an object");
      }),
      params,
    );
  });

  it("hostile keys injected via JSON text are rejected and removed everywhere", () => {
    const hostile = fc.constantFrom(...FORBIDDEN_KEYS);
    fc.assert(
      fc.property(envelopeArb(3), fc.nat(), hostile, fc.boolean(), (env, pick, key, inState) => {
        const copy = structuredClone(env);
        const nodes = nodesOf(copy);
        if (inState && copy.state === undefined) copy.state = {};
        const host = (inState ? copy.state : nodes[pick % nodes.length]) as Json;
        host.__HOSTILE__ = { polluted: true };
        const text = JSON.stringify(copy).replace('"__HOSTILE__"', JSON.stringify(key));
        const res = safeParse(text);
        expect(({} as Json).polluted).toBeUndefined();
        expect(res.ok).toBe(false);
        expect(res.issues.some((i) => i.code === "forbidden-key" && i.path.endsWith(key))).toBe(true);
        for (const k of FORBIDDEN_KEYS) expect(allKeys(res.envelope).has(k)).toBe(false);
      }),
      params,
    );
  });

  it("wrapping a valid view in too many levels is a too-deep error, never a throw", () => {
    fc.assert(
      fc.property(envelopeArb(2), fc.integer({ min: MAX_NODE_DEPTH + 1, max: 3_000 }), (env, depth) => {
        let view = env.view as Json;
        for (let i = 0; i < depth; i++) view = { type: "Column", children: [view] };
        const res = safeParse({ ...env, view });
        expect(res.ok).toBe(false);
        expect(res.issues.some((i) => i.code === "too-deep")).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

function countDescendants(node: Json): number {
  let n = 0;
  walkNodes({ view: node }, () => n++);
  return n - 1;
}

function isScalar(schema: z.core.$ZodType): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: zod internals
  const def = (schema as any)._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
      return isScalar(def.innerType);
    case "union":
      // biome-ignore lint/suspicious/noExplicitAny: zod internals
      return def.options.every((o: any) => isScalar(o));
    case "string":
    case "number":
    case "boolean":
    case "enum":
    case "literal":
      return true;
    default:
      return false;
  }
}

describe("canonical form", { timeout: SLOW_MS }, () => {
  it("stripDefaults keeps a valid envelope valid, is idempotent, and only removes defaults", () => {
    fc.assert(
      fc.property(envelopeArb(3), (env) => {
        const stripped = stripDefaults(env);
        const res = parseEnvelope(stripped);
        expect(res.issues).toEqual([]);
        expect(stripDefaults(stripped)).toEqual(stripped);
        expect(JSON.stringify(stripped).length).toBeLessThanOrEqual(JSON.stringify(env).length);
      }),
      params,
    );
  });
});
