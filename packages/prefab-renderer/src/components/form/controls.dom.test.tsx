// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Profiler } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrefabView } from "../../app/prefab-view.js";
import type { ActionEvent } from "../../render/runtime.js";
import { iconLabel } from "./button.js";

afterEach(cleanup);

function view(node: unknown, state: Record<string, unknown> = {}) {
  return { $prefab: { version: "0.3" }, state, view: node };
}

describe("Input", () => {
  it("typing updates a Text reading {{ name }} and keeps focus, value and other inputs' drafts", () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            { type: "Input", name: "who", placeholder: "Who" },
            { type: "Text", content: "Hello {{ who }}" },
            { type: "Input", placeholder: "Draft" },
            { type: "Input", name: "other", placeholder: "Other" },
          ],
        })}
      />,
    );
    const draft = screen.getByPlaceholderText("Draft") as HTMLInputElement;
    const other = screen.getByPlaceholderText("Other") as HTMLInputElement;
    fireEvent.change(draft, { target: { value: "half-typ" } });
    fireEvent.change(other, { target: { value: "also half" } });

    const input = screen.getByPlaceholderText("Who") as HTMLInputElement;
    input.focus();
    fireEvent.change(input, { target: { value: "Ad" } });
    expect(screen.getByText("Hello Ad")).toBeTruthy();
    fireEvent.change(input, { target: { value: "Ada" } });
    expect(screen.getByText("Hello Ada")).toBeTruthy();

    expect(screen.getByPlaceholderText("Who")).toBe(input); // not remounted
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe("Ada");
    expect(draft.value).toBe("half-typ");
    expect(other.value).toBe("also half");
  });

  it("a keystroke is one commit: no second, nested render of the typed control", () => {
    const phases: string[] = [];
    render(
      <Profiler id="view" onRender={(_id, phase) => phases.push(phase)}>
        <PrefabView
          envelope={view({
            type: "Column",
            children: [
              { type: "Input", name: "who", placeholder: "Who" },
              { type: "Text", content: "Echo {{ who }}" },
              { type: "Textarea", name: "note", placeholder: "Note" },
              { type: "Text", content: "Note {{ note }}" },
            ],
          })}
        />
      </Profiler>,
    );
    for (const [placeholder, echo] of [
      ["Who", "Echo "],
      ["Note", "Note "],
    ] as const) {
      const el = screen.getByPlaceholderText(placeholder);
      for (const typed of ["a", "ab"]) {
        phases.length = 0;
        fireEvent.change(el, { target: { value: typed } });
        expect(screen.getByText(echo + typed)).toBeTruthy();
        expect(phases).toEqual(["update"]);
      }
    }
  });

  it("shows state, falls back to value, passes constraints and gets an aria-label", () => {
    render(
      <PrefabView
        envelope={view(
          {
            type: "Column",
            children: [
              {
                type: "Input",
                name: "age",
                inputType: "number",
                min: 1,
                max: 9,
                step: 2,
                required: true,
                placeholder: "Age",
              },
              { type: "Input", name: "city", value: "Oslo", minLength: 2, maxLength: 5, pattern: "[A-Z].*" },
              { type: "Textarea", name: "notes", rows: 3, placeholder: "Notes", cssClass: "h-40" },
            ],
          },
          { age: 3 },
        )}
      />,
    );
    const age = screen.getByLabelText("Age") as HTMLInputElement;
    expect(age.value).toBe("3");
    expect(age.type).toBe("number");
    expect(age.getAttribute("min")).toBe("1");
    expect(age.getAttribute("max")).toBe("9");
    expect(age.getAttribute("step")).toBe("2");
    expect(age.required).toBe(true);
    expect(age.className).toContain("pf-input");
    const city = screen.getByLabelText("city") as HTMLInputElement;
    expect(city.value).toBe("Oslo");
    expect(city.getAttribute("pattern")).toBe("[A-Z].*");
    expect(city.getAttribute("maxlength")).toBe("5");
    const notes = screen.getByLabelText("Notes") as HTMLTextAreaElement;
    expect(notes.tagName).toBe("TEXTAREA");
    expect(notes.getAttribute("rows")).toBe("3");
    expect(notes.className).toContain("pf-textarea");
    expect(notes.className).toContain("h-40");
  });

  it("onChange actions see $event and the control's key is already written", async () => {
    const events: ActionEvent[] = [];
    render(
      <PrefabView
        onAction={(e) => events.push(e)}
        envelope={view({
          type: "Column",
          children: [
            {
              type: "Input",
              name: "q",
              placeholder: "Q",
              onChange: { action: "setState", key: "echo", value: "{{ $event }}/{{ q }}" },
            },
            { type: "Text", content: "echo={{ echo }}" },
          ],
        })}
      />,
    );
    const input = screen.getByPlaceholderText("Q") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { value: "abc" } });
    });
    expect(screen.getByText("echo=abc/abc")).toBeTruthy();
    expect(input.value).toBe("abc");
    expect(events.some((e) => e.action === "setState" && e.ok)).toBe(true);
  });
});

