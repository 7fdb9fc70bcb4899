/**
 * Specs build their zod schemas on first use: loading the protocol (the renderer's start-up) must not construct every
 * component's and action's schemas, and parsing builds only the types it meets. `z.looseObject` is counted (each
 * spec makes exactly one, its node or action schema, when it is built) and `z.optional` (most props are optional).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";

const looseObjects = vi.hoisted(() => ({ count: 0 }));
const optionals = vi.hoisted(() => ({ count: 0 }));
vi.mock("zod/mini", async (importOriginal) => {
  const z = await importOriginal<typeof import("zod/mini")>();
  return {
    ...z,
    looseObject: (...args: Parameters<typeof z.looseObject>) => {
      looseObjects.count++;
      return z.looseObject(...args);
    },
    optional: (...args: Parameters<typeof z.optional>) => {
      optionals.count++;
      return z.optional(...args);
    },
  };
});

let protocol: typeof import("./index.js");
const atLoad = { looseObjects: 0, optionals: 0 };
beforeAll(async () => {
  protocol = await import("./index.js");
  atLoad.looseObjects = looseObjects.count;
  atLoad.optionals = optionals.count;
});

describe("lazy specs", () => {
  it("loading the protocol builds no component or action schema", () => {
    // Exported value schemas (ChartSeries, ConditionCase, DataTableColumn) and the envelope's own (theme,
    // $prefab, fields) are built at load; ~130 specs (~500 optional props) are not.
    expect(atLoad.looseObjects).toBeLessThan(10);
    expect(atLoad.optionals).toBeLessThan(40);
  });

  it("parsing builds the schemas of the types it meets, once each", () => {
    const envelope = {
      view: {
        type: "Card",
        children: [
          { type: "Text", content: "a" },
          { type: "Text", content: "b" },
          { type: "Button", label: "Go", onClick: { action: "toolCall", tool: "t" } },
        ],
      },
    };
    const before = looseObjects.count;
    expect(protocol.parseEnvelope(envelope).ok).toBe(true);
    // Card, Text, Button, toolCall.
    expect(looseObjects.count - before).toBe(4);
    protocol.parseEnvelope(envelope);
    expect(looseObjects.count - before).toBe(4);
  });

  it("a spec's props, schema and key set come from one build", () => {
    const props = vi.fn(() => ({ label: protocol.components.Button.props.label }));
    const spec = protocol.defineComponent({ type: "Lazy", family: "form", description: "", props });
    expect(props).not.toHaveBeenCalled();
    expect(spec.eventKeys.has("onMount")).toBe(true);
    expect(props).not.toHaveBeenCalled();
    expect([...spec.knownKeys]).toEqual(["type", "id", "cssClass", "onMount", "label"]);
    expect(spec.schema).toBe(spec.schema);
    expect(Object.keys(spec.props)).toEqual(["label"]);
    expect(props).toHaveBeenCalledTimes(1);
  });

  it("specs keep their lazy getters on one shared prototype (no accessor, closure or key set per spec)", () => {
    const { components, actions } = protocol;
    for (const spec of [components.Text, components.Row, components.Button, actions.toolCall]) {
      for (const key of ["props", "fields", "schema", "knownKeys"])
        expect(Object.getOwnPropertyDescriptor(spec, key)).toBeUndefined();
    }
    expect(Object.getPrototypeOf(components.Text)).toBe(Object.getPrototypeOf(components.Button));
    expect(Object.getPrototypeOf(actions.toolCall)).toBe(Object.getPrototypeOf(actions.setState));
    // Types without events of their own share the key set; each still builds its own schema.
    expect(components.Text.eventKeys).toBe(components.Row.eventKeys);
    expect([...components.Button.eventKeys]).toEqual(["onMount", "onClick"]);
    expect(components.Text.schema).not.toBe(components.Row.schema);
    expect(Object.keys(components.Text.props)).toContain("content");
  });

  it("a spec defined with a plain props object (the former form) still works", () => {
    const label = protocol.components.Button.props.label;
    const spec = protocol.defineComponent({
      type: "Plain",
      family: "form",
      description: "",
      props: { label },
    });
    expect(spec.props.label).toBe(label);
    expect([...spec.knownKeys]).toEqual(["type", "id", "cssClass", "onMount", "label"]);
    expect(protocol.passesFast(spec.schema, { type: "Plain", label: "x" })).toBe(true);
  });

  it("prop groups shared by several specs stay shared instances", () => {
    const { components, actions } = protocol;
    // JSON Schema export (reused: "ref") keys on identity, as with the module constants these replaced.
    expect(components.Input.props.name).toBe(components.Select.props.name);
    expect(components.BarChart.props.series).toBe(components.LineChart.props.series);
    expect(components.BarChart.props.data).toBe(components.PieChart.props.data);
    expect(components.Progress.props.variant).toBe(components.Ring.props.variant);
    expect(components.Image.props.width).toBe(components.Svg.props.height);
    expect(components.H1.props.bold).toBe(components.Text.props.bold);
    expect(actions.appendState.fields.index.def.innerType).toBe(actions.popState.fields.index);
  });
});
