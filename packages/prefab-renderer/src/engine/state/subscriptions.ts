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
  /**
   * Subscribed listeners, a function once per subscription: the function itself while there is one (nearly every
   * path of a big view has exactly one subscriber, its node: no array per path), an array from the second on.
   */
  listeners: Listener | Listener[] | null;
  children: Map<string, TrieNode> | null;
}

function createNode(): TrieNode {
  return { listeners: null, children: null };
}

export class SubscriptionTree {
  /** The root stands for the whole state, which nobody subscribes to (a path is never empty). */
  private readonly root: TrieNode = createNode();

  add(segments: PathSegments, listener: Listener): () => void {
    this.insert(segments, listener);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.remove(segments, listener);
    };
  }

  /** Adds one subscription of `listener` at `segments` (no unsubscribe closure: pair it with `remove`). */
  insert(segments: PathSegments, listener: Listener): void {
    let node = this.root;
    for (const segment of segments) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (child === undefined) {
        child = createNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    const current = node.listeners;
    if (current === null) node.listeners = listener;
    else if (Array.isArray(current)) current.push(listener);
    else node.listeners = [current, listener];
  }

  /**
   * Removes one subscription of `listener` at `segments` (the same function may be subscribed twice, e.g. by
   * two components sharing a callback: each unsubscribe removes one). Prunes branches left empty, so long-lived
   * stores with churning subscriptions do not accumulate nodes.
   */
  remove(segments: PathSegments, listener: Listener): void {
    const trail: TrieNode[] = [this.root];
    let node = this.root;
    for (const segment of segments) {
      const child = node.children?.get(segment);
      if (child === undefined) return;
      node = child;
      trail.push(node);
    }
    const listeners = node.listeners;
    if (listeners === listener) node.listeners = null;
    else {
      const at = Array.isArray(listeners) ? listeners.lastIndexOf(listener) : -1;
      if (at < 0) return;
      (listeners as Listener[]).splice(at, 1);
      if ((listeners as Listener[]).length === 0) node.listeners = null;
    }
    for (let i = trail.length - 1; i > 0; i--) {
      const current = trail[i]!;
      if (current.listeners !== null || (current.children !== null && current.children.size > 0)) break;
      trail[i - 1]!.children?.delete(segments[i - 1]!);
    }
  }

  /** Listeners affected by writes at `paths` between `before` and `after`, added to `out`. */
  collectForPaths(before: unknown, after: unknown, paths: Iterable<PathSegments>, out: Set<Listener>): void {
    if (Object.is(before, after)) return;
    for (const segments of paths) {
      let node = this.root;
      let oldValue = before;
      let newValue = after;
      let reachedEnd = true;
      for (const segment of segments) {
        const child = node.children?.get(segment);
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
    this.collectSubtree(this.root, before, after, out);
  }

  /** Descendants of `node` (not `node` itself) whose value changed. Iterative: no recursion limit. */
  private collectSubtree(node: TrieNode, before: unknown, after: unknown, out: Set<Listener>): void {
    const stack: Array<[TrieNode, unknown, unknown]> = [[node, before, after]];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const [current, oldParent, newParent] = item;
      if (current.children === null) continue;
      for (const [segment, child] of current.children) {
        const oldValue = readSegment(oldParent, segment);
        const newValue = readSegment(newParent, segment);
        if (Object.is(oldValue, newValue)) continue;
        addAll(child.listeners, out);
        if (child.children !== null && child.children.size > 0) stack.push([child, oldValue, newValue]);
      }
    }
  }
}

function addAll(from: Listener | Listener[] | null, to: Set<Listener>): void {
  if (Array.isArray(from)) for (const listener of from) to.add(listener);
  else if (from !== null) to.add(from);
}
