/**
 * The least an MCP App View can do: `ui/initialize` → `ui/notifications/initialized`, then on each tool result run
 * `show` (a JS function expression of `(structuredContent, root)`) — no framework, no parsing, no validation.
 * Served in place of a renderer, it measures what every renderer pays before its own work: the host page, the
 * handshake and the structured clone of the message (deserialized on the first read of `MessageEvent.data`).
 */
export function floorGuest(show: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script>
const post = (m) => parent.postMessage({ jsonrpc: "2.0", ...m }, "*");
const show = ${show};
addEventListener("message", (e) => {
  const m = e.data;
  if (m && m.id === 1 && m.result) post({ method: "ui/notifications/initialized", params: {} });
  if (m && m.method === "ui/notifications/tool-result") show(m.params.structuredContent, document.getElementById("root"));
});
post({ id: 1, method: "ui/initialize", params: { appInfo: { name: "floor", version: "0" }, appCapabilities: {}, protocolVersion: "2026-01-26" } });
</script></body></html>`;
}
