/**
 * React bindings for the store.
 *
 * `useStoreValue` subscribes to one path only, so a keystroke that writes `name` re-renders the components
 * reading `name` (or its ancestors/descendants) and no others. `useSyncExternalStore` keeps the read
 * tear-free under concurrent rendering; the snapshot is the value at the path, which keeps its identity
 * while unchanged thanks to structural sharing, so no extra memoisation is needed.
 */
import {
  createContext,
  createElement,
  type ReactNode,
  useCallback,
  useContext,
  useSyncExternalStore,
} from "react";
import type { Store } from "./store.js";

const StoreContext = createContext<Store | null>(null);
StoreContext.displayName = "PrefabStore";

export interface StoreProviderProps {
  readonly store: Store;
  readonly children?: ReactNode;
}

export function StoreProvider({ store, children }: StoreProviderProps): ReactNode {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** The store from the nearest `StoreProvider`; throws outside one, since rendering without state is a bug. */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (store === null) throw new Error("useStore must be used inside a <StoreProvider>");
  return store;
}

export function useStoreValue(store: Store, path: string): unknown {
  const subscribe = useCallback((onChange: () => void) => store.subscribe(path, onChange), [store, path]);
  const read = useCallback(() => store.get(path), [store, path]);
  return useSyncExternalStore(subscribe, read, read);
}

/** `useStoreValue` against the store from context. */
export function useStateValue(path: string): unknown {
  return useStoreValue(useStore(), path);
}
