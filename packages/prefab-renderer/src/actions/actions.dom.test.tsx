// @vitest-environment happy-dom
/**
 * One interaction test per action kind (protocol §4, with the 0.3 changes of §14.4): a real `<PrefabView>`, real
 * Buttons clicked, and the DOM text bound to state read back. Host actions go through a recording `HostBridge`
 * that can answer or fail; the real ext-apps AppBridge path is test/browser/host.test.ts.
 */
import type { Issue } from "@prefab-ui/dsl";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrefabView, type PrefabViewProps } from "../app/prefab-view.js";
import { createStandaloneBridge, type HostBridge } from "../bridge/index.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers;
});

type Json = Record<string, unknown>;
type HandlerContext = { state: unknown; event: unknown; arguments: unknown };
type Method = "callServerTool" | "sendMessage" | "updateModelContext" | "openLink" | "requestDisplayMode";

/**
 * A HostBridge that records every host request and answers from `answers` (a value, or a function of the params
 * that may throw or reject). Unanswered methods resolve with `{}`.
 */
function recordingBridge(answers: Partial<Record<Method, unknown>> = {}) {
  const calls: [Method, unknown][] = [];
  const answer = (method: Method) => async (params: unknown) => {
    calls.push([method, params]);
    const a = answers[method];
    return typeof a === "function" ? await (a as (p: unknown) => unknown)(params) : (a ?? {});
  };
  const bridge: HostBridge = {
    ...createStandaloneBridge(),
    kind: "host",
    callServerTool: answer("callServerTool") as HostBridge["callServerTool"],
    sendMessage: answer("sendMessage") as HostBridge["sendMessage"],
    updateModelContext: answer("updateModelContext") as HostBridge["updateModelContext"],
    openLink: answer("openLink") as HostBridge["openLink"],
    requestDisplayMode: answer("requestDisplayMode") as HostBridge["requestDisplayMode"],
  };
  return { bridge, calls, of: (m: Method) => calls.filter(([c]) => c === m).map(([, p]) => p) };
}

const text = (content: string) => ({ type: "Text", content });
const button = (label: string, onClick: unknown) => ({ type: "Button", label, onClick });
const col = (...children: unknown[]) => ({ type: "Column", children });
const envelope = (view: unknown, state: Json = {}) => ({ $prefab: { version: "0.3" }, state, view });

