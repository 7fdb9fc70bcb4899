// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { SHARED_DIR } from "../../../test/shared-dir.js";
import { PrefabView } from "../../app/prefab-view.js";

const SHARED = SHARED_DIR;
const FIXTURES = join(SHARED, "prefab-fixtures/components");
const EXAMPLES = join(SHARED, "prefab-examples");

const TYPES = [
  "Button",
  "Input",
  "Textarea",
  "Checkbox",
  "Switch",
  "RadioGroup",
  "Radio",
  "Select",
  "SelectOption",
  "SelectGroup",
  "SelectLabel",
  "SelectSeparator",
  "Combobox",
  "ComboboxOption",
  "ComboboxGroup",
  "ComboboxLabel",
  "ComboboxSeparator",
  "Slider",
  "Calendar",
  "DatePicker",
  "DropZone",
  "Form",
  "Field",
  "FieldTitle",
  "FieldDescription",
  "FieldError",
  "FieldContent",
  "ChoiceCard",
];
const PREFIXES = [
  "button",
  "input",
  "checkbox",
  "switch",
  "radio",
  "select",
  "combobox",
  "slider",
  "calendar",
  "date-picker",
  "drop-zone",
  "form",
  "field",
  "choice-card",
];

const exampleFiles = (() => {
  try {
    return readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".json") && PREFIXES.some((p) => new RegExp(`^${p}-\\d+\\.json$`).test(f)))
      .sort();
  } catch {
    return [];
  }
})();

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  cleanup();
  consoleError.mockRestore();
});

async function renderEnvelope(envelope: unknown) {
  const issues: unknown[] = [];
  const result = render(<PrefabView envelope={envelope} onIssues={(i) => issues.push(...i)} />);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return { ...result, issues };
}

describe("fixtures render without inline errors", () => {
  it.each(TYPES)("%s", async (type) => {
    const node = JSON.parse(readFileSync(join(FIXTURES, `${type}.json`), "utf8"));
    const { container } = await renderEnvelope({ version: "0.2", view: node });
    const errors = [...container.querySelectorAll("[data-prefab-error]")].map((e) => e.textContent);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("examples render without inline errors", () => {
  it("finds the examples", () => {
    expect(exampleFiles.length).toBeGreaterThan(80);
  });
  it.each(exampleFiles)("%s", async (file) => {
    const envelope = JSON.parse(readFileSync(join(EXAMPLES, file), "utf8"));
    const { container } = await renderEnvelope(envelope);
    const errors = [...container.querySelectorAll("[data-prefab-error]")].map((e) => e.textContent);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector(".prefab-root")?.firstElementChild).toBeTruthy();
  });
});
