// @vitest-environment happy-dom
/**
 * The interpreter's guarantees with one class component per node: per-node error isolation, fine-grained
 * re-rendering, one render per node on first paint, scopes, focus kept across a sibling's failure.
 */
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Suspense, use, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PrefabView } from "../app/prefab-view.js";
import { asOptString } from "../lib/coerce.js";
import { getView, type NodeView, type NodeViewProps, type Registry, registerViews } from "./registry.js";

/** A view that calls hooks itself (so it cannot be called inline): its state survives re-renders. */
function Hooked(p: NodeViewProps) {
  const label = String(p.props.content);
  const [first] = useState(label);
  return <span>{`${first}|${label}`}</span>;
}

/** A view that suspends with `use()` (what the lazy wrappers do): it must reach React, not be swallowed. */
let ready: Promise<string> = Promise.resolve("");
function Suspending(_p: NodeViewProps) {
  return <span>{use(ready)}</span>;
}

/** Text renders per content, counted; Badge throws on `label: "boom"`. */
const renders = new Map<string, number>();
let original: { Text: NodeView; Badge: NodeView; Small: NodeView; Muted: NodeView };

beforeEach(() => {
  original = {
    Text: getView("Text")!,
    Badge: getView("Badge")!,
    Small: getView("Small")!,
    Muted: getView("Muted")!,
  };
  const Text = original.Text;
  const Badge = original.Badge;
  renders.clear();
  registerViews({
    Small: Hooked,
    Muted: Suspending,
    Text: (p: NodeViewProps) => {
      const key = String(p.props.content);
      renders.set(key, (renders.get(key) ?? 0) + 1);
      return <Text {...p} />;
    },
    Badge: (p: NodeViewProps) => {
      const label = asOptString(p.props.label);
      if (label === "boom") throw new Error("badge exploded");
      return <Badge {...p} />;
    },
  });
});

afterEach(() => {
  cleanup();
  registerViews(original as Registry);
});

