// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PrefabView } from "../../app/prefab-view.js";

afterEach(cleanup);
// The table is a lazy chunk: warm the module once so the first test doesn't time out on a cold transform.
beforeAll(async () => {
  await import("./index.js");
}, 30_000);

const people = [
  { name: "Carol", age: 41, team: "b", amount: 1200.5 },
  { name: "alice", age: 30, team: "a", amount: 99 },
  { name: "Bob", age: 30, team: "c", amount: null },
  { name: "dave", age: 25, team: "a", amount: 5 },
];

function table(extra: Record<string, unknown> = {}, rows: unknown = people, more: unknown[] = []) {
  return {
    version: "0.3",
    state: { picked: [], clicked: "", clicks: 0 },
    view: {
      type: "Column",
      children: [
        {
          type: "DataTable",
          columns: [
            { key: "name", header: "Name", sortable: true },
            { key: "age", header: "Age", sortable: true, align: "right" },
            { key: "team", header: "Team" },
          ],
          rows,
          ...extra,
        },
        ...more,
      ],
    },
  };
}

/** Text of the first column of every body row (empty/spacer rows excluded). */
function firstColumn(container: HTMLElement): string[] {
  return [...container.querySelectorAll("tbody tr.pf-data-table-row")].map(
    (tr) => tr.querySelectorAll("td")[0]?.textContent ?? "",
  );
}

async function mount(envelope: unknown, hostContext?: Record<string, unknown>, timeout = 5000) {
  const utils = render(<PrefabView envelope={envelope} hostContext={hostContext} onIssues={() => {}} />);
  await screen.findByRole("table", undefined, { timeout });
  return utils;
}

