// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PrefabView } from "../../app/prefab-view.js";
import { addMonths, parseDay, parseSelection, pick } from "./dates.js";
import { sliderValues } from "./slider.js";

afterEach(cleanup);

function view(node: unknown, state: Record<string, unknown> = {}) {
  return { $prefab: { version: "0.3" }, state, view: node };
}

describe("Slider", () => {
  it("arrow keys change the value and write state", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            {
              type: "Slider",
              name: "vol",
              min: 0,
              max: 10,
              step: 2,
              value: 4,
              onChange: { action: "setState", key: "seen", value: "{{ $event }}" },
            },
            { type: "Text", content: "vol={{ vol }} seen={{ seen }}" },
          ],
        })}
      />,
    );
    const thumb = screen.getByRole("slider", { name: "vol" });
    expect(thumb.getAttribute("aria-valuenow")).toBe("4");
    expect(thumb.closest(".pf-slider")).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(thumb, { key: "ArrowRight" });
    });
    expect(screen.getByText("vol=6 seen=6")).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(thumb, { key: "Home" });
    });
    expect(screen.getByText("vol=0 seen=0")).toBeTruthy();
  });

  it("a range writes [low, high]", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            { type: "Slider", name: "r", range: true, value: [20, 80], orientation: "vertical" },
            { type: "Text", content: "r={{ r | join:'-' }}" },
          ],
        })}
      />,
    );
    const [lo] = screen.getAllByRole("slider");
    await act(async () => {
      fireEvent.keyDown(lo!, { key: "ArrowUp" });
    });
    expect(screen.getByText("r=21-80")).toBeTruthy();
  });

  it("reads every wire form of value", () => {
    expect(sliderValues("[1, 5]", true, 0, 10)).toEqual([1, 5]);
    expect(sliderValues("7", false, 0, 10)).toEqual([7]);
    expect(sliderValues(undefined, true, 0, 10)).toEqual([0, 10]);
    expect(sliderValues(undefined, false, 3, 10)).toEqual([3]);
  });
});

describe("Combobox", () => {
  const envelope = view({
    type: "Column",
    children: [
      {
        type: "Combobox",
        name: "planet",
        placeholder: "Choose a planet",
        searchPlaceholder: "Search planets",
        onChange: { action: "setState", key: "seen", value: "{{ $event }}" },
        children: [
          {
            type: "ComboboxGroup",
            children: [
              { type: "ComboboxLabel", label: "Inner" },
              { type: "ComboboxOption", value: "earth", label: "Earth" },
              { type: "ComboboxOption", value: "mars", label: "Mars" },
            ],
          },
          { type: "ComboboxSeparator" },
          { type: "ComboboxOption", value: "krikkit", label: "Krikkit" },
          { type: "ComboboxOption", value: "pluto", label: "Pluto", disabled: true },
        ],
      },
      { type: "Text", content: "planet={{ planet }} seen={{ seen }}" },
    ],
  });

  it("filters, navigates with the keyboard and selects", async () => {
    render(<PrefabView envelope={envelope} />);
    const trigger = screen.getByRole("combobox", { name: "Choose a planet" });
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    await act(async () => {
      fireEvent.click(trigger);
    });
    const search = await screen.findByRole("combobox", { name: "Search planets" });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Earth",
      "Mars",
      "Krikkit",
      "Pluto",
    ]);
    fireEvent.change(search, { target: { value: "ar" } });
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Earth", "Mars"]);
    expect(search.getAttribute("aria-activedescendant")).toBe(
      screen.getByRole("option", { name: "Earth" }).id,
    );
    fireEvent.keyDown(search, { key: "ArrowDown" });
    expect(search.getAttribute("aria-activedescendant")).toBe(
      screen.getByRole("option", { name: "Mars" }).id,
    );
    await act(async () => {
      fireEvent.keyDown(search, { key: "Enter" });
    });
    expect(screen.getByText("planet=mars seen=mars")).toBeTruthy();
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.getByRole("combobox", { name: "Choose a planet" }).textContent).toBe("Mars");
  });

  it("shows an empty state and selects by click", async () => {
    render(<PrefabView envelope={envelope} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Choose a planet" }));
    });
    const search = await screen.findByRole("combobox", { name: "Search planets" });
    fireEvent.change(search, { target: { value: "zzz" } });
    expect(screen.getByText("No results found.")).toBeTruthy();
    fireEvent.change(search, { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "Krikkit" }));
    });
    expect(screen.getByText("planet=krikkit seen=krikkit")).toBeTruthy();
  });
});

