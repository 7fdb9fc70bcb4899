/** Client-side state actions: synchronous, and failing visibly (never "warn and succeed"). */
import type { WriteResult } from "../engine/state/index.js";
import type { RenderRuntime } from "../render/runtime.js";
import { type ActionOutcome, fail, ok } from "./context.js";

type Fields = Record<string, unknown>;

const written = (r: WriteResult | { ok: false; error: { message: string } } | { ok: true }): ActionOutcome =>
  r.ok ? ok() : fail(r.error.message);

export function setStateAction(rt: RenderRuntime, a: Fields): ActionOutcome {
  return written(rt.store.set(String(a.key), a.value));
}
export function toggleStateAction(rt: RenderRuntime, a: Fields): ActionOutcome {
  return written(rt.store.toggle(String(a.key)));
}
export function appendStateAction(rt: RenderRuntime, a: Fields): ActionOutcome {
  return written(rt.store.append(String(a.key), a.value, a.index as number | string | undefined));
}
export function popStateAction(rt: RenderRuntime, a: Fields): ActionOutcome {
  const r = rt.store.pop(String(a.key), a.index as number | string);
  return r.ok ? ok(r.removed) : fail(r.error.message);
}
