/**
 * Runs action lists (protocol §4.1 with the 0.3 changes of §14.4): in order, each
 * action interpolated just before it runs, callbacks interpolated only when they
 * run (so "Saved {{ $result.name }}" works), the first failure stops the list after
 * its own onError. A failure nobody handles is shown as a toast: never silent.
 */
import { evaluateCondition, interpolate } from "../engine/expression/index.js";
import {
  type ActionContext,
  type ActionOutcome,
  actionLookup,
  fail,
  MAX_CHAIN_DEPTH,
  ok,
} from "./context.js";
import { fetchAction } from "./fetch-action.js";
import { openFilePickerAction } from "./file-picker.js";
import {
  openLinkAction,
  requestDisplayModeAction,
  sendMessageAction,
  toolCallAction,
  updateContextAction,
} from "./host-actions.js";
import { appendStateAction, popStateAction, setStateAction, toggleStateAction } from "./state-actions.js";

type Fields = Record<string, unknown>;

/** Actions whose `resultKey` receives their result (written here, after the staleness check). */
const RESULT_KEY = new Set(["toolCall", "fetch"]);

/** Keys whose values are actions or conditions evaluated later, never eagerly. */
const DEFERRED = new Set(["onSuccess", "onError", "onTick", "onComplete", "while"]);

function asList(actions: unknown): unknown[] {
  if (actions === undefined || actions === null) return [];
  return Array.isArray(actions) ? actions : [actions];
}

/** Run an action or list; resolves to false when one failed. */
export async function runActions(actions: unknown, ctx: ActionContext): Promise<boolean> {
  // A view still streaming from the model is a preview: nothing it says to do runs yet.
  if (ctx.runtime.partial) return false;
  for (const action of asList(actions)) {
    if (!(await runAction(action, ctx))) return false;
  }
  return true;
}

async function runAction(raw: unknown, ctx: ActionContext): Promise<boolean> {
  const rt = ctx.runtime;
  if (typeof raw !== "object" || raw === null || typeof (raw as Fields).action !== "string") {
    rt.reportIssue({
      severity: "error",
      code: "invalid-action",
      path: ctx.path,
      message: "not an action object",
    });
    return false;
  }
  const source = raw as Fields;
  const eager: Fields = {};
  for (const [k, v] of Object.entries(source)) if (!DEFERRED.has(k)) eager[k] = v;
  const a = interpolate(eager, actionLookup(ctx), rt.expression) as Fields;

  let outcome: ActionOutcome;
  try {
    outcome = await execute(String(a.action), a, source, ctx);
  } catch (e) {
    outcome = fail(e instanceof Error ? e.message : String(e));
  }
  // The view moved on to another envelope (or unmounted) while this ran: its result belongs to nobody.
  if (rt.stale?.()) return false;
  if (outcome.ok && RESULT_KEY.has(String(a.action)) && typeof a.resultKey === "string" && a.resultKey) {
    const w = rt.store.set(a.resultKey, outcome.value);
    if (!w.ok) outcome = fail(w.error.message);
  }
  rt.onAction?.({
    action: String(a.action),
    path: ctx.path,
    ok: outcome.ok,
    ...(outcome.ok ? {} : { error: outcome.error }),
  });

  if (outcome.ok) {
    if (outcome.quiet || source.onSuccess === undefined) return true;
    // The Python docstrings promise the picked files as `$event` (the renderers give `$result`): offer both names.
    const files = a.action === "openFilePicker" ? { $event: outcome.value } : {};
    return chain(source.onSuccess, { ...ctx, $result: outcome.value, ...files });
  }
  if (source.onError !== undefined) {
    await chain(source.onError, { ...ctx, $error: outcome.error });
  } else {
    // Unhandled failures surface; the view and its state stay as they were.
    rt.toast({ message: `${String(a.action)} failed`, description: outcome.error, variant: "error" });
    rt.reportIssue({
      severity: "warning",
      code: "invalid-action",
      path: ctx.path,
      message: `${String(a.action)}: ${outcome.error}`,
    });
  }
  return false;
}

function chain(actions: unknown, ctx: ActionContext): Promise<boolean> {
  if (ctx.depth + 1 > MAX_CHAIN_DEPTH) {
    ctx.runtime.reportIssue({
      severity: "error",
      code: "too-deep",
      path: ctx.path,
      message: `onSuccess/onError chains deeper than ${MAX_CHAIN_DEPTH} are not run`,
    });
    return Promise.resolve(false);
  }
  return runActions(actions, { ...ctx, depth: ctx.depth + 1 });
}

