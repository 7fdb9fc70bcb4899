/**
 * What the renderer iframe keeps after the tree workload: CDP heap snapshots of the renderer frame's isolate
 * (HeapProfiler.takeHeapSnapshot on the frame's own session, which forces a GC first), taken after the handshake
 * (before the envelope) and after the tree is painted, the same way workloads/tree.ts measures the heap.
 *
 * For each snapshot it prints: totals by node type; the biggest retained-size groups by constructor / closure /
 * code name; strings by content class; the largest single retainers with their shortest path from the root.
 * For the "after" snapshot it also prints what is new (node ids not in "before", grouped by constructor, self size).
 *
 *   npx tsx heap-snapshot.ts [--kind ours|original|port] [--top 30] [--save] [--html file]
 *   npx tsx heap-snapshot.ts --load [--expand id,id [--before]]  (re-analyse the saved snapshots; dominator subtrees)
 *   npx tsx heap-snapshot.ts --measure 7 [--html file]   (used heap only, N fresh browsers, in KiB)
 *
 * `--save` writes the .heapsnapshot files to bench/traces/ (not committed; they open in DevTools' Memory panel).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, CDPSession } from "playwright-core";
import { openReferenceHost } from "../packages/prefab-renderer/test/browser/reference-host.js";
import { lastLabel, treeEnvelope } from "./generate/tree.js";
import { withBrowser } from "./lib/browser.js";
import { FRAME_WIDTH, frameSession, heapAfterGc, measure, openHost, VIEWPORT } from "./lib/host.js";
import type { Kind } from "./lib/renderers.js";
import { textHas } from "./lib/wait.js";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const kind = (arg("--kind") ?? "ours") as Kind;
const TOP = Number(arg("--top") ?? 30);
const SAVE = process.argv.includes("--save");
/** Re-analyse the snapshots saved by an earlier `--save` run instead of opening the browser. */
const LOAD = process.argv.includes("--load");
/** Node ids (as printed after "@") whose dominator subtree to print, e.g. `--expand 45139,47421`. */
const EXPAND = (arg("--expand") ?? "").split(",").filter(Boolean).map(Number);
/** Only measure: N fresh browsers, used heap after GC before/after in KiB (finer than RESULTS.md's 0.1 MiB). */
const MEASURE = Number(arg("--measure") ?? 0);
/** Serve this renderer.html instead of the built one (A/B of two builds without touching dist/). */
const HTML = arg("--html");

function open(browser: Browser) {
  if (HTML === undefined || kind !== "ours") return openHost(browser, kind);
  return openReferenceHost(browser, "ours", {
    width: FRAME_WIDTH,
    viewport: VIEWPORT,
    rendererHtml: readFileSync(HTML, "utf8"),
  });
}
const KiB = 1024;

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
    node_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Parsed snapshot: flat node/edge arrays plus the dominator tree and retained sizes. */
interface Heap {
  n: number;
  type: string[]; // per node
  name: string[];
  id: Uint32Array;
  self: Float64Array;
  /** Whether the node lives on the V8 heap (what Runtime.getHeapUsage counts): not Blink's C++ objects, not
   * external string payloads. Retained sizes below count V8 bytes only. */
  v8: Uint8Array;
  firstEdge: Uint32Array; // n + 1 entries
  edgeType: string[];
  edgeName: string[];
  edgeTo: Uint32Array;
  retained: Float64Array;
  idom: Int32Array;
  /** Shortest-path parent (BFS from the root over strong edges): node and edge index. */
  bfsParent: Int32Array;
  bfsEdge: Int32Array;
}

async function takeSnapshot(session: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  session.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await session.send("HeapProfiler.enable");
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false, captureNumericValue: false });
  session.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  return chunks.join("");
}

