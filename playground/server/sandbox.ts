/**
 * The sandbox proxy (mcp-apps.md §1.9, §3.3): a page on a SECOND origin (another port) that the playground
 * embeds; it writes the app's HTML into an inner iframe and relays JSON-RPC between the host page and the app.
 * The app's CSP (built from the resource's `_meta.ui.csp`) is sent as an HTTP header on this page; the inner
 * document is written with `document.write`, so it inherits the policy.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface UiCsp {
  connectDomains?: string[];
  resourceDomains?: string[];
  frameDomains?: string[];
  baseUriDomains?: string[];
}

/** A domain entry is kept only if it cannot break out of its directive (no `;`, quotes, spaces or newlines). */
function clean(domains: unknown): string[] {
  if (!Array.isArray(domains)) return [];
  return domains.filter((d): d is string => typeof d === "string" && d.length > 0 && !/[;\s'",]/.test(d));
}

/** The spec's CSP for a declared `_meta.ui.csp` (restrictive defaults when absent). No `'unsafe-eval'`. */
export function buildCsp(csp: UiCsp | undefined): string {
  const resource = clean(csp?.resourceDomains);
  const connect = clean(csp?.connectDomains);
  const frame = clean(csp?.frameDomains);
  const base = clean(csp?.baseUriDomains);
  const join = (...parts: string[]) => parts.filter(Boolean).join(" ");
  return [
    "default-src 'none'",
    `script-src ${join("'self'", "'unsafe-inline'", ...resource)}`,
    `style-src ${join("'self'", "'unsafe-inline'", ...resource)}`,
    `connect-src ${join("'self'", ...connect)}`,
    `img-src ${join("'self'", "data:", ...resource)}`,
    `font-src ${join("'self'", "data:", ...resource)}`,
    `media-src ${join("'self'", "data:", ...resource)}`,
    `frame-src ${frame.length ? frame.join(" ") : "'none'"}`,
    "object-src 'none'",
    `base-uri ${base.length ? base.join(" ") : "'self'"}`,
  ].join("; ");
}

/** The proxy page. `hostOrigins` are the playground origins allowed to drive it. */
export function sandboxHtml(hostOrigins: string[]): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Prefab playground sandbox</title>
<style>html,body{margin:0;padding:0;height:100%;overflow:hidden;background:transparent}iframe{border:0;width:100%;height:100%;display:block;background:transparent}</style>
</head><body><script>
(() => {
  const allowed = ${JSON.stringify(hostOrigins)};
  if (window.top === window) {
    document.body.textContent = "This is the Prefab playground's sandbox proxy. It only runs inside the playground.";
    return;
  }
  let hostOrigin = "";
  try { hostOrigin = new URL(document.referrer).origin; } catch {}
  if (!allowed.includes(hostOrigin)) {
    document.body.textContent = "Sandbox proxy: refusing to run for " + (hostOrigin || "an unknown origin") + ".";
    return;
  }
  let inner = null;
  const pending = [];
  const SANDBOX_PREFIX = "ui/notifications/sandbox-";
  function load(params) {
    if (inner) inner.remove();
    inner = document.createElement("iframe");
    inner.setAttribute("sandbox", typeof params.sandbox === "string" ? params.sandbox : "allow-scripts allow-same-origin allow-forms");
    const allow = [];
    const p = params.permissions || {};
    if (p.camera) allow.push("camera");
    if (p.microphone) allow.push("microphone");
    if (p.geolocation) allow.push("geolocation");
    if (p.clipboardWrite) allow.push("clipboard-write");
    if (allow.length) inner.setAttribute("allow", allow.join("; "));
    inner.title = "MCP App";
    document.body.appendChild(inner);
    const doc = inner.contentDocument;
    if (doc) { doc.open(); doc.write(params.html || ""); doc.close(); }
    else inner.srcdoc = params.html || "";
    while (pending.length) inner.contentWindow.postMessage(pending.shift(), "*");
  }
  window.addEventListener("message", (event) => {
    const msg = event.data;
    if (event.source === window.parent) {
      if (event.origin !== hostOrigin) return;
      const method = msg && typeof msg.method === "string" ? msg.method : "";
      if (method === SANDBOX_PREFIX + "resource-ready") { load(msg.params || {}); return; }
      if (method.startsWith(SANDBOX_PREFIX)) return;
      if (inner && inner.contentWindow) inner.contentWindow.postMessage(msg, "*"); else pending.push(msg);
    } else if (inner && event.source === inner.contentWindow) {
      if (event.origin !== location.origin && event.origin !== "null") return;
      const method = msg && typeof msg.method === "string" ? msg.method : "";
      if (method.startsWith(SANDBOX_PREFIX)) return;
      window.parent.postMessage(msg, hostOrigin);
    }
  });
  window.parent.postMessage({ jsonrpc: "2.0", method: SANDBOX_PREFIX + "proxy-ready", params: {} }, hostOrigin);
})();
</script></body></html>`;
}

export interface SandboxHandle {
  port: number;
  close(): Promise<void>;
}

/** Serve the proxy on `host:port` (0 = any free port). Only `/sandbox.html` exists; `?csp=` carries `_meta.ui.csp`. */
export async function startSandboxServer(options: {
  host: string;
  port: number;
  hostOrigins: () => string[];
}): Promise<SandboxHandle> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== "/sandbox.html" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    let csp: UiCsp | undefined;
    const raw = url.searchParams.get("csp");
    if (raw) {
      try {
        csp = JSON.parse(raw) as UiCsp;
      } catch {
        res.writeHead(400, { "content-type": "text/plain" }).end("Invalid csp parameter");
        return;
      }
    }
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": buildCsp(csp),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : sandboxHtml(options.hostOrigins()));
  });
  await listen(server, options.port, options.host);
  return {
    port: (server.address() as AddressInfo).port,
    close: () => closeServer(server),
  };
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