describe("RenderNode", () => {
  it("a node whose view throws shows an inline error; its siblings and their children still render", () => {
    const onIssues = vi.fn();
    render(
      <PrefabView
        onIssues={onIssues}
        envelope={{
          view: {
            type: "Column",
            children: [
              { type: "Text", content: "before" },
              { type: "Badge", label: "boom" },
              { type: "Row", children: [{ type: "Text", content: "after" }] },
            ],
          },
        }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("badge exploded");
    expect(alert.getAttribute("data-prefab-error")).toBe("view.children[1]");
    expect(screen.getByText("before")).toBeTruthy();
    expect(screen.getByText("after")).toBeTruthy();
    expect(onIssues).toHaveBeenCalledWith([
      expect.objectContaining({ path: "view.children[1]", message: expect.stringContaining("Badge failed") }),
    ]);
  });

  it("renders every node once on first paint (state is in place before the first render)", () => {
    render(
      <PrefabView
        envelope={{
          state: { a: "A", b: "B" },
          view: {
            type: "Column",
            children: [
              { type: "Text", content: "{{ a }}" },
              { type: "Text", content: "{{ b }}" },
              { type: "Text", content: "static" },
            ],
          },
        }}
      />,
    );
    // Templated nodes render once. (A static leaf may be probed once more per view type: the first static Text
    // here is called inline, found to return a component rather than host elements, then rendered as a node.)
    expect(renders.get("A")).toBe(1);
    expect(renders.get("B")).toBe(1);
    expect(renders.get("static")).toBeLessThanOrEqual(2);
  });

  it("a keystroke re-renders only the nodes that read the typed key", () => {
    render(
      <PrefabView
        envelope={{
          state: { other: "o" },
          view: {
            type: "Column",
            children: [
              { type: "Input", name: "field" },
              { type: "Text", content: "echo {{ field }}" },
              { type: "Text", content: "other {{ other }}" },
              { type: "Text", content: "static" },
            ],
          },
        }}
      />,
    );
    renders.clear();
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "x" } });
    expect(screen.getByText("echo x")).toBeTruthy();
    expect(Object.fromEntries(renders)).toEqual({ "echo x": 1 });
  });

  it("ForEach items, $index and let bindings reach nested nodes; an item change re-renders its nodes", () => {
    const { container } = render(
      <PrefabView
        envelope={{
          state: { items: ["a", "b"], suffix: "!" },
          view: {
            type: "ForEach",
            key: "items",
            let: { label: "{{ $item }}{{ suffix }}" },
            children: [{ type: "Row", children: [{ type: "Text", content: "{{ $index }}:{{ label }}" }] }],
          },
        }}
      />,
    );
    expect(container.textContent).toBe("0:a!1:b!");
  });

  it("a sibling failing after a keystroke keeps the focused input mounted and focused", () => {
    render(
      <PrefabView
        envelope={{
          view: {
            type: "Column",
            children: [
              { type: "Input", name: "v" },
              { type: "Badge", label: "{{ v }}" },
            ],
          },
        }}
        onIssues={() => {}}
      />,
    );
    const input = screen.getByRole("textbox") as HTMLInputElement;
    input.focus();
    act(() => {
      fireEvent.change(input, { target: { value: "boom" } });
    });
    expect(screen.getByRole("alert").textContent).toContain("badge exploded");
    expect(screen.getByRole("textbox")).toBe(input);
    expect(document.activeElement).toBe(input);
    // The error stays until the node changes (a new tool result); the input keeps working.
    fireEvent.change(input, { target: { value: "boomx" } });
    expect(input.value).toBe("boomx");
  });

  it("views with hooks keep their state across re-renders", () => {
    const { container } = render(
      <PrefabView
        envelope={{
          view: {
            type: "Column",
            children: [
              { type: "Input", name: "v", value: "a" },
              { type: "Small", content: "hooked-{{ v }}" },
            ],
          },
        }}
      />,
    );
    expect(container.textContent).toContain("hooked-a|hooked-a");
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "b" } });
    expect(container.textContent).toContain("hooked-a|hooked-b");
  });

  it("a view that suspends with use() shows once its promise resolves", async () => {
    let resolve!: (v: string) => void;
    ready = new Promise<string>((r) => {
      resolve = r;
    });
    let container!: HTMLElement;
    await act(async () => {
      container = render(
        <Suspense fallback={<i>wait</i>}>
          <PrefabView envelope={{ view: { type: "Column", children: [{ type: "Muted", content: "x" }] } }} />
        </Suspense>,
      ).container;
    });
    expect(container.textContent).toBe("wait");
    await act(async () => {
      resolve("loaded");
      await ready;
    });
    expect(container.textContent).toBe("loaded");
  });

  it("a failed node reports its full path and recovers when a new tool result replaces it", () => {
    const onIssues = vi.fn();
    const view = (label: string) => ({
      type: "Column",
      children: [
        { type: "Text", content: "first" },
        {
          type: "Row",
          children: [
            { type: "Text", content: "x" },
            { type: "Badge", label },
          ],
        },
      ],
    });
    const { rerender } = render(<PrefabView onIssues={onIssues} envelope={{ view: view("boom") }} />);
    expect(screen.getByRole("alert").getAttribute("data-prefab-error")).toBe("view.children[1].children[1]");
    expect(onIssues).toHaveBeenCalledWith([
      expect.objectContaining({ path: "view.children[1].children[1]" }),
    ]);
    rerender(<PrefabView onIssues={onIssues} envelope={{ view: view("fine") }} />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("fine")).toBeTruthy();
  });

  it("static leaves (no templates, events or children) render in place and survive their parent's re-render", () => {
    const { container } = render(
      <PrefabView
        envelope={{
          view: {
            type: "Column",
            children: [
              { type: "Input", name: "gap", value: "gap-1" },
              {
                type: "Row",
                cssClass: "{{ gap }}",
                children: [
                  { type: "P", content: "static text" },
                  { type: "Badge", label: "boom" },
                ],
              },
            ],
          },
        }}
        onIssues={() => {}}
      />,
    );
    const text = screen.getByText("static text");
    expect(screen.getByRole("alert").getAttribute("data-prefab-error")).toBe("view.children[1].children[1]");
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "gap-4" } });
    expect(container.querySelector(".gap-4")).toBeTruthy();
    expect(screen.getByText("static text")).toBe(text);
  });

  it("inside static containers, templated nodes still update alone and a failing node is still isolated", () => {
    render(
      <PrefabView
        envelope={{
          state: { n: 1 },
          view: {
            type: "Column",
            children: [
              { type: "Input", name: "n" },
              {
                type: "Card",
                children: [
                  {
                    type: "CardContent",
                    children: [
                      {
                        type: "Row",
                        children: [
                          { type: "Text", content: "n={{ n }}" },
                          { type: "Badge", label: "boom" },
                          { type: "Text", content: "static sibling" },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        }}
        onIssues={() => {}}
      />,
    );
    expect(screen.getByText("n=1")).toBeTruthy();
    expect(screen.getByText("static sibling")).toBeTruthy();
    expect(screen.getByRole("alert").getAttribute("data-prefab-error")).toBe(
      "view.children[1].children[0].children[0].children[1]",
    );
    renders.clear();
    fireEvent.change(screen.getByRole("textbox"), { target: { value: "7" } });
    expect(screen.getByText("n=7")).toBeTruthy();
    expect(Object.fromEntries(renders)).toEqual({ "n=7": 1 });
  });
  it("a static node's view reads its path and renders other node lists (prototype getters)", () => {
    const Span = getView("Span")!;
    registerViews({
      Span: (p: NodeViewProps) => (
        <span data-testid="static" data-path={p.path}>
          {p.renderNodes([{ type: "P", content: "panel" }] as never, "panel")}
        </span>
      ),
    });
    try {
      render(
        <PrefabView
          envelope={{ view: { type: "Column", children: [{ type: "P", content: "a" }, { type: "Span" }] } }}
          onIssues={() => {}}
        />,
      );
      expect(screen.getByTestId("static").getAttribute("data-path")).toBe("view.children[1]");
      expect(screen.getByText("panel")).toBeTruthy();
    } finally {
      registerViews({ Span } as Registry);
    }
  });
});