function parse(text: string): Heap {
  const raw = JSON.parse(text) as RawSnapshot;
  const m = raw.snapshot.meta;
  const nf = m.node_fields.length;
  const ef = m.edge_fields.length;
  const [nType, nName, nId, nSelf, nEdges] = ["type", "name", "id", "self_size", "edge_count"].map((f) =>
    m.node_fields.indexOf(f),
  ) as [number, number, number, number, number];
  const [eType, eName, eTo] = ["type", "name_or_index", "to_node"].map((f) => m.edge_fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const nodeTypes = m.node_types[0];
  const edgeTypes = m.edge_types[0];
  const n = raw.nodes.length / nf;
  const type = new Array<string>(n);
  const name = new Array<string>(n);
  const id = new Uint32Array(n);
  const self = new Float64Array(n);
  const firstEdge = new Uint32Array(n + 1);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const b = i * nf;
    type[i] = nodeTypes[raw.nodes[b + nType]!]!;
    name[i] = raw.strings[raw.nodes[b + nName]!]!;
    id[i] = raw.nodes[b + nId]!;
    self[i] = raw.nodes[b + nSelf]!;
    firstEdge[i] = e;
    e += raw.nodes[b + nEdges]!;
  }
  firstEdge[n] = e;
  const edgeType = new Array<string>(e);
  const edgeName = new Array<string>(e);
  const edgeTo = new Uint32Array(e);
  for (let j = 0; j < e; j++) {
    const b = j * ef;
    const t = edgeTypes[raw.edges[b + eType]!]!;
    edgeType[j] = t;
    const v = raw.edges[b + eName]!;
    edgeName[j] = t === "element" || t === "hidden" ? `[${v}]` : (raw.strings[v] ?? String(v));
    edgeTo[j] = raw.edges[b + eTo]! / nf;
  }
  const heap: Heap = {
    n,
    type,
    name,
    id,
    self,
    firstEdge,
    edgeType,
    edgeName,
    edgeTo,
    v8: new Uint8Array(n),
    retained: new Float64Array(n),
    idom: new Int32Array(n).fill(-1),
    bfsParent: new Int32Array(n).fill(-1),
    bfsEdge: new Int32Array(n).fill(-1),
  };
  for (let i = 0; i < n; i++) {
    const native =
      type[i] === "native" && !(name[i]!.startsWith("system /") && name[i] !== "system / ExternalStringData");
    heap.v8[i] = native || type[i] === "synthetic" ? 0 : 1;
  }
  dominators(heap);
  bfs(heap);
  return heap;
}

/** Weak edges do not retain; shortcut edges duplicate real paths (DevTools ignores both for retained sizes). */
const strong = (t: string) => t !== "weak" && t !== "shortcut";

/** Cooper–Harvey–Kennedy iterative dominators from node 0 over strong edges, then retained sizes. */
function dominators(h: Heap): void {
  const { n, firstEdge, edgeTo, edgeType } = h;
  // Post-order DFS (iterative).
  const post = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const visited = new Uint8Array(n);
  const stack: number[] = [0];
  const cursor = new Uint32Array(n);
  visited[0] = 1;
  for (let i = 0; i < n; i++) cursor[i] = firstEdge[i]!;
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    let pushed = false;
    while (cursor[v]! < firstEdge[v + 1]!) {
      const j = cursor[v]!++;
      if (!strong(edgeType[j]!)) continue;
      const w = edgeTo[j]!;
      if (visited[w]) continue;
      visited[w] = 1;
      stack.push(w);
      pushed = true;
      break;
    }
    if (!pushed) {
      stack.pop();
      post[v] = order.length;
      order.push(v);
    }
  }
  // Predecessors (reachable only).
  const predCount = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (!visited[v]) continue;
    for (let j = firstEdge[v]!; j < firstEdge[v + 1]!; j++)
      if (strong(edgeType[j]!)) predCount[edgeTo[j]! + 1]!++;
  }
  for (let v = 0; v < n; v++) predCount[v + 1]! += predCount[v]!;
  const preds = new Uint32Array(predCount[n]!);
  const fill = predCount.slice(0, n);
  for (let v = 0; v < n; v++) {
    if (!visited[v]) continue;
    for (let j = firstEdge[v]!; j < firstEdge[v + 1]!; j++)
      if (strong(edgeType[j]!)) preds[fill[edgeTo[j]!]!++] = v;
  }
  const idom = h.idom;
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      if (v === 0) continue;
      let d = -1;
      for (let p = predCount[v]!; p < predCount[v + 1]!; p++) {
        const u = preds[p]!;
        if (idom[u] === -1) continue;
        d = d === -1 ? u : intersect(u, d);
      }
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  // Retained = self + retained of dominated nodes (children come before parents in post-order).
  for (let v = 0; v < n; v++) h.retained[v] = visited[v] && h.v8[v] ? h.self[v]! : 0;
  for (const v of order) if (v !== 0) h.retained[idom[v]!]! += h.retained[v]!;
}