describe("Button", () => {
  it("runs onClick, honours variant/size/icon and disabled templates", async () => {
    render(
      <PrefabView
        envelope={view(
          {
            type: "Row",
            children: [
              {
                type: "Button",
                label: "Add",
                variant: "success",
                icon: "plus",
                onClick: { action: "setState", key: "n", value: "{{ n + 1 }}" },
              },
              { type: "Button", label: "Settings", size: "icon", icon: "settings" },
              { type: "Button", label: "", size: "icon-sm", icon: "trash-2" },
              { type: "Button", label: "Off", disabled: "{{ n > 0 }}" },
              { type: "Text", content: "n={{ n }}" },
            ],
          },
          { n: 0 },
        )}
      />,
    );
    const add = screen.getByRole("button", { name: "Add" });
    expect(add.className).toContain("pf-button-variant-success");
    expect(add.getAttribute("type")).toBe("button");
    expect(add.querySelector("svg")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Off" }) as HTMLButtonElement).disabled).toBe(false);
    await act(async () => {
      fireEvent.click(add);
    });
    expect(screen.getByText("n=1")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Off" }) as HTMLButtonElement).disabled).toBe(true);
    const icon = screen.getByRole("button", { name: "Settings" });
    expect(icon.querySelector(".sr-only")?.textContent).toBe("Settings");
    // No label: the accessible name comes from the icon ("trash-2" → "Trash").
    expect(screen.getByRole("button", { name: "Trash" }).getAttribute("aria-label")).toBe("Trash");
    expect(iconLabel("arrow-up-right")).toBe("Arrow up right");
    expect(iconLabel("ChevronDown")).toBe("Chevron down");
  });
});

describe("Checkbox and Switch", () => {
  it("toggle their boolean state and onChange sees the new value", async () => {
    render(
      <PrefabView
        envelope={view(
          {
            type: "Column",
            children: [
              {
                type: "Checkbox",
                name: "agree",
                label: "I agree",
                onChange: { action: "setState", key: "seen", value: "{{ $event }}" },
              },
              { type: "Switch", name: "notify", label: "Notify me", value: true },
              { type: "Text", content: "agree={{ agree }} notify={{ notify }} seen={{ seen }}" },
            ],
          },
          {},
        )}
      />,
    );
    expect(screen.getByText("agree= notify=true seen=")).toBeTruthy();
    const box = screen.getByRole("checkbox", { name: "I agree" });
    await act(async () => {
      fireEvent.click(box);
    });
    expect(box.getAttribute("aria-checked")).toBe("true");
    expect(screen.getByText("agree=true notify=true seen=true")).toBeTruthy();
    const sw = screen.getByRole("switch", { name: "Notify me" });
    await act(async () => {
      fireEvent.click(sw);
    });
    expect(sw.getAttribute("aria-checked")).toBe("false");
    expect(screen.getByText("agree=true notify=false seen=true")).toBeTruthy();
  });

  it("inside a ChoiceCard the whole card is the label", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "ChoiceCard",
          children: [
            { type: "FieldContent", children: [{ type: "FieldTitle", content: "Marketing" }] },
            { type: "Switch", name: "mk" },
          ],
        })}
      />,
    );
    const sw = screen.getByRole("switch", { name: "Marketing" });
    await act(async () => {
      fireEvent.click(screen.getByText("Marketing"));
    });
    expect(sw.getAttribute("aria-checked")).toBe("true");
  });
});

describe("RadioGroup", () => {
  it("selection writes state; arrow keys move the selection", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            {
              type: "RadioGroup",
              name: "size",
              children: [
                { type: "Radio", option: "sm", label: "Small" },
                { type: "Radio", option: "md", label: "Medium", value: true },
                { type: "Radio", option: "lg", label: "Large" },
              ],
            },
            { type: "Text", content: "size={{ size }}" },
          ],
        })}
      />,
    );
    expect(screen.getByText("size=md")).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Medium" }).getAttribute("aria-checked")).toBe("true");
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Large" }));
    });
    expect(screen.getByText("size=lg")).toBeTruthy();
    const large = screen.getByRole("radio", { name: "Large" });
    large.focus();
    await act(async () => {
      fireEvent.keyDown(large, { key: "ArrowUp" });
    });
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Medium" }));
    expect(screen.getByText("size=md")).toBeTruthy();
  });

  it("a standalone Radio is a native radio writing its option", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            { type: "Radio", name: "pick", option: "a", label: "A" },
            { type: "Radio", name: "pick", option: "b", label: "B" },
            { type: "Text", content: "pick={{ pick }}" },
          ],
        })}
      />,
    );
    const b = screen.getByRole("radio", { name: "B" }) as HTMLInputElement;
    expect(b.tagName).toBe("INPUT");
    await act(async () => {
      fireEvent.click(b);
    });
    expect(screen.getByText("pick=b")).toBeTruthy();
  });
});

