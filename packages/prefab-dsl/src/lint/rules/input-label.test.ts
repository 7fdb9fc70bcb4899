import { describe, expect, it } from "vitest";
import { lintInput } from "../index.js";

const lint = (view: unknown) =>
  lintInput({ $prefab: { version: "0.3" }, view }).findings.filter((i) => i.code === "a11y-input-label");

describe("a11y-input-label", () => {
  it("flags controls with no name at all", () => {
    for (const type of ["Input", "Textarea", "Slider", "Checkbox", "Switch"]) {
      const found = lint({ type: "Column", children: [{ type, name: "x" }] });
      expect(found, type).toEqual([
        expect.objectContaining({
          path: "view.children[0]",
          message: expect.stringContaining(`${type} has no label`),
        }),
      ]);
    }
    expect(
      lint({ type: "RadioGroup", name: "plan", children: [{ type: "Radio", option: "a", label: "A" }] }),
    ).toHaveLength(1);
  });

  it("gives a softer message when only a placeholder names the control", () => {
    const [f] = lint({ type: "Input", name: "email", placeholder: "you@example.com" });
    expect(f?.message).toMatch(/only by its placeholder "you@example.com"; a placeholder is not a label/);
    // DatePicker shows a default placeholder.
    expect(lint({ type: "DatePicker", name: "due" })[0]?.message).toMatch(/placeholder "Pick a date"/);
  });

  it("accepts a label prop, Label forId, a wrapping Label or ChoiceCard, and a titled Field", () => {
    expect(lint({ type: "Checkbox", name: "agree", label: "I agree" })).toEqual([]);
    expect(
      lint({
        type: "Column",
        children: [
          { type: "Label", text: "Email", forId: "email" },
          { type: "Input", id: "email", name: "email", placeholder: "you@example.com" },
        ],
      }),
    ).toEqual([]);
    expect(lint({ type: "Label", text: "Volume", children: [{ type: "Slider", name: "v" }] })).toEqual([]);
    expect(
      lint({
        type: "ChoiceCard",
        children: [
          { type: "Switch", name: "s" },
          { type: "Text", content: "Wi-Fi" },
        ],
      }),
    ).toEqual([]);
    expect(
      lint({
        type: "Field",
        children: [
          { type: "FieldTitle", content: "Plan" },
          { type: "RadioGroup", name: "plan", children: [{ type: "Radio", option: "a", label: "A" }] },
        ],
      }),
    ).toEqual([]);
  });

  it("does not count a Field without a title, and explains a Label aimed at the name", () => {
    expect(
      lint({
        type: "Field",
        children: [
          { type: "FieldDescription", content: "Help" },
          { type: "Input", name: "x" },
        ],
      }),
    ).toHaveLength(1);
    const [f] = lint({
      type: "Column",
      children: [
        { type: "Label", text: "Username", forId: "username" },
        { type: "Input", name: "username" },
      ],
    });
    expect(f?.message).toMatch(/forId: "username"`, which is this control's name, not its id/);
    const [g] = lint({
      type: "Column",
      children: [
        { type: "Label", text: "Name" },
        { type: "Input", name: "n" },
      ],
    });
    expect(g?.message).toMatch(/the Label next to it has no `forId`/);
  });

  it("skips templated ids, labels and placeholders", () => {
    expect(lint({ type: "Input", id: "{{ fieldId }}", name: "x" })).toEqual([]);
    expect(lint({ type: "Switch", name: "x", label: "{{ caption }}" })).toEqual([]);
    expect(lint({ type: "Input", name: "x", placeholder: "{{ hint }}" })).toEqual([]);
  });
});