function bfs(h: Heap): void {
  const seen = new Uint8Array(h.n);
  const queue = new Uint32Array(h.n);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let j = h.firstEdge[v]!; j < h.firstEdge[v + 1]!; j++) {
      if (!strong(h.edgeType[j]!)) continue;
      const w = h.edgeTo[j]!;
      if (seen[w]) continue;
      seen[w] = 1;
      h.bfsParent[w] = v;
      h.bfsEdge[w] = j;
      queue[tail++] = w;
    }
  }
}

const kib = (b: number) => `${(b / KiB).toFixed(1).padStart(9)} KiB`;

/** Group key: objects by constructor, closures by function name, code/strings by class. */
function groupKey(h: Heap, v: number): string {
  const t = h.type[v]!;
  const name = h.name[v]!;
  if (t === "object" || t === "native") return `${t} ${name.slice(0, 60)}`;
  if (t === "closure") return `closure ${name || "(anonymous)"}`;
  if (t === "string" || t === "concatenated string" || t === "sliced string")
    return `string ${stringClass(name)}`;
  if (t === "code") return `code ${name.replace(/\s*\(.*$/, "").slice(0, 50)}`;
  return `${t} ${name.slice(0, 40)}`;
}

function stringClass(s: string): string {
  if (s.length > 20_000) return "huge (>20k chars)";
  if (/^\s*[{[]/.test(s) && s.length > 200) return "json-like";
  if (/\b(function|=>|const |return )/.test(s) && s.length > 200) return "source-like";
  if (s.includes("{{")) return "template {{ }}";
  if (/^[a-z0-9:_/[\]().%-]+( [a-z0-9:_/[\]().%-]+)+$/i.test(s)) return "class list";
  if (s.length <= 16) return "short (≤16)";
  return "other";
}

function report(label: string, h: Heap, before?: Heap): void {
  let total = 0;
  let v8 = 0;
  for (let v = 0; v < h.n; v++) {
    if (h.idom[v] === -1) continue;
    total += h.self[v]!;
    if (h.v8[v]) v8 += h.self[v]!;
  }
  console.log(`\n===== ${label}: ${h.n} nodes, reachable ${kib(total)}, of which V8 heap ${kib(v8)} =====`);

  const byType = new Map<string, { self: number; count: number }>();
  for (let v = 0; v < h.n; v++) {
    if (h.idom[v] === -1) continue;
    const g = byType.get(h.type[v]!) ?? { self: 0, count: 0 };
    g.self += h.self[v]!;
    g.count++;
    byType.set(h.type[v]!, g);
  }
  console.log("\n-- self size by node type (all nodes; the groups below count the V8 heap only)");
  for (const [t, g] of [...byType].sort((a, b) => b[1].self - a[1].self))
    console.log(`${kib(g.self)} ${String(g.count).padStart(8)}  ${t}`);

  // Retained by group: sum over the group's members not dominated by another member of the same group.
  const groups = new Map<string, { self: number; retained: number; count: number }>();
  const keyOf = new Array<string>(h.n);
  for (let v = 0; v < h.n; v++) if (h.idom[v] !== -1 && h.v8[v]) keyOf[v] = groupKey(h, v);
  for (let v = 0; v < h.n; v++) {
    const k = keyOf[v];
    if (k === undefined) continue;
    const g = groups.get(k) ?? { self: 0, retained: 0, count: 0 };
    g.self += h.self[v]!;
    g.count++;
    let d = h.idom[v]!;
    let nested = false;
    while (d !== 0 && d !== -1) {
      if (keyOf[d] === k) {
        nested = true;
        break;
      }
      d = h.idom[d]!;
    }
    if (!nested) g.retained += h.retained[v]!;
    groups.set(k, g);
  }
  console.log(`\n-- top ${TOP} groups by retained size (retained / self / count)`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].retained - a[1].retained).slice(0, TOP))
    console.log(`${kib(g.retained)} ${kib(g.self)} ${String(g.count).padStart(7)}  ${k}`);
  console.log(`\n-- top ${TOP} groups by self size`);
  for (const [k, g] of [...groups].sort((a, b) => b[1].self - a[1].self).slice(0, TOP))
    console.log(`${kib(g.self)} ${String(g.count).padStart(7)}  ${k}`);

  // Largest individual strings.
  const strings: number[] = [];
  for (let v = 0; v < h.n; v++) if (h.idom[v] !== -1 && h.type[v] === "string") strings.push(v);
  strings.sort((a, b) => h.self[b]! - h.self[a]!);
  console.log("\n-- largest strings");
  for (const v of strings.slice(0, 12))
    console.log(`${kib(h.self[v]!)}  ${JSON.stringify(h.name[v]!.slice(0, 90))}  <- ${path(h, v, 4)}`);

  // Largest retainers that are not the root's plumbing: objects/closures/arrays with a big retained size whose
  // immediate dominator retains much more (so each line is a distinct chunk of memory).
  const cands: number[] = [];
  for (let v = 1; v < h.n; v++) {
    if (h.idom[v] === -1) continue;
    const t = h.type[v]!;
    if (t === "synthetic") continue;
    if (h.retained[v]! < 16 * KiB) continue;
    cands.push(v);
  }
  cands.sort((a, b) => h.retained[b]! - h.retained[a]!);
  console.log(`\n-- largest retainers (retained ≥ 16 KiB; shortest path from the root)`);
  const shown: number[] = [];
  for (const v of cands) {
    // Skip a node whose dominator chain already contains a shown node retaining < 1.5× this one.
    let d = h.idom[v]!;
    let covered = false;
    while (d > 0) {
      if (shown.includes(d) && h.retained[d]! < 1.5 * h.retained[v]!) {
        covered = true;
        break;
      }
      d = h.idom[d]!;
    }
    if (covered) continue;
    shown.push(v);
    console.log(
      `${kib(h.retained[v]!)}  ${h.type[v]} ${h.name[v]!.slice(0, 50)} @${h.id[v]}\n             ${path(h, v, 12)}`,
    );
    if (shown.length >= TOP) break;
  }

  if (before) {
    const old = new Set(before.id);
    const fresh = new Map<string, { self: number; count: number }>();
    let sum = 0;
    for (let v = 0; v < h.n; v++) {
      if (h.idom[v] === -1 || !h.v8[v] || old.has(h.id[v]!)) continue;
      const k = groupKey(h, v);
      const g = fresh.get(k) ?? { self: 0, count: 0 };
      g.self += h.self[v]!;
      g.count++;
      sum += h.self[v]!;
      fresh.set(k, g);
    }
    console.log(`\n-- new since "before": ${kib(sum)} self; top ${TOP * 2} groups (self / count)`);
    for (const [k, g] of [...fresh].sort((a, b) => b[1].self - a[1].self).slice(0, TOP * 2))
      console.log(`${kib(g.self)} ${String(g.count).padStart(7)}  ${k}`);
    // The biggest new groups by shape (property names) and by what holds them (retainer type + edge), so that
    // e.g. 13,000 plain Objects split into "props of a fiber" / "node of the envelope" / ...
    const edgeNames = (v: number) => {
      const names: string[] = [];
      for (let j = h.firstEdge[v]!; j < h.firstEdge[v + 1]!; j++)
        if (h.edgeType[j] === "property") names.push(h.edgeName[j]!);
      return names.slice(0, 8).join(",");
    };
    // New machine code by the function it belongs to (the closure or SharedFunctionInfo that reaches it first).
    const owners = new Map<string, { self: number; count: number }>();
    for (let v = 0; v < h.n; v++) {
      if (h.idom[v] === -1 || !h.v8[v] || old.has(h.id[v]!) || h.name[v] !== "system / InstructionStream")
        continue;
      let w = v;
      let owner = "?";
      for (let hops = 0; hops < 6 && w > 0; hops++) {
        w = h.bfsParent[w]!;
        if (w < 0) break;
        if (h.type[w] === "closure" || h.name[w]!.startsWith("system / SharedFunctionInfo")) {
          owner = `${h.type[w]} ${h.name[w]!.replace("system / SharedFunctionInfo", "sfi").slice(0, 50) || "(anonymous)"}`;
          break;
        }
      }
      const g = owners.get(owner) ?? { self: 0, count: 0 };
      g.self += h.self[v]!;
      g.count++;
      owners.set(owner, g);
    }
    console.log("\n   new InstructionStream by owning function:");
    for (const [k, g] of [...owners].sort((a, b) => b[1].self - a[1].self).slice(0, 40))
      console.log(`   ${kib(g.self)} ${String(g.count).padStart(7)}  ${k}`);
    for (const [k] of [...fresh].sort((a, b) => b[1].self - a[1].self).slice(0, 12)) {
      const shapes = new Map<string, { self: number; count: number }>();
      for (let v = 0; v < h.n; v++) {
        if (h.idom[v] === -1 || !h.v8[v] || old.has(h.id[v]!) || groupKey(h, v) !== k) continue;
        const p = h.bfsParent[v]!;
        const holder =
          p < 0
            ? "?"
            : `${h.type[p] === "object" ? h.name[p]!.slice(0, 24) : h.type[p]}.${h.edgeType[h.bfsEdge[v]!] === "element" ? "[i]" : h.edgeName[h.bfsEdge[v]!]!.slice(0, 30)}`;
        const what =
          h.type[v] === "string"
            ? JSON.stringify(h.name[v]!.replace(/[0-9]+/g, "#").slice(0, 30))
            : `{${edgeNames(v)}}`;
        const key = `${what}  held by ${holder}`;
        const g = shapes.get(key) ?? { self: 0, count: 0 };
        g.self += h.self[v]!;
        g.count++;
        shapes.set(key, g);
      }
      console.log(`\n   new ${k}, by shape and holder:`);
      for (const [sk, g] of [...shapes].sort((a, b) => b[1].self - a[1].self).slice(0, 15))
        console.log(`   ${kib(g.self)} ${String(g.count).padStart(7)}  ${sk}`);
    }
  }
}