function show(env: unknown, props: Partial<PrefabViewProps> = {}) {
  const issues: Issue[] = [];
  const utils = render(<PrefabView envelope={env} onIssues={(i) => issues.push(...i)} {...props} />);
  return { ...utils, issues };
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

/** Waits until a Text reads exactly `s` (action chains resolve over several microtasks). */
const sees = (s: string) => waitFor(() => expect(screen.getByText(s)).toBeTruthy());
const alerts = () => screen.queryAllByRole("alert").map((a) => a.textContent);

describe("toolCall", () => {
  it("sends interpolated arguments; resultKey and $result in onSuccess (mixed template interpolated late)", async () => {
    const host = recordingBridge({
      callServerTool: { content: [], structuredContent: { name: "Ada", id: 7 } },
    });
    show(
      envelope(
        col(
          button("Save", {
            action: "toolCall",
            tool: "save_contact",
            arguments: { name: "{{ draft }}", n: "{{ n + 1 }}" },
            resultKey: "contact",
            onSuccess: {
              action: "setState",
              key: "msg",
              value: "Saved {{ $result.name }} #{{ $result.id }}",
            },
          }),
          text("contact={{ contact.name }}"),
          text("msg={{ msg }}"),
        ),
        { draft: "Ada", n: 1, msg: "none" },
      ),
      { bridge: host.bridge },
    );
    await click("Save");
    await sees("msg=Saved Ada #7");
    expect(screen.getByText("contact=Ada")).toBeTruthy();
    expect(host.of("callServerTool")).toEqual([{ name: "save_contact", arguments: { name: "Ada", n: 2 } }]);
  });

  it("parses a text result as JSON when there is no structuredContent, and unwraps {result} on request", async () => {
    const host = recordingBridge({
      callServerTool: (p: { name: string }) =>
        p.name === "text"
          ? { content: [{ type: "text", text: '{"total": 42}' }] }
          : { content: [], structuredContent: { result: { total: 9 } } },
    });
    show(
      envelope(
        col(
          button("Text", { action: "toolCall", tool: "text", resultKey: "a" }),
          button("Wrapped", { action: "toolCall", tool: "wrapped", unwrapResult: true, resultKey: "b" }),
          text("a={{ a.total }} b={{ b.total }}"),
        ),
      ),
      { bridge: host.bridge },
    );
    await click("Text");
    await click("Wrapped");
    await sees("a=42 b=9");
    // No _meta without an app id in the envelope.
    expect(host.of("callServerTool")).toEqual([
      { name: "text", arguments: {} },
      { name: "wrapped", arguments: {} },
    ]);
  });

  it("sends the envelope's app as _meta.fastmcp.app", async () => {
    const host = recordingBridge({ callServerTool: { content: [], structuredContent: {} } });
    show(
      {
        ...envelope(button("Go", { action: "toolCall", tool: "t" })),
        _meta: { fastmcp: { app: "weather" } },
      },
      {
        bridge: host.bridge,
      },
    );
    await click("Go");
    await waitFor(() =>
      expect(host.of("callServerTool")).toEqual([
        { name: "t", arguments: {}, _meta: { fastmcp: { app: "weather" } } },
      ]),
    );
  });

  it("an isError result runs onError with $error = the result text; state and resultKey stay as they were", async () => {
    const host = recordingBridge({
      callServerTool: { content: [{ type: "text", text: "Contact exists" }], isError: true },
    });
    show(
      envelope(
        col(
          button("Save", {
            action: "toolCall",
            tool: "save",
            resultKey: "contact",
            onSuccess: { action: "setState", key: "msg", value: "ok" },
            onError: { action: "setState", key: "msg", value: "Failed: {{ $error }}" },
          }),
          text("msg={{ msg }} contact={{ contact }}"),
        ),
        { msg: "none", contact: "old" },
      ),
      { bridge: host.bridge },
    );
    await click("Save");
    await sees("msg=Failed: Contact exists contact=old");
    // Handled by onError: no toast.
    expect(alerts()).toEqual([]);
  });

  it("an unhandled failure (isError or thrown) shows an error toast (role=alert) and keeps state", async () => {
    let mode: "isError" | "throw" = "isError";
    const host = recordingBridge({
      callServerTool: () => {
        if (mode === "throw") throw new Error("transport closed");
        return { content: [{ type: "text", text: "quota exceeded" }], isError: true };
      },
    });
    const { issues } = show(
      envelope(
        col(
          button("Save", { action: "toolCall", tool: "save", resultKey: "contact" }),
          text("contact={{ contact }}"),
        ),
        { contact: "old" },
      ),
      { bridge: host.bridge },
    );
    await click("Save");
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toContain("toolCall failed");
    expect(alerts()[0]).toContain("quota exceeded");
    mode = "throw";
    await click("Save");
    await waitFor(() => expect(alerts()).toHaveLength(2));
    expect(alerts()[1]).toContain("transport closed");
    expect(screen.getByText("contact=old")).toBeTruthy();
    expect(issues.map((i) => i.message)).toEqual(["toolCall: quota exceeded", "toolCall: transport closed"]);
  });

  it("a call still pending when a new envelope arrives writes nothing into the new view and runs no callback", async () => {
    const pending: (() => void)[] = [];
    const host = recordingBridge({
      callServerTool: () =>
        new Promise((resolve) =>
          pending.push(() => resolve({ content: [], structuredContent: { v: "stale" } })),
        ),
    });
    const view = (label: string) =>
      envelope(
        col(
          button(label, {
            action: "toolCall",
            tool: "load",
            resultKey: "rows",
            onSuccess: { action: "sendMessage", content: "loaded" },
          }),
          text("rows={{ rows.v }}"),
        ),
        { rows: { v: label } },
      );
    const { rerender, unmount } = show(view("first"), { bridge: host.bridge });
    await click("first");
    rerender(<PrefabView envelope={view("second")} bridge={host.bridge} onIssues={() => {}} />);
    await act(async () => pending.shift()?.());
    expect(screen.getByText("rows=second")).toBeTruthy();
    // Unmounted alike: the answer arrives to nobody.
    await click("second");
    unmount();
    await act(async () => pending.shift()?.());
    expect(host.of("sendMessage")).toEqual([]);
  });

  it("a hostile resultKey is refused: $error, nothing written", async () => {
    const host = recordingBridge({ callServerTool: { content: [], structuredContent: { polluted: true } } });
    show(
      envelope(
        col(
          button("Go", {
            action: "toolCall",
            tool: "t",
            resultKey: "__proto__.x",
            onError: { action: "setState", key: "err", value: "{{ $error }}" },
          }),
          text("err={{ err }}"),
        ),
      ),
      { bridge: host.bridge },
    );
    await click("Go");
    await waitFor(() => expect(screen.getByText(/^err=.*__proto__/)).toBeTruthy());
    expect(({} as Json).x).toBeUndefined();
  });

  it("a thrown host error reaches onError as $error", async () => {
    const host = recordingBridge({
      callServerTool: () => Promise.reject(new Error("Request timed out")),
    });
    show(
      envelope(
        col(
          button("Go", {
            action: "toolCall",
            tool: "slow",
            onError: { action: "setState", key: "err", value: "{{ $error }}" },
          }),
          text("err={{ err }}"),
        ),
      ),
      { bridge: host.bridge },
    );
    await click("Go");
    await sees("err=Request timed out");
  });
});

describe("sendMessage", () => {
  it("sends the interpolated text as a user message; a refusal or a throw reaches onError", async () => {
    let answer: unknown = {};
    const host = recordingBridge({
      sendMessage: () => {
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    show(
      envelope(
        col(
          button("Ask", {
            action: "sendMessage",
            content: "Summarise {{ city }}",
            onSuccess: { action: "setState", key: "status", value: "sent" },
            onError: { action: "setState", key: "status", value: "error: {{ $error }}" },
          }),
          text("status={{ status }}"),
        ),
        { city: "Paris", status: "idle" },
      ),
      { bridge: host.bridge },
    );
    await click("Ask");
    await sees("status=sent");
    expect(host.of("sendMessage")).toEqual([
      { role: "user", content: [{ type: "text", text: "Summarise Paris" }] },
    ]);
    answer = { isError: true };
    await click("Ask");
    await sees("status=error: the host refused the message");
    answer = new Error("no chat");
    await click("Ask");
    await sees("status=error: no chat");
  });

  it("without a host it fails visibly", async () => {
    show(envelope(button("Ask", { action: "sendMessage", content: "hi" })));
    await click("Ask");
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toContain("No MCP Apps host connected");
  });
});

describe("updateContext", () => {
  it("sends content and structuredContent (a sole template keeps its object); a throw reaches onError", async () => {
    let fail = false;
    const host = recordingBridge({
      updateModelContext: () => {
        if (fail) throw new Error("not supported");
        return undefined;
      },
    });
    show(
      envelope(
        col(
          button("Tell", {
            action: "updateContext",
            content: "User picked {{ pick.name }}",
            structuredContent: "{{ pick }}",
            onSuccess: { action: "setState", key: "s", value: "told" },
            onError: { action: "setState", key: "s", value: "{{ $error }}" },
          }),
          button("Empty", { action: "updateContext" }),
          text("s={{ s }}"),
        ),
        { pick: { name: "Ada", id: 1 }, s: "-" },
      ),
      { bridge: host.bridge },
    );
    await click("Tell");
    await sees("s=told");
    await click("Empty");
    await waitFor(() => expect(host.of("updateModelContext")).toHaveLength(2));
    expect(host.of("updateModelContext")).toEqual([
      { content: [{ type: "text", text: "User picked Ada" }], structuredContent: { name: "Ada", id: 1 } },
      {},
    ]);
    fail = true;
    await click("Tell");
    await sees("s=not supported");
  });
});

describe("openLink", () => {
  const linkView = (url: string) =>
    envelope(
      col(
        button("Open", {
          action: "openLink",
          url,
          onSuccess: { action: "setState", key: "s", value: "opened" },
          onError: { action: "setState", key: "s", value: "{{ $error }}" },
        }),
        text("s={{ s }}"),
      ),
      { s: "-" },
    );

  it.each(["https://example.com/a?b=1", "http://example.com", "mailto:ada@example.com", "tel:+441234567"])(
    "asks the host to open %s",
    async (url) => {
      const host = recordingBridge();
      const open = vi.spyOn(window, "open").mockReturnValue(null);
      show(linkView(url), { bridge: host.bridge });
      await click("Open");
      await sees("s=opened");
      expect(host.of("openLink")).toEqual([{ url }]);
      expect(open).not.toHaveBeenCalled();
    },
  );

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
  ])("refuses %j: it never reaches the bridge nor window.open", async (url) => {
    const host = recordingBridge();
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    show(linkView(url), { bridge: host.bridge });
    await click("Open");
    await waitFor(() => expect(screen.getByText(/^s=refused to open/)).toBeTruthy());
    expect(host.calls).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it("a hostile URL coming from state is refused too", async () => {
    const host = recordingBridge();
    show(
      envelope(button("Open", { action: "openLink", url: "{{ link }}" }), { link: "javascript:alert(1)" }),
      {
        bridge: host.bridge,
      },
    );
    await click("Open");
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toContain("openLink failed");
    expect(host.calls).toEqual([]);
  });

  it("falls back to window.open (noopener) when the host answers isError", async () => {
    const host = recordingBridge({ openLink: { isError: true } });
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    show(linkView("https://example.com"), { bridge: host.bridge });
    await click("Open");
    await sees("s=opened");
    expect(open).toHaveBeenCalledWith("https://example.com", "_blank", "noopener,noreferrer");
  });
});

describe("requestDisplayMode", () => {
  it("asks for the mode; $result is the mode the host chose; a throw reaches onError", async () => {
    const host = recordingBridge({
      requestDisplayMode: (p: { mode: string }) => {
        if (p.mode === "pip") throw new Error("pip unavailable");
        return { mode: "inline" };
      },
    });
    show(
      envelope(
        col(
          ...["fullscreen", "pip"].map((mode) =>
            button(mode, {
              action: "requestDisplayMode",
              mode,
              onSuccess: { action: "setState", key: "mode", value: "{{ $result }}" },
              onError: { action: "setState", key: "mode", value: "error: {{ $error }}" },
            }),
          ),
          text("mode={{ mode }}"),
        ),
        { mode: "-" },
      ),
      { bridge: host.bridge },
    );
    await click("fullscreen");
    await sees("mode=inline");
    await click("pip");
    await sees("mode=error: pip unavailable");
    expect(host.of("requestDisplayMode")).toEqual([{ mode: "fullscreen" }, { mode: "pip" }]);
  });
});

describe("setState", () => {
  it("writes literals, typed sole templates, nested dot paths and templated keys", async () => {
    show(
      envelope(
        col(
          button("Set", [
            { action: "setState", key: "n", value: "{{ n + 1 }}" },
            { action: "setState", key: "user.name", value: "Ada" },
            { action: "setState", key: "flag", value: true },
          ]),
          text("n={{ n }} next={{ n + 1 }} user={{ user.name }} flag={{ flag }}"),
          {
            type: "ForEach",
            key: "items",
            children: [
              button("Done {{ $item.t }}", {
                action: "setState",
                key: "items.{{ $index }}.done",
                value: true,
              }),
            ],
          },
          text("items={{ items.0.done }} {{ items.1.done }}"),
        ),
        {
          n: 1,
          items: [
            { t: "a", done: false },
            { t: "b", done: false },
          ],
        },
      ),
    );
    await click("Set");
    // "{{ n + 1 }}" stays a number: n + 1 is 3, not "21".
    await sees("n=2 next=3 user=Ada flag=true");
    await click("Done b");
    await sees("items=false true");
  });

  it("written state survives a host context change to another locale (a new runtime, same envelope)", async () => {
    const env = envelope(col(button("Set", { action: "setState", key: "n", value: 5 }), text("n={{ n }}")), {
      n: 0,
    });
    const { rerender } = show(env, { hostContext: { locale: "en-US" } });
    await click("Set");
    await sees("n=5");
    rerender(<PrefabView envelope={env} onIssues={() => {}} hostContext={{ locale: "de-DE" }} />);
    expect(screen.getByText("n=5")).toBeTruthy();
    // A new envelope does reset it.
    rerender(<PrefabView envelope={{ ...env }} onIssues={() => {}} hostContext={{ locale: "de-DE" }} />);
    expect(screen.getByText("n=0")).toBeTruthy();
  });

  it.each([
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a.__proto__.polluted",
    "prototype",
    "$host",
  ])("refuses the hostile path %j: nothing written, an error toast, the list stops", async (key) => {
    const { issues } = show(
      envelope(
        col(
          button("Set", [
            { action: "setState", key, value: "yes" },
            { action: "setState", key: "after", value: "ran" },
          ]),
          text("after={{ after }}"),
        ),
        { after: "-" },
      ),
    );
    await click("Set");
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toContain("setState failed");
    expect(screen.getByText("after=-")).toBeTruthy();
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
    expect(issues.some((i) => i.message.startsWith("setState:"))).toBe(true);
  });
});

describe("toggleState", () => {
  it("flips a boolean, starts a missing key at true, works on nested paths", async () => {
    show(
      envelope(
        col(
          button("Toggle", [
            { action: "toggleState", key: "open" },
            { action: "toggleState", key: "fresh" },
            { action: "toggleState", key: "ui.dark" },
          ]),
          text("open={{ open }} fresh={{ fresh }} dark={{ ui.dark }}"),
        ),
        { open: false, ui: { dark: true } },
      ),
    );
    await click("Toggle");
    await sees("open=true fresh=true dark=false");
    await click("Toggle");
    await sees("open=false fresh=false dark=true");
  });

  it("refuses a prototype path", async () => {
    show(envelope(button("Toggle", { action: "toggleState", key: "constructor.prototype.polluted" })));
    await click("Toggle");
    await waitFor(() => expect(alerts()).toEqual([expect.stringContaining("toggleState failed")]));
    expect((Object.prototype as Json).polluted).toBeUndefined();
  });
});

describe("appendState", () => {
  it("pushes, inserts at an index (negative from the end), creates a missing list", async () => {
    show(
      envelope(
        col(
          button("Add", { action: "appendState", key: "todos", value: "{{ draft }}" }),
          button("First", { action: "appendState", key: "todos", value: "zero", index: 0 }),
          button("Before last", { action: "appendState", key: "todos", value: "mid", index: -1 }),
          button("New list", { action: "appendState", key: "fresh", value: { n: 1 } }),
          text("todos={{ todos | join }} fresh={{ fresh.length }}"),
        ),
        { todos: ["a"], draft: "b" },
      ),
    );
    await click("Add");
    await click("First");
    await click("Before last");
    await click("New list");
    await sees("todos=zero, a, mid, b fresh=1");
  });

  it("a non-array target fails into onError and is left alone", async () => {
    show(
      envelope(
        col(
          button("Add", {
            action: "appendState",
            key: "name",
            value: "x",
            onError: { action: "setState", key: "err", value: "{{ $error }}" },
          }),
          text("name={{ name }} err={{ err }}"),
        ),
        { name: "Ada" },
      ),
    );
    await click("Add");
    await sees('name=Ada err=appendState: "name" is a string, not an array');
  });
});

describe("popState", () => {
  it("removes by index from a ForEach row ({{ $index }}) and from the end; $result is the removed item", async () => {
    show(
      envelope(
        col(
          {
            type: "ForEach",
            key: "todos",
            children: [
              button("Remove {{ $item }}", { action: "popState", key: "todos", index: "{{ $index }}" }),
            ],
          },
          button("Pop last", {
            action: "popState",
            key: "todos",
            index: -1,
            onSuccess: { action: "setState", key: "removed", value: "{{ $result }}" },
          }),
          text("todos={{ todos | join }} removed={{ removed }}"),
        ),
        { todos: ["a", "b", "c", "d"], removed: "-" },
      ),
    );
    await click("Remove b");
    await sees("todos=a, c, d removed=-");
    await click("Pop last");
    await sees("todos=a, c removed=d");
  });

  it("out of range or not an array fails into onError", async () => {
    show(
      envelope(
        col(
          button("Pop", {
            action: "popState",
            key: "todos",
            index: 5,
            onError: { action: "setState", key: "err", value: "{{ $error }}" },
          }),
          button("Pop scalar", {
            action: "popState",
            key: "n",
            index: 0,
            onError: { action: "setState", key: "err", value: "{{ $error }}" },
          }),
          text("err={{ err }} todos={{ todos | join }}"),
        ),
        { todos: ["a"], n: 1 },
      ),
    );
    await click("Pop");
    await sees('err=popState: index 5 is out of range for "todos" (length 1) todos=a');
    await click("Pop scalar");
    await sees('err=popState: "n" is number, not an array todos=a');
  });
});

describe("showToast", () => {
  it("shows the interpolated message and description; error is an alert, others a status", async () => {
    show(
      envelope(
        col(
          button("Ok", {
            action: "showToast",
            message: "Saved {{ name }}",
            description: "All good",
            variant: "success",
          }),
          button("Bad", { action: "showToast", message: "Broken", variant: "error" }),
        ),
        { name: "Ada" },
      ),
    );
    await click("Ok");
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("Saved Ada");
    expect(status.textContent).toContain("All good");
    await click("Bad");
    await waitFor(() => expect(alerts()).toEqual([expect.stringContaining("Broken")]));
  });

  it("goes away after its duration, or when dismissed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    show(
      envelope(
        col(
          button("Quick", { action: "showToast", message: "Quick one", duration: 500 }),
          button("Slow", { action: "showToast", message: "Slow one", duration: 60_000 }),
        ),
      ),
    );
    // waitFor polls with setTimeout, faked here: flush the clicks' promises through act instead.
    await click("Quick");
    await click("Slow");
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getAllByRole("status")).toHaveLength(2);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(screen.queryByText("Quick one")).toBeNull();
    expect(screen.getByText("Slow one")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Dismiss notification" }));
    });
    expect(screen.queryByText("Slow one")).toBeNull();
  });
});

