/**
 * Path-keyed subscriptions, stored as a trie of path segments.
 *
 * A write at `a.b` must reach the listeners of `a` and `a.b` (walk down the trie along the path) and of
 * `a.b.c` (the subtree under `a.b`), and nobody else. Each candidate is only called when the value at its
 * own path changed by reference: because writes share structure, an unchanged reference at a trie node
 * proves its whole subtree is unchanged, so the walk prunes there. The same diff-walk from the root
 * serves `reset`, where every subscribed path is a candidate.
 */
import { type PathSegments, readSegment } from "./path.js";

export type Listener = () => void;

interface TrieNode {
  readonly listeners: Set<Listener>;
  readonly children: Map<string, TrieNode>;
}

function createNode(): TrieNode {
  return { listeners: new Set(), children: new Map() };
}

export class SubscriptionTree {
  /** Listeners on the root node are "subscribe to everything". */
  private readonly root: TrieNode = createNode();

  add(segments: PathSegments, listener: Listener): () => void {
    const trail: TrieNode[] = [this.root];
    let node = this.root;
    for (const segment of segments) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = createNode();
        node.children.set(segment, child);
      }
      node = child;
      trail.push(node);
    }
    // A Set ignores a second add of the same function, so wrap to let one listener subscribe twice
    // (two components may share a callback) without the first unsubscribe removing both.
    const entry: Listener = () => listener();
    node.listeners.add(entry);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      node.listeners.delete(entry);
      // Prune empty branches so long-lived stores with churning subscriptions do not accumulate nodes.
      for (let i = trail.length - 1; i > 0; i--) {
        const current = trail[i]!;
        if (current.listeners.size > 0 || current.children.size > 0) break;
        trail[i - 1]!.children.delete(segments[i - 1]!);
      }
    };
  }

  /** Listeners affected by writes at `paths` between `before` and `after`, added to `out`. */
  collectForPaths(before: unknown, after: unknown, paths: Iterable<PathSegments>, out: Set<Listener>): void {
    if (Object.is(before, after)) return;
    addAll(this.root.listeners, out);
    for (const segments of paths) {
      let node = this.root;
      let oldValue = before;
      let newValue = after;
      let reachedEnd = true;
      for (const segment of segments) {
        const child = node.children.get(segment);
        if (child === undefined) {
          reachedEnd = false;
          break;
        }
        oldValue = readSegment(oldValue, segment);
        newValue = readSegment(newValue, segment);
        if (Object.is(oldValue, newValue)) {
          reachedEnd = false;
          break;
        }
        addAll(child.listeners, out);
        node = child;
      }
      if (reachedEnd) this.collectSubtree(node, oldValue, newValue, out);
    }
  }

  /** Every listener whose value differs between `before` and `after`. */
  collectAll(before: unknown, after: unknown, out: Set<Listener>): void {
    if (Object.is(before, after)) return;
    addAll(this.root.listeners, out);
    this.collectSubtree(this.root, before, after, out);
  }

  /** Descendants of `node` (not `node` itself) whose value changed. Iterative: no recursion limit. */
  private collectSubtree(node: TrieNode, before: unknown, after: unknown, out: Set<Listener>): void {
    const stack: Array<[TrieNode, unknown, unknown]> = [[node, before, after]];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const [current, oldParent, newParent] = item;
      for (const [segment, child] of current.children) {
        const oldValue = readSegment(oldParent, segment);
        const newValue = readSegment(newParent, segment);
        if (Object.is(oldValue, newValue)) continue;
        addAll(child.listeners, out);
        if (child.children.size > 0) stack.push([child, oldValue, newValue]);
      }
    }
  }
}

function addAll(from: Set<Listener>, to: Set<Listener>): void {
  for (const listener of from) to.add(listener);
}