async function execute(name: string, a: Fields, source: Fields, ctx: ActionContext): Promise<ActionOutcome> {
  const rt = ctx.runtime;
  switch (name) {
    case "setState":
      return setStateAction(rt, a);
    case "toggleState":
      return toggleStateAction(rt, a);
    case "appendState":
      return appendStateAction(rt, a);
    case "popState":
      return popStateAction(rt, a);
    case "showToast":
      rt.toast({
        message: String(a.message ?? ""),
        ...(a.description !== undefined ? { description: String(a.description) } : {}),
        ...(typeof a.variant === "string" ? { variant: a.variant as "default" } : {}),
        ...(typeof a.duration === "number" ? { duration: a.duration } : {}),
      });
      return ok();
    case "closeOverlay":
      ctx.closeOverlay?.();
      return ok();
    case "toolCall":
      return toolCallAction(rt, a);
    case "sendMessage":
      return sendMessageAction(rt, a);
    case "updateContext":
      return updateContextAction(rt, a);
    case "openLink":
      return openLinkAction(rt, a);
    case "requestDisplayMode":
      return requestDisplayModeAction(rt, a);
    case "fetch":
      return fetchAction(a);
    case "openFilePicker":
      return openFilePickerAction(a);
    case "setInterval":
      return startInterval(a, source, ctx);
    case "callHandler":
      return callHandler(a, ctx);
    default:
      return fail(`unknown action "${name}"`);
  }
}

function durationOf(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && n > 0 ? n : 1000;
}

/** setInterval: ticks with `$event` = tick number; `while` re-evaluated each tick against live state. */
function startInterval(a: Fields, source: Fields, ctx: ActionContext): ActionOutcome {
  const rt = ctx.runtime;
  const count = typeof a.count === "number" ? a.count : Number.POSITIVE_INFINITY;
  const holds = () =>
    source.while === undefined || evaluateCondition(String(source.while), actionLookup(ctx), rt.expression);
  const complete = () => {
    if (source.onComplete !== undefined) void runActions(source.onComplete, { ...ctx, depth: ctx.depth + 1 });
  };
  if (!holds()) {
    complete();
    return ok();
  }
  let ticks = 0;
  let duration = durationOf(a.duration);
  let timer: ReturnType<typeof setInterval> | undefined;
  let busy = false;
  let cancelled = false;
  const clear = () => {
    clearInterval(timer);
    rt.timers.delete(cancel);
  };
  // A new envelope or unmount: a tick still running finishes its onTick, but nothing runs after it (no onComplete).
  const cancel = () => {
    cancelled = true;
    clear();
  };
  const tick = async () => {
    // While an onTick is still running (a slow tool call, say) the next beats are skipped rather than piled up:
    // otherwise a poll would overlap its own calls and run onTick past `count`, and onComplete more than once.
    if (busy) return;
    busy = true;
    ticks++;
    try {
      if (source.onTick !== undefined)
        await runActions(source.onTick, { ...ctx, $event: ticks, depth: ctx.depth + 1 });
    } finally {
      busy = false;
    }
    if (cancelled) return;
    if (ticks >= count || !holds()) {
      clear();
      complete();
      return;
    }
    // 0.3: a templated duration is re-read after each tick.
    if (typeof source.duration === "string") {
      const next = durationOf(interpolate(source.duration, actionLookup(ctx), rt.expression));
      if (next !== duration) {
        duration = next;
        clearInterval(timer);
        timer = setInterval(tick, duration);
      }
    }
  };
  timer = setInterval(tick, duration);
  rt.timers.add(cancel);
  return ok();
}

interface HandlerRegistry {
  actions?: Record<string, unknown>;
}

function callHandler(a: Fields, ctx: ActionContext): ActionOutcome {
  const rt = ctx.runtime;
  const name = String(a.handler);
  const globalHandlers = (globalThis as { __prefab_handlers?: HandlerRegistry }).__prefab_handlers?.actions;
  const own = rt.handlers;
  const fn =
    own && Object.hasOwn(own, name)
      ? own[name]
      : globalHandlers && Object.hasOwn(globalHandlers, name)
        ? globalHandlers[name]
        : undefined;
  if (typeof fn !== "function") return fail(`Unknown handler: "${name}"`);
  const value = fn({ state: rt.store.getSnapshot(), event: ctx.$event, arguments: a.arguments });
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Promise)) {
    rt.store.merge(value as Record<string, unknown>);
    return ok(value);
  }
  return ok();
}
