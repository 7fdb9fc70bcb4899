export { connectGuestBridge, type GuestBridgeOptions, isFramed } from "./guest-bridge.js";
export type {
  BridgeRequestOptions,
  CallServerToolParams,
  HostBridge,
  HostContextListener,
  SendMessageParams,
  SizeChange,
  TeardownHandler,
  ToolCancelledParams,
  ToolInputParams,
  Unsubscribe,
  UpdateModelContextParams,
} from "./host-bridge.js";
export { JsonRpcError, JsonRpcErrorCode } from "./json-rpc.js";
export { PROTOCOL_VERSION } from "./protocol.js";
export {
  createStandaloneBridge,
  isOpenableUrl,
  NoHostError,
  type StandaloneBridgeOptions,
} from "./standalone-bridge.js";
export {
  envelopeAppId,
  type ToolCallOutcome,
  type ToolCallValueOptions,
  toolCallErrorText,
  toolCallMeta,
  toolCallOutcome,
  toolCallResultValue,
} from "./tool-call-outcome.js";
export { extractEnvelope, isWrappedResult, type JsonObject } from "./tool-result.js";
