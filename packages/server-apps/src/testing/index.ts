/** `@prefab-ui/server-apps/testing`: a headless host for testing Prefab servers. */

export { type TestApp, type TestAppOptions, type Toast, testApp } from "./test-app.js";
export type { HostRecord, RecordedToolCall } from "./test-bridge.js";
