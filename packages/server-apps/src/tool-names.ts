/**
 * Late binding of tool names inside served envelopes. A view built before its app was
 * mounted (or with a raw `toolCall("save")` string) names tools by their local
 * names; on the way out they are rewritten to the names the tools are listed under.
 * Views built inside handlers already carry the right names, because a ref's `name`
 * is read when the view is built.
 */
type Json = Record<string, unknown>;

/** Returns the new name for a `toolCall` target, or undefined to keep it. */
export type ToolNameResolver = (name: string) => string | undefined;

/** Copy `value`, rewriting the `tool` of every `toolCall` action; unchanged branches are shared. */
export function rewriteToolCalls<T>(value: T, resolve: ToolNameResolver): T {
  return walk(value, resolve, 0) as T;
}

function walk(value: unknown, resolve: ToolNameResolver, depth: number): unknown {
  // Envelopes are bounded by the parser's limits; this guards hand-built cyclic input.
  if (depth > 2048 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = walk(item, resolve, depth + 1);
      if (next === item) return;
      out ??= value.slice();
      out[i] = next;
    });
    return out ?? value;
  }
  let out: Json | undefined;
  const obj = value as Json;
  for (const [key, item] of Object.entries(obj)) {
    let next = walk(item, resolve, depth + 1);
    if (key === "tool" && obj.action === "toolCall" && typeof item === "string") next = resolve(item) ?? item;
    if (next === item) continue;
    out ??= { ...obj };
    out[key] = next;
  }
  return out ?? value;
}
