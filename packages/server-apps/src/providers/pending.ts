/**
 * Requests a provider view is waiting on (an approval, a choice), keyed by an id the
 * server generated. The view sends the id back with the answer, so the server checks
 * the answer against what it actually asked (which options exist, whether it was
 * already answered) instead of trusting whatever the iframe sends.
 *
 * It lives in the provider's closure, not in an `McpServer`, because stateless HTTP
 * builds a fresh `McpServer` per request. It is per process: a server behind a load
 * balancer needs sticky routing or its own `store`.
 */
import { randomUUID } from "node:crypto";

export interface PendingStore<T> {
  open(value: T): string;
  get(id: string): T | undefined;
  /** Mark answered; returns false when it was unknown or already answered. */
  settle(id: string): boolean;
}

/** Keeps at most `limit` open requests; the oldest is dropped first, so memory stays bounded. */
export function pendingStore<T>(limit = 1000): PendingStore<T> {
  const open = new Map<string, T>();
  return {
    open(value) {
      const id = randomUUID();
      open.set(id, value);
      if (open.size > limit) {
        const oldest = open.keys().next().value;
        if (oldest !== undefined) open.delete(oldest);
      }
      return id;
    },
    get: (id) => open.get(id),
    settle: (id) => open.delete(id),
  };
}
