import { reportError } from "./json-rpc.js";

/**
 * A listener set that remembers what was emitted while nobody listened and replays it to the next subscriber.
 *
 * Hosts may push `tool-result` right after `ui/initialize`, long before React effects subscribe. Once at least
 * one listener exists, events go straight through; when the last listener leaves (e.g. a React StrictMode
 * remount), buffering resumes.
 */
export class ReplayChannel<T> {
  private readonly listeners = new Set<(value: T) => void>();
  private buffer: T[] = [];

  /**
   * @param limit how many unheard events to keep (oldest dropped first).
   * @param coalesce merges a new unheard event into the previous one instead of queueing it (used for
   *   partial host-context updates, where only the sum matters).
   */
  constructor(
    private readonly limit: number,
    private readonly coalesce?: (previous: T, next: T) => T,
  ) {}

  emit(value: T): void {
    if (this.listeners.size === 0) {
      this.hold(value);
      return;
    }
    // Copy: a listener may unsubscribe itself or others while we iterate.
    for (const listener of [...this.listeners]) deliver(listener, value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    const replay = this.buffer;
    this.buffer = [];
    for (const value of replay) deliver(listener, value);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private hold(value: T): void {
    const last = this.buffer[this.buffer.length - 1];
    if (this.coalesce && last !== undefined) {
      this.buffer[this.buffer.length - 1] = this.coalesce(last, value);
      return;
    }
    this.buffer.push(value);
    if (this.buffer.length > this.limit) this.buffer.splice(0, this.buffer.length - this.limit);
  }
}

function deliver<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    // One broken subscriber must not starve the others or the message loop.
    reportError(error);
  }
}