describe("DataTable", () => {
  it("renders rows with proper roles and headers", async () => {
    const { container } = await mount(table());
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Name", "Age", "Team"]);
    expect(screen.getAllByRole("row")).toHaveLength(5);
    expect(firstColumn(container)).toEqual(["Carol", "alice", "Bob", "dave"]);
    // align → text-right on header and cell
    expect(screen.getAllByRole("columnheader")[1]!.className).toContain("text-right");
    expect(container.querySelector("tbody tr td:nth-child(2)")!.className).toContain("text-right");
    expect(container.querySelector("[data-prefab-error]")).toBeNull();
  });

  it("sorts asc → desc → none on click, and shift-click adds a column", async () => {
    const { container } = await mount(table());
    const nameBtn = () => screen.getByRole("button", { name: /^Name/ });
    const ageBtn = () => screen.getByRole("button", { name: /^Age/ });
    fireEvent.click(nameBtn());
    expect(firstColumn(container)).toEqual(["alice", "Bob", "Carol", "dave"]);
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(nameBtn());
    expect(firstColumn(container)).toEqual(["dave", "Carol", "Bob", "alice"]);
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(nameBtn());
    expect(firstColumn(container)).toEqual(["Carol", "alice", "Bob", "dave"]);
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("none");

    // age asc, then shift-click name: ties on age 30 broken by name desc after two shift-clicks
    fireEvent.click(ageBtn());
    expect(firstColumn(container)).toEqual(["dave", "alice", "Bob", "Carol"]);
    fireEvent.click(nameBtn(), { shiftKey: true });
    expect(firstColumn(container)).toEqual(["dave", "alice", "Bob", "Carol"]);
    fireEvent.click(nameBtn(), { shiftKey: true });
    expect(firstColumn(container)).toEqual(["dave", "Bob", "alice", "Carol"]);
    expect(screen.getAllByRole("columnheader")[1]!.getAttribute("aria-sort")).toBe("ascending");
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("descending");
    // a plain click on a column that is not the last sort key replaces the multi-sort
    fireEvent.click(ageBtn());
    expect(screen.getAllByRole("columnheader")[1]!.getAttribute("aria-sort")).toBe("descending");
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("none");
  });

  it("searches case-insensitively over the columns, with an empty state", async () => {
    const { container } = await mount(table({ search: true }));
    const box = screen.getByRole("searchbox", { name: "Search table" });
    fireEvent.change(box, { target: { value: "AL" } });
    await waitFor(() => expect(firstColumn(container)).toEqual(["alice"]));
    fireEvent.change(box, { target: { value: "41" } });
    await waitFor(() => expect(firstColumn(container)).toEqual(["Carol"]));
    fireEvent.change(box, { target: { value: "zzz" } });
    await waitFor(() => expect(screen.getByText("No results.")).toBeTruthy());
  });

  it("accepts the 0.2 `searchable` flag", async () => {
    await mount({
      version: "0.2",
      view: { ...(table().view.children[0] as Record<string, unknown>), searchable: true },
    });
    expect(screen.getByRole("searchbox")).toBeTruthy();
  });

  it("paginates with Previous/Next and a page-size select", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ name: `n${String(i).padStart(2, "0")}`, age: i }));
    const { container } = await mount(table({ paginated: true, pageSize: 10 }, rows));
    expect(screen.getByText("Page 1 of 3")).toBeTruthy();
    expect(firstColumn(container)).toHaveLength(10);
    expect((screen.getByRole("button", { name: "Previous" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Page 2 of 3")).toBeTruthy();
    expect(firstColumn(container)[0]).toBe("n10");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(firstColumn(container)).toEqual(["n20", "n21", "n22", "n23", "n24"]);
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(screen.getByText("Page 2 of 3")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "20" } });
    expect(screen.getByText("Page 1 of 2")).toBeTruthy();
    expect(firstColumn(container)).toHaveLength(20);
  });

  it("paginates 10,000 rows: one page in the DOM, sorting spans every page, selection follows the row", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      name: `n${String(i).padStart(5, "0")}`,
      age: i % 7,
    }));
    const { container } = await mount(
      table({ paginated: true, pageSize: 10, selectable: "multiple", name: "picked" }, rows, [
        { type: "Text", content: "picked={{ picked | length }} first={{ picked.0.name }}" },
      ]),
    );
    // the first cell holds the row's checkbox
    const names = () =>
      [...container.querySelectorAll("tbody tr.pf-data-table-row")].map(
        (tr) => tr.querySelectorAll("td")[1]?.textContent ?? "",
      );
    expect(screen.getByText("Page 1 of 1000")).toBeTruthy();
    expect(names()).toEqual(rows.slice(0, 10).map((r) => r.name));
    expect(container.querySelectorAll("tbody tr")).toHaveLength(10);
    const nameBtn = () => screen.getByRole("button", { name: /^Name/ });
    fireEvent.click(nameBtn());
    fireEvent.click(nameBtn());
    expect(names()[0]).toBe("n09999");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Page 2 of 1000")).toBeTruthy();
    expect(names()[0]).toBe("n09989");
    // the checkbox selects the row shown, not the row at that position in the data
    fireEvent.click(screen.getAllByRole("checkbox", { name: "Select row" })[0]!);
    await waitFor(() => expect(screen.getByText("picked=1 first=n09989")).toBeTruthy());
    expect(screen.getByText("1 of 10000 selected")).toBeTruthy();
    const all = screen.getByRole("checkbox", { name: "Select all rows" }) as HTMLInputElement;
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);
    // shift-click adds age as the second key (names are unique, so the order stays name desc)
    fireEvent.click(screen.getByRole("button", { name: /^Age/ }), { shiftKey: true });
    // header 0 is the select-all column
    expect(screen.getAllByRole("columnheader")[2]!.getAttribute("aria-sort")).toBe("ascending");
    expect(screen.getAllByRole("columnheader")[1]!.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(names()[0]).toBe("n09999");
    fireEvent.click(all);
    await waitFor(() => expect(screen.getByText("picked=10000 first=n00000")).toBeTruthy());
  });

  it("writes selected rows to state[name] (multiple and single)", async () => {
    await mount(
      table({ selectable: "multiple", name: "picked" }, people, [
        { type: "Text", content: "picked={{ picked | length }} first={{ picked.0.name }}" },
      ]),
    );
    const boxes = screen.getAllByRole("checkbox", { name: "Select row" });
    fireEvent.click(boxes[1]!);
    await waitFor(() => expect(screen.getByText("picked=1 first=alice")).toBeTruthy());
    fireEvent.click(boxes[3]!);
    await waitFor(() => expect(screen.getByText(/picked=2/)).toBeTruthy());
    fireEvent.click(screen.getByRole("checkbox", { name: "Select all rows" }));
    await waitFor(() => expect(screen.getByText(/picked=4/)).toBeTruthy());
    cleanup();

    await mount(
      table({ selectable: "single", name: "one" }, people, [{ type: "Text", content: "one={{ one.name }}" }]),
    );
    const single = screen.getAllByRole("checkbox", { name: "Select row" });
    fireEvent.click(single[0]!);
    await waitFor(() => expect(screen.getByText("one=Carol")).toBeTruthy());
    fireEvent.click(single[2]!);
    await waitFor(() => expect(screen.getByText("one=Bob")).toBeTruthy());
    expect((single[0] as HTMLInputElement).checked).toBe(false);
  });

  it("runs onRowClick with $event = row; Enter on a focused row too; clicking the active row deactivates", async () => {
    const env = table({}, people, [{ type: "Text", content: "clicked={{ clicked }} n={{ clicks }}" }]);
    (env.view.children[0] as Record<string, unknown>).onRowClick = [
      { action: "setState", key: "clicked", value: "{{ $event.name }}:{{ $event.age }}" },
      { action: "setState", key: "clicks", value: "{{ clicks + 1 }}" },
    ];
    const { container } = await mount(env);
    const rows = () => [...container.querySelectorAll<HTMLElement>("tbody tr.pf-data-table-row")];
    expect(rows()[0]!.className).toContain("cursor-pointer");
    fireEvent.click(rows()[1]!.querySelector("td")!);
    await waitFor(() => expect(screen.getByText("clicked=alice:30 n=1")).toBeTruthy());
    expect(rows()[1]!.getAttribute("data-state")).toBe("selected");
    // same row again: unselects, no action
    fireEvent.click(rows()[1]!);
    await act(async () => {});
    expect(rows()[1]!.getAttribute("data-state")).toBeNull();
    expect(screen.getByText("clicked=alice:30 n=1")).toBeTruthy();
    // keyboard: focus first row, ArrowDown twice, Enter
    rows()[0]!.focus();
    fireEvent.keyDown(rows()[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(rows()[1]);
    fireEvent.keyDown(rows()[1]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(rows()[2]);
    fireEvent.keyDown(rows()[2]!, { key: "Enter" });
    await waitFor(() => expect(screen.getByText("clicked=Bob:30 n=2")).toBeTruthy());
    fireEvent.keyDown(rows()[2]!, { key: "End" });
    expect(document.activeElement).toBe(rows()[3]);
    fireEvent.keyDown(rows()[3]!, { key: " " });
    await waitFor(() => expect(screen.getByText("clicked=dave:25 n=3")).toBeTruthy());
    // roving tabindex: only one row is tabbable
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it("formats cells with the column's pipe in the host locale", async () => {
    const env = {
      view: {
        type: "DataTable",
        columns: [
          { key: "name", header: "Name" },
          { key: "amount", header: "Amount", format: "currency", width: 120, cellClass: "font-mono" },
          { key: "share", header: "Share", format: "percent:1" },
        ],
        rows: [
          { name: "a", amount: 1234.5, share: 0.125 },
          { name: "b", amount: null, share: 0.5 },
        ],
      },
    };
    const { container } = await mount(env, { locale: "en-US" });
    const cells = [...container.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(cells).toEqual([
      ["a", "$1,234.50", "12.5%"],
      ["b", "", "50.0%"],
    ]);
    const td = container.querySelector<HTMLElement>("tbody tr td:nth-child(2)")!;
    expect(td.style.width).toBe("120px");
    expect(td.className).toContain("font-mono");
    cleanup();
    const de = await mount(env, { locale: "de-DE" });
    expect(de.container.querySelector("tbody tr td:nth-child(2)")!.textContent).toMatch(/1\.234,50/);
  });

  it("renders node-valued cells as components and rows from a template", async () => {
    const { container } = await mount({
      state: {
        items: [
          { name: "x", status: { type: "Span", content: "live", bold: true } },
          { name: "y", status: "plain" },
        ],
      },
      view: {
        type: "DataTable",
        columns: [
          { key: "name", header: "Name" },
          { key: "status", header: "Status" },
        ],
        rows: "{{ items }}",
      },
    });
    const bold = await waitFor(() => {
      const el = container.querySelector("tbody td span.font-bold");
      if (!el) throw new Error("no node cell yet");
      return el;
    });
    expect(bold.textContent).toBe("live");
    expect(screen.getByText("plain")).toBeTruthy();
  });

  it("resolves templates in literal row cells (rows without templates are skipped by interpolation)", async () => {
    const env = table({}, [
      { name: "{{ who }}", age: 1 },
      { name: "plain", age: 2 },
    ]);
    (env.state as Record<string, unknown>).who = "Zoe";
    const { container } = await mount(env);
    expect(firstColumn(container)).toEqual(["Zoe", "plain"]);
    cleanup();
    const plain = await mount(table({}, [{ name: "x", age: 1 }]));
    expect(firstColumn(plain.container)).toEqual(["x"]);
  });

  it("expands _detail rows", async () => {
    const { container } = await mount({
      version: "0.3",
      view: {
        type: "DataTable",
        columns: [{ key: "name", header: "Name" }],
        rows: [{ name: "x", _detail: { type: "Text", content: "details of x" } }, { name: "y" }],
      },
    });
    const toggles = screen.getAllByRole("button", { name: "Expand row" });
    expect(toggles).toHaveLength(1);
    expect(screen.queryByText("details of x")).toBeNull();
    fireEvent.click(toggles[0]!);
    expect(await screen.findByText("details of x")).toBeTruthy();
    expect(container.querySelector(".pf-data-table-detail-row")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Collapse row" }).getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Collapse row" }));
    expect(screen.queryByText("details of x")).toBeNull();
  });

  it("shows No results. for an empty table and a string that is not an array", async () => {
    await mount({ view: { type: "DataTable", columns: [{ key: "a", header: "A" }], rows: [] } });
    expect(screen.getByText("No results.")).toBeTruthy();
  });

  it("a virtual table shows No results. for an empty search, then its rows again; End focuses the last row", async () => {
    const size = (dim: number) =>
      function (this: HTMLElement) {
        return this.classList.contains("pf-data-table-scroll") ? dim : 0;
      };
    const hSpy = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(size(600));
    const wSpy = vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(size(800));
    const sSpy = vi
      .spyOn(HTMLElement.prototype, "scrollHeight", "get")
      .mockImplementation(size(40 + 500 * 37));
    // happy-dom does not scroll on scrollTo(): do what a browser does (the virtualiser listens for "scroll").
    const scrollSpy = vi.spyOn(HTMLElement.prototype, "scrollTo").mockImplementation(function (
      this: HTMLElement,
      options?: ScrollToOptions | number,
    ) {
      if (typeof options === "object" && options.top !== undefined) this.scrollTop = options.top;
      // as in a browser, the scroll event comes later (with the next frame), not inside scrollTo()
      setTimeout(() => this.dispatchEvent(new Event("scroll")), 0);
    });
    try {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        name: `n${String(i).padStart(3, "0")}`,
        age: i,
      }));
      const { container } = await mount(table({ search: true }, rows));
      const count = () => container.querySelectorAll("tbody tr.pf-data-table-row").length;
      expect(count()).toBeGreaterThan(10);
      expect(count()).toBeLessThan(100);
      expect(container.querySelector("table")!.className).toContain("table-fixed");
      const box = screen.getByRole("searchbox", { name: "Search table" });
      fireEvent.change(box, { target: { value: "zzz" } });
      await waitFor(() => expect(screen.getByText("No results.")).toBeTruthy());
      fireEvent.change(box, { target: { value: "n4" } });
      await waitFor(() => expect(firstColumn(container)[0]).toBe("n400"));
      expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("101");
      fireEvent.change(box, { target: { value: "" } });
      await waitFor(() => expect(firstColumn(container)[0]).toBe("n000"));
      // keyboard: End scrolls the last row into the rendered range and focuses it
      const first = container.querySelector<HTMLElement>("tbody tr.pf-data-table-row")!;
      first.focus();
      fireEvent.keyDown(first, { key: "End" });
      const scroller = container.querySelector<HTMLElement>(".pf-data-table-scroll")!;
      await waitFor(() => expect(scroller.scrollTop).toBeGreaterThan(37 * 480));
      await waitFor(() => expect(document.activeElement?.getAttribute("data-index")).toBe("499"));
      expect((document.activeElement as HTMLElement).textContent).toContain("n499");
    } finally {
      hSpy.mockRestore();
      wSpy.mockRestore();
      scrollSpy.mockRestore();
      sSpy.mockRestore();
    }
  });

  it("a virtual table sizes plain rows from one observed row (no layout read per row), node rows by measuring", async () => {
    // happy-dom has no layout: a fake ResizeObserver reports 45 px rows (a theme with taller cells).
    const observed: Element[] = [];
    class FakeResizeObserver {
      constructor(private readonly cb: ResizeObserverCallback) {}
      observe(el: Element) {
        observed.push(el);
        const entry = { target: el, borderBoxSize: [{ blockSize: 45, inlineSize: 800 }] };
        queueMicrotask(() =>
          this.cb([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver),
        );
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    const size = (dim: number) =>
      function (this: HTMLElement) {
        return this.classList.contains("pf-data-table-scroll") ? dim : 0;
      };
    const hSpy = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(size(600));
    const wSpy = vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(size(800));
    const rectSpy = vi.spyOn(HTMLElement.prototype, "getBoundingClientRect");
    try {
      const rows = Array.from({ length: 1000 }, (_, i) => ({
        name: i === 3 ? { type: "Badge", label: "node" } : `n${i}`,
        age: i,
      }));
      const { container } = await mount(table({}, rows));
      const spacerHeight = () =>
        [...container.querySelectorAll<HTMLElement>("tr.pf-data-table-spacer")].reduce(
          (s, el) => s + Number.parseFloat(el.style.height),
          0,
        );
      const rendered = () => container.querySelectorAll("tbody tr.pf-data-table-row").length;
      // total height = rendered rows + spacers: every row not rendered counts 45 px once the plain row is observed
      await waitFor(() => expect(spacerHeight()).toBeGreaterThan((1000 - rendered()) * 45 - 45));
      expect(observed.some((el) => el.matches("tr.pf-data-table-row:not([data-measured])"))).toBe(true);
      // only the row holding a node is measured by layout reads
      const measured = [...container.querySelectorAll<HTMLElement>("tr[data-measured]")].map(
        (tr) => tr.dataset.index,
      );
      expect(measured).toEqual(["3"]);
      const readRows = new Set(
        rectSpy.mock.contexts.filter(
          (el): el is HTMLElement => el instanceof HTMLElement && el.matches("tr"),
        ),
      );
      expect([...readRows].map((tr) => tr.dataset.index)).toEqual(["3"]);
    } finally {
      vi.unstubAllGlobals();
      rectSpy.mockRestore();
      hSpy.mockRestore();
      wSpy.mockRestore();
    }
  });

  it("virtualises 100,000 unpaginated rows with a bounded DOM row count", async () => {
    // happy-dom does no layout: every size is 0. TanStack Virtual reads the scroll
    // container's clientHeight/clientWidth (then re-reads them on ResizeObserver), so give
    // `.pf-data-table-scroll` a 600×800 viewport. Rows are measured by the table's own
    // measureElement, which falls back to the 37 px estimate when a row reports 0.
    const size = (dim: number) =>
      function (this: HTMLElement) {
        return this.classList.contains("pf-data-table-scroll") ? dim : 0;
      };
    const hSpy = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(size(600));
    const wSpy = vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(size(800));
    try {
      const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: i, label: `row ${i}` }));
      const t0 = performance.now();
      const { container } = await mount(
        {
          state: { rows },
          view: {
            type: "DataTable",
            columns: [
              { key: "id", header: "ID", sortable: true },
              { key: "label", header: "Label" },
            ],
            rows: "{{ rows }}",
          },
        },
        undefined,
        25_000,
      );
      const elapsed = performance.now() - t0;
      const count = () => container.querySelectorAll("tr").length;
      await waitFor(() => expect(count()).toBeGreaterThan(10), { timeout: 5000 });
      expect(count()).toBeLessThan(100);
      expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("100001");
      const scroller = container.querySelector<HTMLElement>(".pf-data-table-scroll")!;
      // scroll to the middle
      await act(async () => {
        scroller.scrollTop = 37 * 50_000;
        scroller.dispatchEvent(new Event("scroll"));
      });
      await waitFor(() => expect(screen.getByText("row 50000")).toBeTruthy());
      expect(count()).toBeLessThan(100);
      expect(screen.queryByText("row 0")).toBeNull();
      // sorting 100k rows desc keeps the DOM bounded
      fireEvent.click(screen.getByRole("button", { name: /^ID/ }));
      fireEvent.click(screen.getByRole("button", { name: /^ID/ }));
      expect(count()).toBeLessThan(100);
      // spacer rows carry the rest of the height
      const spacers = [...container.querySelectorAll<HTMLElement>("tr.pf-data-table-spacer")];
      const spacerHeight = spacers.reduce((s, el) => s + Number.parseFloat(el.style.height), 0);
      expect(spacerHeight).toBeGreaterThan(37 * 99_000);
      console.info(`100k-row table mounted in ${elapsed.toFixed(0)} ms (happy-dom)`);
    } finally {
      hSpy.mockRestore();
      wSpy.mockRestore();
    }
  }, 60_000);
});
