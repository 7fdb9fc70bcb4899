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

/**
 * A function, or an object notified through its `stateChanged` method: a subscriber that is an object anyway (an
 * interpreter node) needs no closure of its own.
 */
export type Listener = (() => void) | { stateChanged(): void };

type Listeners = Listener | Listener[];

/**
 * A path's listeners, a function (or object) once per subscription: the listener itself while there is one (nearly
 * every path of a big view has exactly one subscriber, its node: no array per path), an array from the second on.
 */
class TrieNode {
  constructor(
    public listeners: Listeners | null = null,
    public children: Map<string, Entry> | null = null,
  ) {}
}
/** A child: a trie node, or only its listeners while nothing is subscribed under it (most paths: no node per path). */
type Entry = TrieNode | Listeners;

function added(current: Listeners | null | undefined, listener: Listener): Listeners {
  if (current == null) return listener;
  if (!Array.isArray(current)) return [current, listener];
  current.push(listener);
  return current;
}

/** `current` without one subscription of `listener`: null when none is left, undefined when it had none. */
function removed(current: Listeners | null, listener: Listener): Listeners | null | undefined {
  if (current === listener) return null;
  const at = Array.isArray(current) ? current.lastIndexOf(listener) : -1;
  if (at < 0) return undefined;
  const list = current as Listener[];
  list.splice(at, 1);
  return list.length > 0 ? list : null;
}

export class SubscriptionTree {
  /** The root stands for the whole state, which nobody subscribes to (a path is never empty). */
  private readonly root = new TrieNode();

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
    const last = segments.length - 1;
    for (let i = 0; ; i++) {
      node.children ??= new Map();
      const segment = segments[i]!;
      const child = node.children.get(segment);
      if (i === last) {
        if (child instanceof TrieNode) child.listeners = added(child.listeners, listener);
        else node.children.set(segment, added(child, listener));
        return;
      }
      if (child instanceof TrieNode) node = child;
      else {
        const next = new TrieNode(child);
        node.children.set(segment, next);
        node = next;
      }
    }
  }

  /**
   * Removes one subscription of `listener` at `segments` (the same function may be subscribed twice, e.g. by
   * two components sharing a callback: each unsubscribe removes one). Prunes branches left empty, so long-lived
   * stores with churning subscriptions do not accumulate nodes.
   */
  remove(segments: PathSegments, listener: Listener): void {
    const trail: TrieNode[] = [this.root];
    const last = segments.length - 1;
    for (let i = 0; i < last; i++) {
      const child = trail[i]!.children?.get(segments[i]!);
      if (!(child instanceof TrieNode)) return;
      trail.push(child);
    }
    const parent = trail[last]!;
    const child = parent.children?.get(segments[last]!);
    if (child === undefined) return;
    const node = child instanceof TrieNode;
    // An array loses the listener in place; a bare listener's entry goes (then the pruning starts at its parent).
    const rest = removed(node ? child.listeners : child, listener);
    if (rest === undefined) return;
    if (node) {
      child.listeners = rest;
      trail.push(child);
    } else if (rest === null) parent.children!.delete(segments[last]!);
    for (let i = trail.length - 1; i > 0; i--) {
      const current = trail[i]!;
      if (current.listeners !== null || (current.children !== null && current.children.size > 0)) break;
      trail[i - 1]!.children?.delete(segments[i - 1]!);
    }
  }

  /** Listeners affected by writes at `paths` between `before` and `after`, added to `out`. */
  collectForPaths(before: unknown, after: unknown, paths: Iterable<PathSegments>, out: Set<Listener>): void {
    if (Object.is(before, after)) return;
    next: for (const segments of paths) {
      let node = this.root;
      let oldValue = before;
      let newValue = after;
      for (const segment of segments) {
        const child = node.children?.get(segment);
        if (child === undefined) continue next;
        oldValue = readSegment(oldValue, segment);
        newValue = readSegment(newValue, segment);
        if (Object.is(oldValue, newValue)) continue next;
        const inner = child instanceof TrieNode;
        addAll(inner ? child.listeners : child, out);
        // Nothing is subscribed under a bare entry.
        if (!inner) continue next;
        node = child;
      }
      this.collectSubtree(node, oldValue, newValue, out);
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
        if (!(child instanceof TrieNode)) addAll(child, out);
        else {
          addAll(child.listeners, out);
          if (child.children !== null && child.children.size > 0) stack.push([child, oldValue, newValue]);
        }
      }
    }
  }
}

function addAll(from: Listeners | null, to: Set<Listener>): void {
  if (Array.isArray(from)) for (const listener of from) to.add(listener);
  else if (from !== null) to.add(from);
}