/** Dominator subtree of `id`: the biggest dominated children (by retained size), two levels deep. */
function expand(h: Heap, id: number): void {
  const v = h.id.indexOf(id);
  if (v < 0) {
    console.log(`\n-- @${id}: not in this snapshot`);
    return;
  }
  const children = new Map<number, number[]>();
  for (let w = 1; w < h.n; w++) {
    const d = h.idom[w]!;
    if (d < 0) continue;
    const list = children.get(d) ?? [];
    list.push(w);
    children.set(d, list);
  }
  const edgeTo = (from: number, to: number) => {
    for (let j = h.firstEdge[from]!; j < h.firstEdge[from + 1]!; j++)
      if (h.edgeTo[j] === to) return h.edgeName[j]!;
    return "(indirect)";
  };
  const show = (w: number, depth: number, via: string) => {
    const label = h.type[w] === "string" ? JSON.stringify(h.name[w]!.slice(0, 60)) : h.name[w]!.slice(0, 60);
    console.log(
      `${"  ".repeat(depth)}${kib(h.retained[w]!)}  .${via.slice(0, 40)}  ${h.type[w]} ${label} @${h.id[w]}`,
    );
    if (depth >= 3) return;
    const kids = (children.get(w) ?? []).sort((a, b) => h.retained[b]! - h.retained[a]!);
    let rest = 0;
    for (const [i, c] of kids.entries()) {
      if (i < 12 && h.retained[c]! >= 1024) show(c, depth + 1, edgeTo(w, c));
      else rest += h.retained[c]!;
    }
    if (rest > 0) console.log(`${"  ".repeat(depth + 1)}${kib(rest)}  (${kids.length} children in all)`);
  };
  console.log(`\n-- dominator subtree of @${id}  (path: ${path(h, v, 8)})`);
  show(v, 0, "");
}

