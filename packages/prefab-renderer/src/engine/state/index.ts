/** Public surface of the client state store. */
export type { StateError, StateErrorCode } from "./errors.js";
export { insertAt, parseListIndex, resolveRemoveIndex } from "./list.js";
export {
  FORBIDDEN_SEGMENTS,
  getPath,
  isIndexSegment,
  type ParsePathResult,
  type PathSegments,
  parsePath,
  readSegment,
  type SetPathResult,
  setPath,
} from "./path.js";
export {
  StoreProvider,
  type StoreProviderProps,
  useStateValue,
  useStore,
  useStoreValue,
} from "./react.js";
export { computeSeeds, type SeedResult, STATEFUL_TYPES, seedStore } from "./seed.js";
export {
  createStore,
  isReservedKey,
  type Listener,
  type MergeResult,
  type PopResult,
  type ResetOptions,
  type StateSnapshot,
  type Store,
  type WriteOptions,
  type WriteResult,
} from "./store.js";
