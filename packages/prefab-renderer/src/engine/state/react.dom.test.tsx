// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { memo } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { StoreProvider, useStateValue, useStore, useStoreValue } from "./react.js";
import { createStore, type Store } from "./store.js";

afterEach(cleanup);

/** Render counts by path, reset per test. */
let renders: Record<string, number> = {};

// memo keeps parent renders out of the count: only store notifications can re-render these.
const Field = memo(function Field({ store, path }: { store: Store; path: string }) {
  renders[path] = (renders[path] ?? 0) + 1;
  const value = useStoreValue(store, path);
  return <span data-testid={path}>{String(value)}</span>;
});

function Sum({ store }: { store: Store }) {
  renders.sum = (renders.sum ?? 0) + 1;
  const a = useStoreValue(store, "a") as number;
  const b = useStoreValue(store, "b") as number;
  return <span data-testid="sum">{a + b}</span>;
}

let seenStore: Store | undefined;
function Greeting() {
  seenStore = useStore();
  return <p data-testid="g">{String(useStateValue("greeting"))}</p>;
}

function Orphan() {
  useStore();
  return null;
}

describe("useStoreValue", () => {
  it("a write to one key re-renders only the component reading it", () => {
    renders = {};
    const store = createStore({ name: "Ann", email: "ann@example.com", user: { city: "Oslo" } });
    render(
      <>
        <Field store={store} path="name" />
        <Field store={store} path="email" />
        <Field store={store} path="user" />
        <Field store={store} path="user.city" />
      </>,
    );
    expect(renders).toEqual({ name: 1, email: 1, user: 1, "user.city": 1 });

    act(() => {
      store.set("name", "Bob");
    });
    expect(screen.getByTestId("name").textContent).toBe("Bob");
    expect(renders).toEqual({ name: 2, email: 1, user: 1, "user.city": 1 });

    // Three more keystrokes into `name` still leave `email` alone.
    for (const text of ["B", "Bo", "Bob!"]) {
      act(() => {
        store.set("name", text);
      });
    }
    expect(renders).toEqual({ name: 5, email: 1, user: 1, "user.city": 1 });

    // A nested write reaches the ancestor and the leaf, nobody else.
    act(() => {
      store.set("user.city", "Bergen");
    });
    expect(screen.getByTestId("user.city").textContent).toBe("Bergen");
    expect(renders).toEqual({ name: 5, email: 1, user: 2, "user.city": 2 });

    // A write that changes nothing re-renders nothing.
    act(() => {
      store.set("email", "ann@example.com");
    });
    expect(renders).toEqual({ name: 5, email: 1, user: 2, "user.city": 2 });
  });

  it("subscribes to its own path only, so other writes never even wake it", () => {
    renders = {};
    const store = createStore({ name: "Ann", email: "e" });
    const wakeUps: Record<string, number> = {};
    const subscribedPaths: string[] = [];
    // Count listener calls per subscribed path: React's snapshot comparison would hide a coarse
    // subscription from render counts, this does not.
    const spied: Store = {
      ...store,
      subscribe(path, listener) {
        subscribedPaths.push(path);
        return store.subscribe(path, () => {
          wakeUps[path] = (wakeUps[path] ?? 0) + 1;
          listener();
        });
      },
    };
    render(<Field store={spied} path="email" />);
    act(() => {
      store.set("name", "Bob");
    });
    expect(subscribedPaths.length).toBeGreaterThan(0);
    expect(subscribedPaths.every((path) => path === "email")).toBe(true);
    expect(wakeUps.email ?? 0).toBe(0);
    act(() => {
      store.set("email", "f");
    });
    expect(wakeUps.email).toBe(1);
  });

  it("a batch of writes renders once", () => {
    renders = {};
    const store = createStore({ a: 0, b: 0 });
    render(<Sum store={store} />);
    act(() => {
      store.batch(() => {
        store.set("a", 1);
        store.set("b", 2);
      });
    });
    expect(screen.getByTestId("sum").textContent).toBe("3");
    expect(renders.sum).toBe(2);
  });

  it("resubscribes when the path prop changes", () => {
    const store = createStore({ a: "A", b: "B" });
    const { rerender } = render(<Field store={store} path="a" />);
    rerender(<Field store={store} path="b" />);
    expect(screen.getByTestId("b").textContent).toBe("B");
    act(() => {
      store.set("b", "B2");
    });
    expect(screen.getByTestId("b").textContent).toBe("B2");
  });
});

describe("StoreProvider", () => {
  it("provides the store through context", () => {
    const store = createStore({ greeting: "hello" });
    render(
      <StoreProvider store={store}>
        <Greeting />
      </StoreProvider>,
    );
    expect(seenStore).toBe(store);
    expect(screen.getByTestId("g").textContent).toBe("hello");
    act(() => {
      store.set("greeting", "hi");
    });
    expect(screen.getByTestId("g").textContent).toBe("hi");
  });

  it("useStore outside a provider throws a clear error", () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Orphan />)).toThrow(/StoreProvider/);
    } finally {
      console.error = original;
    }
  });
});
