/** The `fetch` action: an HTTP request from the view, subject to the URL policy and the host's CSP. */
import { safeUrl } from "../lib/safe-url.js";
import { type ActionOutcome, fail, ok } from "./context.js";

type Fields = Record<string, unknown>;

export async function fetchAction(a: Fields): Promise<ActionOutcome> {
  const url = safeUrl(a.url, "fetch");
  if (!url) return fail(`refused to fetch "${String(a.url)}": only http(s) and relative URLs`);
  const method = typeof a.method === "string" ? a.method.toUpperCase() : "GET";
  const headers: Record<string, string> = {};
  if (a.headers && typeof a.headers === "object") {
    for (const [k, v] of Object.entries(a.headers)) headers[k] = String(v);
  }
  let body: string | undefined;
  if (a.body !== undefined && method !== "GET" && method !== "HEAD") {
    if (typeof a.body === "string") body = a.body;
    else {
      body = JSON.stringify(a.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) {
        headers["Content-Type"] = "application/json";
      }
    }
  }
  try {
    const res = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    if (!res.ok) return fail(`${res.status} ${res.statusText}`.trim());
    const text = await res.text();
    let value: unknown = text;
    if (text) {
      try {
        value = JSON.parse(text);
      } catch {
        value = text;
      }
    }
    // `resultKey` is written by the executor.
    return ok(value);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}
