// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PrefabView } from "../app/prefab-view.js";
import {
  getView,
  isLazyWrapper,
  type NodeViewProps,
  preloadViews,
  type Registry,
  registerLazyViews,
  registerViews,
} from "./registry.js";

afterEach(cleanup);

describe("lazy views", () => {
  it("a loaded chunk's view replaces its wrapper, so nodes call the real view (inline, no wrapper component)", async () => {
    const original = getView("Lead")!;
    const Real = (p: NodeViewProps) => <p data-real="">{String(p.props.content)}</p>;
    try {
      registerLazyViews(["Lead"], async () => ({ views: { Lead: Real } as Registry }));
      expect(isLazyWrapper(getView("Lead")!)).toBe(true);
      await preloadViews(["Lead"]);
      expect(getView("Lead")).toBe(Real);
      render(<PrefabView envelope={{ view: { type: "Lead", content: "hello" } }} />);
      expect(screen.getByText("hello").hasAttribute("data-real")).toBe(true);
    } finally {
      registerViews({ Lead: original } as Registry);
    }
  });
});