describe("Calendar", () => {
  it("date helpers never shift the day", () => {
    expect(parseDay("2025-06-10")).toBe("2025-06-10");
    expect(parseDay("2025-02-30")).toBeUndefined();
    expect(parseDay("2025-06-10T12:00:00.000Z")).toBe("2025-06-10");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    const range = parseSelection(
      '{"from": "2025-06-10T12:00:00.000Z", "to": "2025-06-20T12:00:00.000Z"}',
      "range",
    );
    expect([range.from, range.to]).toEqual(["2025-06-10", "2025-06-20"]);
    expect(pick(range, "range", "2025-06-01")).toBe('{"from":"2025-06-01"}');
    expect(pick({ multiple: [], from: "2025-06-10" }, "range", "2025-06-05")).toBe(
      '{"from":"2025-06-05","to":"2025-06-10"}',
    );
    expect(pick({ multiple: ["2025-06-01"] }, "multiple", "2025-06-03")).toBe('["2025-06-01","2025-06-03"]');
  });

  it("single mode: click and keyboard write ISO days", async () => {
    render(
      <PrefabView
        hostContext={{ locale: "en-US" }}
        envelope={view({
          type: "Column",
          children: [
            { type: "Calendar", name: "day", value: "2025-06-10" },
            { type: "Text", content: "day={{ day }}" },
          ],
        })}
      />,
    );
    expect(screen.getByText("June 2025")).toBeTruthy();
    const selected = screen.getByRole("button", { name: "Tuesday, June 10, 2025" });
    expect(selected.getAttribute("tabindex")).toBe("0");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Friday, June 13, 2025" }));
    });
    expect(screen.getByText("day=2025-06-13")).toBeTruthy();
    const d13 = screen.getByRole("button", { name: "Friday, June 13, 2025" });
    d13.focus();
    await act(async () => {
      fireEvent.keyDown(d13, { key: "ArrowDown" });
    });
    expect(document.activeElement?.getAttribute("data-day")).toBe("2025-06-20");
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: "PageDown" });
    });
    expect(screen.getByText("July 2025")).toBeTruthy();
    expect(document.activeElement?.getAttribute("data-day")).toBe("2025-07-20");
  });

  it("range mode writes JSON {from,to}", async () => {
    render(
      <PrefabView
        hostContext={{ locale: "en-US" }}
        envelope={view({
          type: "Column",
          children: [
            { type: "Calendar", name: "trip", mode: "range", value: '{"from":"2025-06-10"}' },
            { type: "Text", content: "trip={{ trip }}" },
          ],
        })}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sunday, June 15, 2025" }));
    });
    expect(screen.getByText('trip={"from":"2025-06-10","to":"2025-06-15"}')).toBeTruthy();
  });
});

describe("DatePicker", () => {
  it("opens a calendar and formats the picked day with the host locale", async () => {
    render(
      <PrefabView
        hostContext={{ locale: "de-DE" }}
        envelope={view({
          type: "Column",
          children: [
            { type: "DatePicker", name: "due", value: "2025-06-10" },
            { type: "Text", content: "due={{ due }}" },
          ],
        })}
      />,
    );
    const trigger = screen.getByRole("button", { name: /10\. Juni 2025/ });
    expect(trigger.className).toContain("pf-date-picker");
    await act(async () => {
      fireEvent.click(trigger);
    });
    const day = await screen.findByRole("button", { name: /12\. Juni 2025/ });
    await act(async () => {
      fireEvent.click(day);
    });
    expect(screen.getByText("due=2025-06-12")).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("button", { name: /12\. Juni 2025/ })).toBeTruthy());
  });

  it("shows its placeholder when empty", () => {
    render(<PrefabView envelope={view({ type: "DatePicker", name: "d", placeholder: "When?" })} />);
    expect(screen.getByRole("button", { name: "When?" })).toBeTruthy();
  });
});

describe("DropZone", () => {
  const file = (name: string, type: string, size = 4) => new File(["x".repeat(size)], name, { type });

  it("drops accepted files as FileUpload[] and appends when multiple", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            { type: "DropZone", name: "files", accept: "image/*,.pdf", multiple: true, label: "Drop here" },
            { type: "Text", content: "n={{ files | length }} first={{ files.0.name }}" },
          ],
        })}
      />,
    );
    const zone = screen.getByRole("button", { name: "Drop here" });
    expect(zone.className).toContain("pf-drop-zone");
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files: [file("a.png", "image/png")] } });
    });
    await waitFor(() => expect(screen.getByText("n=1 first=a.png")).toBeTruthy());
    await act(async () => {
      fireEvent.drop(zone, {
        dataTransfer: { files: [file("b.pdf", "application/pdf"), file("c.txt", "text/plain")] },
      });
    });
    await waitFor(() => expect(screen.getByText("n=2 first=a.png")).toBeTruthy());
    await waitFor(() => expect(screen.getByText(/c\.txt: type not accepted/)).toBeTruthy());
  });

  it("rejects files over maxSize with an error toast", async () => {
    render(
      <PrefabView
        envelope={view({
          type: "Column",
          children: [
            { type: "DropZone", name: "f", maxSize: 10, label: "Drop" },
            { type: "Text", content: "n={{ f | length }}" },
          ],
        })}
      />,
    );
    await act(async () => {
      fireEvent.drop(screen.getByRole("button", { name: "Drop" }), {
        dataTransfer: { files: [file("big.png", "image/png", 50)] },
      });
    });
    await waitFor(() => expect(screen.getByText(/big\.png: larger than/)).toBeTruthy());
    expect(screen.getByText("n=0")).toBeTruthy();
  });
});
