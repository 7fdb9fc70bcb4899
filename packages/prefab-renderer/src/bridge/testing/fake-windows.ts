/**
 * Two fake windows (host and guest) for Node unit tests: `postMessage` structured-clones the data and
 * dispatches a `message` event asynchronously with the correct `source`, like a browser does. The real
 * cross-window behaviour is covered by the Chromium conformance test.
 */
import type { MessageSource, MessageTarget } from "../json-rpc.js";

type Listener = (event: MessageEvent) => void;

export class FakeWindow implements MessageTarget, MessageSource {
  private readonly listeners = new Set<Listener>();
  /** Every message posted *to* this window, in order. */
  readonly received: unknown[] = [];
  /** The window whose messages appear as `source` when someone posts to this one. */
  peer: FakeWindow | undefined;

  constructor(readonly label: string) {}

  addEventListener(_type: "message", listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: "message", listener: Listener): void {
    this.listeners.delete(listener);
  }

  postMessage(message: unknown, _targetOrigin: string): void {
    const data = structuredClone(message);
    this.received.push(data);
    this.deliverLater(data, this.peer);
  }

  /** Deliver a message as if `source` had posted it (for spoofing and malformed-input tests). */
  inject(data: unknown, source: unknown): void {
    this.deliverLater(data, source);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private deliverLater(data: unknown, source: unknown): void {
    setTimeout(() => {
      const event = { data, source } as unknown as MessageEvent;
      for (const listener of [...this.listeners]) listener(event);
    }, 0);
  }
}

export function createWindowPair(): { host: FakeWindow; guest: FakeWindow } {
  const host = new FakeWindow("host");
  const guest = new FakeWindow("guest");
  host.peer = guest;
  guest.peer = host;
  return { host, guest };
}

/** Resolve after pending `setTimeout(0)` deliveries and their microtasks ran. */
export function flush(rounds = 3): Promise<void> {
  let chain = Promise.resolve();
  for (let i = 0; i < rounds; i++) chain = chain.then(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return chain;
}
