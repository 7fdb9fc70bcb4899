/**
 * The documentation examples, rebuilt with the TypeScript DSL (test/examples/*.ts), must
 * produce the same UI as the Python DSL's envelopes in /work/shared/prefab-examples.
 *
 * What "the same" means: the Python files are protocol 0.2 and spell out nearly every
 * default (`variant: "default"`, `disabled: false`, …), while `PrefabApp` emits 0.3 and
 * drops default-valued props. Neither difference changes what a renderer shows, so both
 * sides are brought to one canonical form before comparing: the Python envelope is
 * parsed and upgraded to 0.3 (`upgradeEnvelope`: renamed props such as `searchable` →
 * `search`, If/Elif/Else → Condition, theme → css), then `stripDefaults` removes props
 * equal to the renderer defaults on both sides. `view`, `state` and `defs` are then
 * deep-equal (key order aside); the version marker is not compared, and the other
 * envelope fields (keyBindings, css, mode) must match as they are. Nothing is patched
 * here: an example that needs something the DSL cannot say is left out and noted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Envelope, type PrefabApp, parseEnvelope, stripDefaults, upgradeEnvelope } from "@prefab-ui/dsl";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLES_DIR } from "./helpers.js";

const HERE = join(import.meta.dirname, "examples");
const names = readdirSync(HERE)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .sort();

/** The envelope fields compared besides view/state/defs (when either side has them). */
const OTHER_FIELDS = ["keyBindings", "css", "stylesheets", "mode"] as const;

function canonical(envelope: Envelope) {
  return {
    view: stripDefaults(envelope.view),
    state: stripDefaults(envelope.state ?? {}),
    defs: stripDefaults(envelope.defs ?? {}),
  };
}

let rebuilt = 0;

describe("examples rebuilt with the DSL", () => {
  it("has at least 40 of them", () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it.each(names)("%s", async (name) => {
    const mod = (await import(`./examples/${name}.ts`)) as { build: () => PrefabApp };
    const built = mod.build().toJSON();

    const parsed = parseEnvelope(JSON.parse(readFileSync(join(EXAMPLES_DIR, `${name}.json`), "utf8")));
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    const expected = upgradeEnvelope(parsed.envelope!);

    // The DSL's own output must be a valid envelope too.
    expect(parseEnvelope(built).issues.filter((i) => i.severity === "error")).toEqual([]);

    const a = canonical(built);
    const b = canonical(expected);
    expect(a.view).toEqual(b.view);
    expect(a.state).toEqual(b.state);
    expect(a.defs).toEqual(b.defs);
    for (const field of OTHER_FIELDS) expect(built[field]).toEqual(expected[field]);
    rebuilt++;
  });

  afterAll(() => {
    console.log(`${rebuilt}/${names.length} examples rebuilt with the DSL`);
  });
});
