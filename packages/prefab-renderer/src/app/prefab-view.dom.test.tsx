// @vitest-environment happy-dom

import { isPlainRows } from "@prefab-ui/dsl/protocol";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PrefabView, prepareEnvelope } from "./prefab-view.js";

describe("PrefabView", () => {
  it("renders text with templates resolved from state", () => {
    render(
      <PrefabView
        envelope={{
          version: "0.2",
          state: { name: "Ada", n: 3 },
          view: {
            type: "Column",
            children: [
              { type: "H1", content: "Hello {{ name }}" },
              { type: "Text", content: "{{ n * 2 }} items" },
            ],
          },
        }}
      />,
    );
    expect(screen.getByRole("heading").textContent).toBe("Hello Ada");
    expect(screen.getByText("6 items")).toBeTruthy();
  });

  it("shows an inline error for an unknown component and keeps its siblings", () => {
    const onIssues = vi.fn();
    render(
      <PrefabView
        onIssues={onIssues}
        envelope={{
          view: { type: "Column", children: [{ type: "Nope" }, { type: "P", content: "still here" }] },
        }}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain('unknown component type "Nope"');
    expect(screen.getByRole("alert").textContent).toContain("view.children[0]");
    expect(screen.getByText("still here")).toBeTruthy();
    expect(onIssues).toHaveBeenCalled();
  });

  it("re-renders only nodes that read a changed key", async () => {
    const { container } = render(
      <PrefabView
        envelope={{
          state: { a: 1, b: 1 },
          view: {
            type: "Column",
            children: [
              { type: "Text", content: "a={{ a }}" },
              { type: "Text", content: "b={{ b }}" },
              { type: "ForEach", key: "list", children: [{ type: "Text", content: "{{ $item }}" }] },
            ],
          },
        }}
      />,
    );
    expect(container.textContent).toContain("a=1");
  });

  it("renders a streaming (partial) envelope with skeletons instead of errors", () => {
    const onIssues = vi.fn();
    const { container } = render(
      <PrefabView
        partial
        onIssues={onIssues}
        envelope={{
          view: {
            type: "Column",
            children: [
              { type: "H1", content: "Sales" },
              { type: "Metric", label: "Rev" },
            ],
          },
        }}
      />,
    );
    expect(container.querySelector("h1")?.textContent).toBe("Sales");
    expect(container.querySelector(".pf-skeleton")).toBeTruthy();
    expect(container.querySelector("[data-prefab-error]")).toBeNull();
  });

  it("maps the host's standard style variables onto its tokens", () => {
    const { container } = render(
      <PrefabView
        hostContext={{ theme: "dark", styles: { variables: { "--color-background-primary": "#101010" } } }}
        envelope={{ view: { type: "P", content: "x" } }}
      />,
    );
    const root = container.querySelector(".prefab-root") as HTMLElement;
    expect(root.style.getPropertyValue("--color-background-primary")).toBe("#101010");
    expect(root.style.getPropertyValue("--background")).toBe("var(--color-background-primary)");
    expect(root.classList.contains("dark")).toBe(true);
  });

  it("prepares an envelope object once: the MCP App and PrefabView share the parse (no second walk of its rows)", () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, name: `row ${i}` }));
    const input = {
      version: "0.2",
      view: { type: "DataTable", columns: [{ key: "name", header: "Name" }], rows, paginated: true },
    };
    const first = prepareEnvelope(input);
    expect(prepareEnvelope(input)).toBe(first);
    expect([...first.types]).toEqual(["DataTable"]);
    expect(isPlainRows((first.envelope.view as unknown as { rows: unknown }).rows)).toBe(true);
    // JSON text is parsed every time (nothing to key a cache on), with the same result.
    const text = JSON.stringify(input);
    expect(prepareEnvelope(text)).not.toBe(prepareEnvelope(text));
    expect(prepareEnvelope(text).envelope).toEqual(first.envelope);
    render(<PrefabView envelope={input} />);
    expect(screen.getByText("row 9")).toBeTruthy();
    expect(screen.queryByText("row 10")).toBeNull();
  });
});
