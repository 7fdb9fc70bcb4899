import { describe, expect, it } from "vitest";
import * as charts from "./charts.js";
import * as controlFlow from "./control-flow.js";
import * as data from "./data.js";
import * as form from "./form.js";
import { components } from "./index.js";
import * as layout from "./layout.js";
import * as media from "./media.js";
import * as overlay from "./overlay.js";
import * as typography from "./typography.js";

const families = { layout, typography, form, data, charts, overlay, media, controlFlow };

describe("component registry", () => {
  it.each(Object.entries(families))("%s lists every spec it exports, in name order", (_, family) => {
    const exported = Object.entries(family)
      .filter(([, v]) => typeof v === "object" && v !== null && "family" in v)
      .map(([name]) => name)
      .sort();
    expect(family.specs.map((s) => s.type)).toEqual(exported);
  });

  it("keys every spec by its type, families in order", () => {
    for (const [key, spec] of Object.entries(components)) expect(spec.type).toBe(key);
    expect(Object.keys(components)).toEqual(
      Object.values(families).flatMap((f) => f.specs.map((s) => s.type)),
    );
  });
});
