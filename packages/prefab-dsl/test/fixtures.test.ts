/**
 * Every shared fixture and example envelope must read without a single error, and
 * every example must still read after the 0.2 → 0.3 upgrade with no 0.2 form left.
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  actionManifest,
  actions,
  compactCatalog,
  componentManifest,
  components,
  formatIssue,
  getActionSpec,
  getComponentSpec,
  parseActions,
  parseEnvelope,
  parseNode,
  upgradeEnvelope,
} from "../src/protocol/index.js";
import { EXAMPLES_DIR, FIXTURES_DIR, jsonFiles, readJson, readText, walkNodes } from "./helpers.js";

const componentFixtures = jsonFiles(`${FIXTURES_DIR}/components`);
const actionFixtures = jsonFiles(`${FIXTURES_DIR}/actions`);
const examples = jsonFiles(EXAMPLES_DIR);
const manifest = readJson<{ components: string[]; actions: string[] }>(FIXTURES_DIR, "manifest.json");

const errorsOf = <T extends { severity: string }>(issues: T[]) =>
  issues.filter((i) => i.severity === "error");
const show = (issues: Parameters<typeof formatIssue>[0][]) => errorsOf(issues).map(formatIssue);

let fixturesPassed = 0;
let examplesPassed = 0;

afterAll(() => {
  const fixtureTotal = componentFixtures.length + actionFixtures.length;
  // The README promises this line.
  console.log(`${fixturesPassed}/${fixtureTotal} fixtures, ${examplesPassed}/${examples.length} examples`);
});

describe("shared fixtures", () => {
  it("are all present", () => {
    expect(componentFixtures.length).toBe(108);
    expect(actionFixtures.length).toBe(14);
    expect(examples.length).toBe(298);
  });

  it.each(componentFixtures)("component %s parses with no errors", (file) => {
    const input = readJson(FIXTURES_DIR, "components", file);
    const res = parseNode(input);
    expect(show(res.issues)).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.node).toEqual(input);
    fixturesPassed++;
  });

  it.each(actionFixtures)("action %s parses with no errors", (file) => {
    const input = readJson(FIXTURES_DIR, "actions", file);
    const res = parseActions(input);
    expect(show(res.issues)).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.actions).toEqual(input);
    fixturesPassed++;
  });

  it("every manifest type has a spec, and every spec is in the manifest or newer", () => {
    for (const type of manifest.components) expect(getComponentSpec(type), type).toBeDefined();
    for (const name of manifest.actions) expect(getActionSpec(name), name).toBeDefined();
    // Specs beyond the 0.2 manifest are 0.3 additions, legacy forms or Python-only sugar.
    const extra = Object.keys(components).filter((t) => !manifest.components.includes(t));
    for (const t of extra) {
      const spec = getComponentSpec(t)!;
      expect(spec.since === "0.3" || spec.legacy || ["If", "Elif", "Else"].includes(t), t).toBe(true);
    }
    const extraActions = Object.keys(actions).filter((a) => !manifest.actions.includes(a));
    expect(extraActions).toEqual(["callHandler"]);
  });
});

describe("spec examples (manifest / catalog)", () => {
  it.each(componentManifest().map((e) => [e.type, e] as const))(
    "%s example parses with no issues",
    (_t, entry) => {
      const res = parseNode(entry.example);
      expect(res.issues.map(formatIssue)).toEqual([]);
      expect(entry.tokens).toBeGreaterThan(0);
    },
  );

  it.each(actionManifest().map((e) => [e.action, e] as const))(
    "%s example parses with no issues",
    (_a, entry) => {
      const res = parseActions(entry.example);
      expect(res.issues.map(formatIssue)).toEqual([]);
    },
  );

  it("the manifests cover every registered type and action, and the catalog skips legacy types", () => {
    expect(componentManifest().map((e) => e.type)).toEqual(Object.keys(components));
    expect(actionManifest().map((e) => e.action)).toEqual(Object.keys(actions));
    const catalog = compactCatalog();
    expect(catalog).toContain("Button(label!");
    expect(catalog).not.toMatch(/^InlineCode\(/m);
  });
});

/** 0.2 wire forms that `upgradeEnvelope` must remove. */
function legacyMarkers(envelope: unknown): string[] {
  const found: string[] = [];
  walkNodes(envelope, (node, path) => {
    const t = node.type;
    if ((t === "Checkbox" || t === "Switch" || t === "Radio") && "checked" in node)
      found.push(`${path}: checked`);
    if ("searchable" in node) found.push(`${path}: searchable`);
    if ((t === "Tabs" || t === "Pages") && "defaultValue" in node) found.push(`${path}: defaultValue`);
    if ("yAxisFormat" in node) found.push(`${path}: yAxisFormat`);
    if (t === "InlineCode" || t === "If" || t === "Elif" || t === "Else") found.push(`${path}: ${t}`);
    if (t === "Radio" && typeof node.option !== "string") found.push(`${path}: Radio without option`);
  });
  return found;
}

describe("shared examples", () => {
  it.each(examples)("%s parses with no errors", (file) => {
    const res = parseEnvelope(readText(EXAMPLES_DIR, file));
    expect(show(res.issues)).toEqual([]);
    expect(res.ok).toBe(true);
    expect(res.envelope?.view).toBeDefined();
    examplesPassed++;
  });

  it.each(examples)("%s upgrades to a clean 0.3 envelope", (file) => {
    const first = parseEnvelope(readText(EXAMPLES_DIR, file));
    const upgraded = upgradeEnvelope(first.envelope!);
    const again = parseEnvelope(JSON.parse(JSON.stringify(upgraded)));
    expect(show(again.issues)).toEqual([]);
    expect(again.ok).toBe(true);
    expect(again.version).toBe("0.3");
    expect(upgraded).not.toHaveProperty("version");
    expect(upgraded).not.toHaveProperty("theme");
    expect(legacyMarkers(upgraded)).toEqual([]);
  });

  it("the examples do exercise the 0.2 markers the upgrade removes", () => {
    const before = examples.flatMap((f) => legacyMarkers(parseEnvelope(readText(EXAMPLES_DIR, f)).envelope));
    const kinds = new Set(before.map((m) => m.split(": ")[1]));
    for (const k of ["checked", "searchable", "defaultValue", "yAxisFormat", "InlineCode", "If"]) {
      expect(kinds, k).toContain(k);
    }
  });
});