/** Shortest retaining path from the root, innermost last, at most `max` hops shown. */
function path(h: Heap, v: number, max: number): string {
  const hops: string[] = [];
  let w = v;
  while (w > 0 && h.bfsParent[w]! >= 0) {
    const p = h.bfsParent[w]!;
    const j = h.bfsEdge[w]!;
    const t = h.type[p]!;
    const pname =
      t === "object" || t === "closure" || t === "synthetic" || t === "native" ? h.name[p]!.slice(0, 40) : t;
    hops.unshift(`${pname}.${h.edgeName[j]!.slice(0, 40)}`);
    w = p;
  }
  return (hops.length > max ? ["…", ...hops.slice(-max)] : hops).join(" → ");
}

if (MEASURE > 0) {
  const rows: [number, number][] = [];
  for (let i = 0; i < MEASURE; i++) {
    rows.push(
      await withBrowser(async (browser) => {
        const host = await open(browser);
        try {
          const session = await frameSession(host.page, host.frame);
          const b = await heapAfterGc(session);
          const r = await measure(host, kind, treeEnvelope().envelope, textHas(lastLabel()), 60_000);
          if (!r.ok) throw new Error(`tree not rendered: ${r.reason}`);
          return [b, await heapAfterGc(session)] as [number, number];
        } finally {
          await host.close();
        }
      }),
    );
    const [b, a] = rows.at(-1)!;
    console.log(`run ${i + 1}: before ${(b / KiB).toFixed(0)} KiB, after ${(a / KiB).toFixed(0)} KiB`);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const kb = (x: number) => `${(x / KiB).toFixed(0)} KiB`;
  console.log(
    `median: before ${kb(median(rows.map((r) => r[0])))}, after ${kb(median(rows.map((r) => r[1])))}, growth ${kb(median(rows.map((r) => r[1] - r[0])))}`,
  );
  process.exit(0);
}

const dir = join(here, "traces");
const file = (which: string) => join(dir, `tree-${kind}-${which}.heapsnapshot`);
let beforeText: string;
let afterText: string;
if (LOAD) {
  beforeText = readFileSync(file("before"), "utf8");
  afterText = readFileSync(file("after"), "utf8");
} else {
  [beforeText, afterText] = await withBrowser(async (browser) => {
    const host = await open(browser);
    try {
      const session = await frameSession(host.page, host.frame);
      const beforeUsed = await heapAfterGc(session);
      const b = await takeSnapshot(session);
      const r = await measure(host, kind, treeEnvelope().envelope, textHas(lastLabel()), 60_000);
      if (!r.ok) throw new Error(`tree not rendered: ${r.reason}`);
      const afterUsed = await heapAfterGc(session);
      const a = await takeSnapshot(session);
      const mib = (x: number) => `${(x / 2 ** 20).toFixed(2)} MiB`;
      console.log(
        `${kind}: used heap after GC: before the envelope ${mib(beforeUsed)}, after ${mib(afterUsed)}`,
      );
      return [b, a];
    } finally {
      await host.close();
    }
  });
  if (SAVE) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file("before"), beforeText);
    writeFileSync(file("after"), afterText);
  }
}
const before = parse(beforeText);
const after = parse(afterText);
if (EXPAND.length) for (const id of EXPAND) expand(process.argv.includes("--before") ? before : after, id);
else {
  report("before the envelope", before);
  report("after the tree", after, before);
}
