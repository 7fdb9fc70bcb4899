/** Toasts: a tiny external store and a polite live region (no toast library on the first-paint path). */
import { useSyncExternalStore } from "react";
import { cn } from "../lib/cn.js";
import type { ToastOptions } from "../render/runtime.js";

interface ToastItem extends ToastOptions {
  id: number;
}

export interface ToastStore {
  push(t: ToastOptions): void;
  dismiss(id: number): void;
  subscribe(l: () => void): () => void;
  list(): readonly ToastItem[];
}

export function createToastStore(): ToastStore {
  let items: readonly ToastItem[] = [];
  let next = 1;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  const dismiss = (id: number) => {
    items = items.filter((t) => t.id !== id);
    emit();
  };
  return {
    push(t) {
      const id = next++;
      items = [...items.slice(-4), { ...t, id }];
      emit();
      setTimeout(() => dismiss(id), t.duration ?? (t.variant === "error" ? 8000 : 4000));
    },
    dismiss,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    list: () => items,
  };
}

const VARIANT: Record<string, string> = {
  default: "border-border",
  success: "border-success/50 [&_[data-title]]:text-success",
  error: "border-destructive/50 [&_[data-title]]:text-destructive",
  warning: "border-warning/50 [&_[data-title]]:text-warning",
  info: "border-info/50 [&_[data-title]]:text-info",
};

export function Toaster({ store }: { store: ToastStore }) {
  const items = useSyncExternalStore(store.subscribe, store.list, store.list);
  return (
    <section
      aria-label="Notifications"
      aria-live="polite"
      className="pf-toaster pointer-events-none fixed right-4 bottom-4 z-[100] flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {items.map((t) => (
        <div
          key={t.id}
          role={t.variant === "error" ? "alert" : "status"}
          className={cn(
            "pf-toast pointer-events-auto rounded-lg border bg-popover p-3 text-sm text-popover-foreground shadow-lg",
            VARIANT[t.variant ?? "default"],
          )}
        >
          <div className="flex items-start gap-2">
            <div className="min-w-0 flex-1">
              <div data-title className="font-medium">
                {t.message}
              </div>
              {t.description ? <div className="mt-0.5 text-muted-foreground">{t.description}</div> : null}
            </div>
            <button
              type="button"
              aria-label="Dismiss notification"
              className="rounded px-1 text-muted-foreground hover:text-foreground"
              onClick={() => store.dismiss(t.id)}
            >
              ×
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