describe("closeOverlay", () => {
  it("closes the enclosing Dialog and continues with onSuccess", async () => {
    show(
      envelope(
        col(
          {
            type: "Dialog",
            title: "Confirm",
            children: [
              button("Open dialog", undefined),
              button("Done", {
                action: "closeOverlay",
                onSuccess: { action: "setState", key: "s", value: "closed" },
              }),
            ],
          },
          text("s={{ s }}"),
        ),
        { s: "-" },
      ),
    );
    await click("Open dialog");
    expect(screen.getByRole("dialog")).toBeTruthy();
    await click("Done");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await sees("s=closed");
  });

  it("outside any overlay it is a harmless success", async () => {
    show(
      envelope(
        col(
          button("Close", [{ action: "closeOverlay" }, { action: "setState", key: "s", value: "next ran" }]),
          text("s={{ s }}"),
        ),
        { s: "-" },
      ),
    );
    await click("Close");
    await sees("s=next ran");
    expect(alerts()).toEqual([]);
  });
});

describe("openFilePicker", () => {
  /** The hidden input the action adds to the page, once the click has reached it. */
  const pickerInput = () =>
    waitFor(() => {
      const input = document.body.querySelector<HTMLInputElement>("input[type=file]");
      expect(input).not.toBeNull();
      return input!;
    });
  /** What a user's choice in the file dialog does: set the input's files and fire `change`. */
  const choose = async (input: HTMLInputElement, files: File[]) => {
    Object.defineProperty(input, "files", { configurable: true, value: files });
    await act(async () => {
      fireEvent.change(input);
    });
  };
  const pickerView = (fields: Json) =>
    envelope(
      col(
        button("Upload", {
          action: "openFilePicker",
          ...fields,
          onSuccess: {
            action: "setState",
            key: "s",
            value:
              "{{ $result.length }} file(s): {{ $result.0.name }} {{ $result.0.size }} {{ $result.0.type }} {{ $result.0.data }}",
          },
          onError: { action: "setState", key: "s", value: "error: {{ $error }}" },
        }),
        text("s={{ s }}"),
      ),
      { s: "-" },
    );

  it("opens a file input with accept/multiple; chosen files arrive base64-encoded as $result", async () => {
    show(pickerView({ accept: "text/*,.csv", multiple: true, maxSize: 1024 }));
    await click("Upload");
    const input = await pickerInput();
    expect(input.accept).toBe("text/*,.csv");
    expect(input.multiple).toBe(true);
    await choose(input, [new File(["hello"], "a.txt", { type: "text/plain" })]);
    await sees(`s=1 file(s): a.txt 5 text/plain ${btoa("hello")}`);
    expect(document.body.querySelector("input[type=file]")).toBeNull();
  });

  it("onSuccess also sees the files as $event, as the Python docstrings describe", async () => {
    show(
      envelope(
        col(
          button("Upload", {
            action: "openFilePicker",
            onSuccess: { action: "setState", key: "s", value: "{{ $event.0.name }}/{{ $result.0.name }}" },
          }),
          text("s={{ s }}"),
        ),
      ),
    );
    await click("Upload");
    await choose(await pickerInput(), [new File(["x"], "a.txt", { type: "text/plain" })]);
    await sees("s=a.txt/a.txt");
  });

  it("a file over maxSize fails into onError, naming the file and the limit", async () => {
    show(pickerView({ maxSize: 4 }));
    await click("Upload");
    await choose(await pickerInput(), [new File(["hello"], "big.txt", { type: "text/plain" })]);
    await sees("s=error: big.txt: larger than 4 bytes");
  });

  it("names a larger limit in KiB", async () => {
    show(pickerView({ maxSize: 1536 }));
    await click("Upload");
    await choose(await pickerInput(), [new File(["x".repeat(3000)], "big.txt", { type: "text/plain" })]);
    await sees("s=error: big.txt: larger than 1.5 KiB");
  });

  it("a file the accept list refuses fails into onError", async () => {
    show(pickerView({ accept: "image/*" }));
    await click("Upload");
    await choose(await pickerInput(), [new File(["x"], "notes.txt", { type: "text/plain" })]);
    await sees("s=error: notes.txt: type not accepted");
  });

  it("cancelling (or choosing nothing) ends quietly: neither onSuccess nor onError", async () => {
    show(pickerView({}));
    await click("Upload");
    const input = await pickerInput();
    await act(async () => {
      input.dispatchEvent(new Event("cancel"));
    });
    expect(document.body.querySelector("input[type=file]")).toBeNull();
    await click("Upload");
    await choose(await pickerInput(), []);
    expect(document.body.querySelector("input[type=file]")).toBeNull();
    expect(screen.getByText("s=-")).toBeTruthy();
    expect(alerts()).toEqual([]);
  });
});