describe("Select", () => {
  it("shows the selected option and writes state on selection", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            {
              type: "Select",
              name: "fruit",
              placeholder: "Pick a fruit",
              children: [
                {
                  type: "SelectGroup",
                  children: [
                    { type: "SelectLabel", label: "Fruits" },
                    { type: "SelectOption", value: "apple", label: "Apple" },
                    { type: "SelectOption", value: "pear", label: "Pear", selected: true },
                  ],
                },
                { type: "SelectSeparator" },
                { type: "SelectOption", value: "kiwi", label: "Kiwi" },
              ],
            },
            { type: "Text", content: "fruit={{ fruit }}" },
          ],
        })}
      />,
    );
    expect(screen.getByText("fruit=pear")).toBeTruthy();
    const trigger = screen.getByRole("combobox");
    expect(trigger.className).toContain("pf-select");
    expect(trigger.textContent).toContain("Pear");
    await act(async () => {
      fireEvent.pointerDown(trigger, { button: 0, ctrlKey: false, pointerType: "mouse" });
    });
    const kiwi = await screen.findByRole("option", { name: "Kiwi" });
    await act(async () => {
      fireEvent.click(kiwi);
    });
    expect(screen.getByText("fruit=kiwi")).toBeTruthy();
    expect(screen.getByRole("combobox").textContent).toContain("Kiwi");
  });
});

describe("Form", () => {
  const envelope = view({
    type: "Form",
    onSubmit: { action: "setState", key: "sent", value: "{{ name }}|{{ agree }}" },
    children: [
      { type: "Input", name: "name", placeholder: "Name", required: true },
      { type: "Checkbox", name: "agree", label: "Agree" },
      { type: "Button", label: "Send" },
      { type: "Text", content: "sent={{ sent }}" },
    ],
  });

  it("shows its own message for an invalid field and does not run onSubmit", async () => {
    render(<PrefabView envelope={envelope} />);
    const send = screen.getByRole("button", { name: "Send" });
    expect(send.getAttribute("type")).toBe("submit");
    await act(async () => {
      fireEvent.click(send);
    });
    const input = screen.getByLabelText("Name") as HTMLInputElement;
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    const message = document.getElementById(describedBy!);
    expect(message?.textContent).toBeTruthy();
    expect(screen.getByText("sent=")).toBeTruthy();
    expect(document.activeElement).toBe(input);

    // Correcting the field clears the message; submitting writes values then runs onSubmit.
    fireEvent.change(input, { target: { value: "Ada" } });
    expect(input.getAttribute("aria-invalid")).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: "Agree" }));
    });
    await act(async () => {
      fireEvent.click(send);
    });
    expect(screen.getByText("sent=Ada|true")).toBeTruthy();
  });

  it("submits through the form's submit event too", async () => {
    const onAction = vi.fn();
    const { container } = render(<PrefabView envelope={envelope} onAction={onAction} />);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Lin" } });
    await act(async () => {
      fireEvent.submit(container.querySelector("form")!);
    });
    expect(screen.getByText("sent=Lin|false")).toBeTruthy();
    expect(onAction).toHaveBeenCalled();
  });

  it("validates Radix controls (required Checkbox, Select) with messages next to them", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Form",
          onSubmit: { action: "setState", key: "sent", value: "yes" },
          children: [
            { type: "Checkbox", name: "terms", label: "Accept terms", required: true },
            {
              type: "Select",
              name: "plan",
              placeholder: "Plan",
              required: true,
              children: [{ type: "SelectOption", value: "pro", label: "Pro" }],
            },
            { type: "Button", label: "Go" },
            { type: "Text", content: "sent={{ sent }}" },
          ],
        })}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Go" }));
    });
    const terms = screen.getByRole("checkbox", { name: "Accept terms" });
    expect(terms.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(terms.getAttribute("aria-describedby")!)?.textContent).toBeTruthy();
    expect(document.activeElement).toBe(terms);
    expect(screen.getByRole("combobox").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("sent=")).toBeTruthy();
    await act(async () => {
      fireEvent.click(terms);
    });
    expect(terms.getAttribute("aria-invalid")).toBeNull();
  });
});

describe("Field", () => {
  it("an invalid or disabled Field applies to its control", () => {
    render(
      <PrefabView
        envelope={view(
          {
            type: "Field",
            invalid: true,
            disabled: "{{ locked }}",
            children: [
              { type: "Input", name: "email", placeholder: "Email" },
              { type: "FieldError", content: "Enter a valid email" },
            ],
          },
          { locked: true },
        )}
      />,
    );
    const input = screen.getByLabelText("Email") as HTMLInputElement;
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.disabled).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("Enter a valid email");
    expect(input.closest(".pf-field")?.getAttribute("data-invalid")).toBe("true");
  });
});
