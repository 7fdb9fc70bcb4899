/**
 * A DOM for `testApp` outside a browser. When the test runner already provides one
 * (vitest `environment: "happy-dom"` or `"jsdom"`), it is used as is; otherwise a
 * happy-dom `Window`'s globals are installed, before React DOM is first imported
 * (React DOM decides at import time whether it can use the DOM).
 */
let installed: Promise<void> | undefined;

export function ensureDom(): Promise<void> {
  installed ??= install();
  return installed;
}

async function install(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  // React only flushes effects synchronously inside act() when told it runs in a test.
  g.IS_REACT_ACT_ENVIRONMENT = true;
  if (typeof g.document === "object" && g.document !== null) return;
  let happy: { Window: new (options?: { url?: string }) => object };
  try {
    // A specifier in a variable: happy-dom is an optional peer, resolved only when needed.
    const name = "happy-dom";
    happy = (await import(name)) as typeof happy;
  } catch {
    throw new Error(
      "testApp needs a DOM: run the test with a DOM environment (vitest `environment: 'happy-dom'`) or install happy-dom",
    );
  }
  const win = new happy.Window({ url: "http://localhost/" }) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g) continue;
    try {
      g[key] = win[key];
    } catch {
      // Some window properties are getters that throw outside a browsing context; they are not needed.
    }
  }
  // Node has its own Event classes; DOM nodes only accept their window's.
  for (const key of [
    "Event",
    "CustomEvent",
    "MessageEvent",
    "UIEvent",
    "MouseEvent",
    "KeyboardEvent",
    "FocusEvent",
  ]) {
    g[key] = win[key];
  }
  g.window = win;
  g.document = win.document;
  for (const key of [
    "navigator",
    "location",
    "getComputedStyle",
    "requestAnimationFrame",
    "cancelAnimationFrame",
  ]) {
    if (g[key] === undefined || key === "navigator") {
      try {
        g[key] = win[key];
      } catch {
        // Node 21+ defines a read-only `navigator`; its own is good enough for React.
      }
    }
  }
}