describe("fetch", () => {
  const fetchView = (fields: Json) =>
    envelope(
      col(
        button("Load", {
          action: "fetch",
          ...fields,
          onSuccess: { action: "setState", key: "s", value: "ok {{ $result.total }}" },
          onError: { action: "setState", key: "s", value: "error: {{ $error }}" },
        }),
        text("s={{ s }} data={{ data.total }}"),
      ),
      { s: "-", id: 5 },
    );

  it("GETs the interpolated URL; parsed JSON goes to resultKey and $result", async () => {
    const fetchMock = vi.fn(async () => new Response('{"total": 3}', { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    show(
      fetchView({
        url: "https://api.example.com/items/{{ id }}",
        resultKey: "data",
        body: { ignored: true },
      }),
    );
    await click("Load");
    await sees("s=ok 3 data=3");
    expect(fetchMock).toHaveBeenCalledWith("https://api.example.com/items/5", { method: "GET", headers: {} });
  });

  it("POSTs an object body as JSON with a Content-Type unless one is given", async () => {
    const fetchMock = vi.fn(async () => new Response("", { status: 204 }));
    vi.stubGlobal("fetch", fetchMock);
    show(fetchView({ url: "/api/items", method: "post", body: { id: "{{ id }}" } }));
    await click("Load");
    await waitFor(() => expect(screen.getByText(/^s=ok/).textContent).toBe("s=ok  data="));
    expect(fetchMock).toHaveBeenCalledWith("/api/items", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"id":5}',
    });
  });

  it("a non-2xx response reports '<status> <statusText>' into $error and writes nothing", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("nope", { status: 503, statusText: "Service Unavailable" })),
    );
    show(fetchView({ url: "/api/items", resultKey: "data" }));
    await click("Load");
    await sees("s=error: 503 Service Unavailable data=");
  });

  it("a network error reports its message; a hostile URL is refused before any request", async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    vi.stubGlobal("fetch", fetchMock);
    show(fetchView({ url: "/api/items" }));
    await click("Load");
    await sees("s=error: Failed to fetch data=");
    cleanup();
    fetchMock.mockClear();
    show(fetchView({ url: "javascript:alert(1)" }));
    await click("Load");
    await waitFor(() => expect(screen.getByText(/^s=error: refused to fetch/)).toBeTruthy());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("setInterval", () => {
  // Only intervals are faked: React, waitFor and toasts keep their real timers.
  const fakeIntervals = () => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  const advance = (ms: number) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });

  it("ticks with $event = tick number, stops after count and runs onComplete", async () => {
    fakeIntervals();
    show(
      envelope(
        col(
          button("Start", {
            action: "setInterval",
            duration: 1000,
            count: 3,
            onTick: [
              { action: "setState", key: "tick", value: "{{ $event }}" },
              { action: "appendState", key: "log", value: "{{ $event }}" },
            ],
            onComplete: { action: "setState", key: "done", value: true },
            onSuccess: { action: "setState", key: "started", value: true },
          }),
          text("tick={{ tick }} log={{ log | join }} done={{ done }} started={{ started }}"),
        ),
        { tick: 0, log: [], done: false, started: false },
      ),
    );
    await click("Start");
    // setInterval succeeds at once: onSuccess does not wait for the ticks.
    await sees("tick=0 log= done=false started=true");
    await advance(1000);
    await sees("tick=1 log=1 done=false started=true");
    await advance(2000);
    await sees("tick=3 log=1, 2, 3 done=true started=true");
    expect(vi.getTimerCount()).toBe(0);
    await advance(5000);
    expect(screen.getByText("tick=3 log=1, 2, 3 done=true started=true")).toBeTruthy();
  });

  it("stops when `while` turns false (re-read each tick); onComplete at once if it is false at start", async () => {
    fakeIntervals();
    show(
      envelope(
        col(
          button("Start", {
            action: "setInterval",
            duration: 100,
            while: "{{ running }}",
            onTick: { action: "setState", key: "tick", value: "{{ $event }}" },
            onComplete: { action: "appendState", key: "completed", value: "{{ tick }}" },
          }),
          button("Stop", { action: "setState", key: "running", value: false }),
          text("tick={{ tick }} completed={{ completed | join }}"),
        ),
        { running: true, tick: 0, completed: [] },
      ),
    );
    await click("Start");
    await advance(200);
    await sees("tick=2 completed=");
    await click("Stop");
    await advance(100);
    await sees("tick=3 completed=3");
    expect(vi.getTimerCount()).toBe(0);
    await click("Start");
    await sees("tick=3 completed=3, 3");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("re-reads a templated duration after each tick", async () => {
    fakeIntervals();
    show(
      envelope(
        col(
          button("Start", {
            action: "setInterval",
            duration: "{{ ms }}",
            onTick: [
              { action: "setState", key: "tick", value: "{{ $event }}" },
              { action: "setState", key: "ms", value: 5000 },
            ],
          }),
          text("tick={{ tick }}"),
        ),
        { ms: 100, tick: 0 },
      ),
    );
    await click("Start");
    await advance(100);
    await sees("tick=1");
    await advance(4000);
    expect(screen.getByText("tick=1")).toBeTruthy();
    await advance(1000);
    await sees("tick=2");
  });

  it("a slow onTick (a pending tool call) is not overlapped: at most `count` onTicks and one onComplete", async () => {
    fakeIntervals();
    const pending: (() => void)[] = [];
    const host = recordingBridge({
      callServerTool: () =>
        new Promise((resolve) => pending.push(() => resolve({ content: [], structuredContent: {} }))),
    });
    show(
      envelope(
        col(
          button("Poll", {
            action: "setInterval",
            duration: 100,
            count: 2,
            onTick: { action: "toolCall", tool: "poll", arguments: { n: "{{ $event }}" } },
            onComplete: { action: "appendState", key: "completed", value: 1 },
          }),
          text("completed={{ completed | length }}"),
        ),
        { completed: [] },
      ),
      { bridge: host.bridge },
    );
    await click("Poll");
    await advance(500);
    expect(host.of("callServerTool")).toEqual([{ name: "poll", arguments: { n: 1 } }]);
    await act(async () => pending.shift()?.());
    await advance(500);
    await act(async () => pending.shift()?.());
    await advance(500);
    await sees("completed=1");
    expect(host.of("callServerTool")).toEqual([
      { name: "poll", arguments: { n: 1 } },
      { name: "poll", arguments: { n: 2 } },
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a tick still running when the view unmounts runs neither onComplete nor anything after it", async () => {
    fakeIntervals();
    const pending: (() => void)[] = [];
    const host = recordingBridge({
      callServerTool: (p: { name: string }) =>
        p.name === "poll"
          ? new Promise((resolve) => pending.push(() => resolve({ content: [], structuredContent: {} })))
          : { content: [], structuredContent: {} },
    });
    const { unmount } = show(
      envelope(
        button("Poll", {
          action: "setInterval",
          duration: 100,
          count: 1,
          onTick: { action: "toolCall", tool: "poll" },
          onComplete: { action: "toolCall", tool: "after" },
        }),
      ),
      { bridge: host.bridge },
    );
    await click("Poll");
    await advance(100);
    expect(pending).toHaveLength(1);
    unmount();
    await act(async () => pending.shift()?.());
    await advance(500);
    expect(host.of("callServerTool")).toEqual([{ name: "poll", arguments: {} }]);
  });

  it("its timer is cleared when the view unmounts, and when a new envelope arrives", async () => {
    fakeIntervals();
    const start = (label: string) =>
      envelope(
        col(
          button(label, {
            action: "setInterval",
            duration: 100,
            onTick: { action: "toggleState", key: "t" },
          }),
          text("t={{ t }}"),
        ),
        { t: false },
      );
    const first = start("Start");
    const { unmount, rerender } = show(first);
    await click("Start");
    expect(vi.getTimerCount()).toBe(1);
    rerender(<PrefabView envelope={start("Again")} onIssues={() => {}} />);
    expect(vi.getTimerCount()).toBe(0);
    await click("Again");
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("callHandler", () => {
  it("calls a registered handler with state, event and arguments; its object is merged and is $result", async () => {
    const add = vi.fn(({ state, arguments: args }: HandlerContext) => ({
      total: ((state as Json).total as number) + ((args as Json).n as number),
    }));
    show(
      envelope(
        col(
          button("Add", {
            action: "callHandler",
            handler: "add",
            arguments: { n: "{{ step }}" },
            onSuccess: { action: "setState", key: "msg", value: "now {{ $result.total }}" },
          }),
          text("total={{ total }} msg={{ msg }}"),
        ),
        { total: 1, step: 2, msg: "-" },
      ),
      { handlers: { add } },
    );
    await click("Add");
    await sees("total=3 msg=now 3");
    expect(add).toHaveBeenCalledWith({
      state: expect.objectContaining({ total: 1, step: 2 }),
      event: undefined,
      arguments: { n: 2 },
    });
  });

  it("finds handlers in globalThis.__prefab_handlers.actions; a non-object return leaves $result undefined", async () => {
    (globalThis as { __prefab_handlers?: unknown }).__prefab_handlers = {
      actions: { double: ({ state }: { state: Json }) => ({ n: (state.n as number) * 2 }), noop: () => 42 },
    };
    show(
      envelope(
        col(
          button("Double", { action: "callHandler", handler: "double" }),
          button("Noop", {
            action: "callHandler",
            handler: "noop",
            onSuccess: { action: "setState", key: "r", value: "r:{{ $result | default:none }}" },
          }),
          text("n={{ n }} r={{ r }}"),
        ),
        { n: 3, r: "-" },
      ),
    );
    await click("Double");
    await sees("n=6 r=-");
    await click("Noop");
    await sees("n=6 r=r:none");
  });

  it("the event reaches the handler and its callbacks", async () => {
    const seen = vi.fn(({ event }: { event: unknown }) => ({ echoed: event }));
    show(
      envelope(
        col(
          {
            type: "Input",
            name: "q",
            placeholder: "Query",
            onChange: {
              action: "callHandler",
              handler: "seen",
              onSuccess: { action: "setState", key: "msg", value: "{{ $event }}/{{ $result.echoed }}" },
            },
          },
          text("msg={{ msg }}"),
        ),
      ),
      { handlers: { seen } },
    );
    await act(async () => {
      fireEvent.change(screen.getByPlaceholderText("Query"), { target: { value: "abc" } });
    });
    await sees("msg=abc/abc");
    expect(seen.mock.calls[0]![0].event).toBe("abc");
  });

  it('an unknown handler (also an Object.prototype name) fails with Unknown handler: "name"', async () => {
    show(
      envelope(
        col(
          ...["nope", "constructor", "toString"].map((handler) =>
            button(handler, {
              action: "callHandler",
              handler,
              onError: { action: "setState", key: "err", value: "Failed: {{ $error }}" },
            }),
          ),
          text("err={{ err }}"),
        ),
      ),
    );
    await click("nope");
    await sees('err=Failed: Unknown handler: "nope"');
    await click("constructor");
    await sees('err=Failed: Unknown handler: "constructor"');
    await click("toString");
    await sees('err=Failed: Unknown handler: "toString"');
  });

  it("handlers given inline (a new object on every parent render) keep state and running timers", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const env = envelope(
      col(
        button("Add", { action: "callHandler", handler: "add" }),
        button("Tick", {
          action: "setInterval",
          duration: 100,
          onTick: { action: "callHandler", handler: "add" },
        }),
        text("total={{ total }}"),
      ),
      { total: 0 },
    );
    const add = ({ state }: HandlerContext) => ({ total: ((state as Json).total as number) + 1 });
    const { rerender } = show(env, { handlers: { add } });
    await click("Add");
    await sees("total=1");
    await click("Tick");
    // The embedding page re-renders, passing an equal but new handlers object.
    rerender(<PrefabView envelope={env} onIssues={() => {}} handlers={{ add }} />);
    expect(screen.getByText("total=1")).toBeTruthy();
    expect(vi.getTimerCount()).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    await sees("total=2");
  });

  it("a thrown handler fails with its message and writes nothing", async () => {
    show(
      envelope(
        col(
          button("Boom", [
            { action: "callHandler", handler: "boom" },
            { action: "setState", key: "after", value: "ran" },
          ]),
          text("total={{ total }} after={{ after }}"),
        ),
        { total: 1, after: "-" },
      ),
      {
        handlers: {
          boom: () => {
            throw new Error("division by zero");
          },
        },
      },
    );
    await click("Boom");
    await waitFor(() => expect(alerts()).toHaveLength(1));
    expect(alerts()[0]).toContain("callHandler failed");
    expect(alerts()[0]).toContain("division by zero");
    expect(screen.getByText("total=1 after=-")).toBeTruthy();
  });

  it("a returned object cannot write reserved or prototype keys", async () => {
    show(
      envelope(
        col(
          button("Merge", { action: "callHandler", handler: "evil" }),
          text("ok={{ ok }} host={{ $host.theme }}"),
        ),
      ),
      {
        handlers: {
          evil: () => JSON.parse('{"__proto__": {"polluted": 1}, "$host": {"theme": "x"}, "ok": "yes"}'),
        },
        hostContext: { theme: "light" },
      },
    );
    await click("Merge");
    await sees("ok=yes host=light");
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe("action lists and chains", () => {
  it("run in order; the first failure stops the list after its own onError", async () => {
    const host = recordingBridge({
      callServerTool: (p: { name: string }) =>
        p.name === "bad"
          ? { content: [{ type: "text", text: "bad tool" }], isError: true }
          : { content: [], structuredContent: { v: p.name } },
    });
    show(
      envelope(
        col(
          button("Run", [
            { action: "appendState", key: "log", value: "one" },
            {
              action: "toolCall",
              tool: "good",
              onSuccess: { action: "appendState", key: "log", value: "{{ $result.v }}" },
            },
            {
              action: "toolCall",
              tool: "bad",
              onError: { action: "appendState", key: "log", value: "handled {{ $error }}" },
            },
            { action: "appendState", key: "log", value: "never" },
          ]),
          text("log={{ log | join }}"),
        ),
        { log: [] },
      ),
      { bridge: host.bridge },
    );
    await click("Run");
    await sees("log=one, good, handled bad tool");
    expect(host.of("callServerTool").map((p) => (p as { name: string }).name)).toEqual(["good", "bad"]);
    await act(async () => {});
    expect(screen.getByText("log=one, good, handled bad tool")).toBeTruthy();
  });

  it("a failing onSuccess chain stops the outer list too", async () => {
    show(
      envelope(
        col(
          button("Run", [
            {
              action: "setState",
              key: "a",
              value: 1,
              onSuccess: [
                {
                  action: "popState",
                  key: "missing",
                  index: 0,
                  onError: { action: "setState", key: "b", value: "{{ $error }}" },
                },
                { action: "setState", key: "c", value: "never" },
              ],
            },
            { action: "setState", key: "d", value: "never" },
          ]),
          text("a={{ a }} b={{ b }} c={{ c }} d={{ d }}"),
        ),
      ),
    );
    await click("Run");
    await sees('a=1 b=popState: "missing" is undefined, not an array c= d=');
  });

  it("nested callbacks see their own $result, each interpolated when it runs", async () => {
    const host = recordingBridge({
      callServerTool: (p: { name: string; arguments: Json }) => ({
        content: [],
        structuredContent: { step: p.name, got: p.arguments.from ?? null },
      }),
    });
    show(
      envelope(
        col(
          button("Run", {
            action: "toolCall",
            tool: "first",
            onSuccess: {
              action: "toolCall",
              tool: "second",
              arguments: { from: "{{ $result.step }}" },
              onSuccess: {
                action: "setState",
                key: "msg",
                value: "{{ $result.step }} after {{ $result.got }}",
              },
            },
          }),
          text("msg={{ msg }}"),
        ),
      ),
      { bridge: host.bridge },
    );
    await click("Run");
    await sees("msg=second after first");
  });

  it("chains deeper than 10 are refused and reported", async () => {
    let action: Json = { action: "setState", key: "deepest", value: "reached" };
    for (let i = 0; i < 11; i++) action = { action: "setState", key: `l${i}`, value: i, onSuccess: action };
    const { issues } = show(envelope(col(button("Deep", action), text("deepest={{ deepest }} l0={{ l0 }}"))));
    await click("Deep");
    await waitFor(() => expect(issues.some((i) => i.code === "too-deep")).toBe(true));
    expect(screen.getByText("deepest= l0=0")).toBeTruthy();
  });

  it("a streaming (partial) view runs nothing", async () => {
    const host = recordingBridge();
    show(
      envelope(
        col(
          button("Go", [
            { action: "setState", key: "s", value: "ran" },
            { action: "toolCall", tool: "t" },
          ]),
          text("s={{ s }}"),
        ),
        {
          s: "-",
        },
      ),
      { bridge: host.bridge, partial: true },
    );
    await click("Go");
    await act(async () => {});
    expect(screen.getByText("s=-")).toBeTruthy();
    expect(host.calls).toEqual([]);
  });
});
