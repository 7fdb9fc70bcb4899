/** What a model would see besides the tool result: updateModelContext, sendMessage, logs, link/download requests. */
import type { ModelEvent } from "./host.js";
import { createStore } from "./store.js";

export const modelEvents = createStore<ModelEvent[]>([]);
let seq = 0;

export function addModelEvent(view: number, kind: ModelEvent["kind"], payload: unknown): void {
  modelEvents.set((prev) => [
    ...prev,
    { seq: ++seq, at: Math.round(performance.now()), view, kind, payload },
  ]);
}
