/**
 * Toasts: a tiny external store and a polite live region (no toast library on the first-paint path). The region is
 * always in the DOM (screen readers only announce changes to a live region that already exists); the toast markup
 * is a lazy chunk (toast-list.tsx), loaded with the first toast — toasts only follow actions, never the first paint.
 */
import { Suspense, use, useSyncExternalStore } from "react";
import { lazyModule } from "../render/registry.js";
import type { ToastOptions } from "../render/runtime.js";

// A lazyModule: preloadLazyModules() loads it, and once loaded it renders without suspending.
const toastList = lazyModule(() => import("./toast-list.js"));

function Toasts(props: { items: readonly ToastItem[]; onDismiss: (id: number) => void }) {
  const { default: List } = toastList.get() ?? use(toastList.load());
  return <List {...props} />;
}

export interface ToastItem extends ToastOptions {
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

export function Toaster({ store }: { store: ToastStore }) {
  const items = useSyncExternalStore(store.subscribe, store.list, store.list);
  return (
    <section
      aria-label="Notifications"
      aria-live="polite"
      className="pf-toaster pointer-events-none fixed right-4 bottom-4 z-[100] flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {items.length > 0 ? (
        <Suspense fallback={null}>
          <Toasts items={items} onDismiss={store.dismiss} />
        </Suspense>
      ) : null}
    </section>
  );
}
