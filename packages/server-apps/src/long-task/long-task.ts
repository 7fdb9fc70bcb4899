/**
 * `server.longTask(name, {input, run})`: a tool that starts work in the background and
 * returns a live view at once, plus two app-only tools the view uses: `<name>_status`
 * (polled) and `<name>_cancel`. All state goes through a `TaskStore`; the runner's
 * writes are queued per task so they land in order, and a write that finds the task
 * no longer running (cancelled, possibly from another process) aborts the runner.
 */
import { randomUUID } from "node:crypto";
import type { DataTableColumn, Envelope } from "@prefab-ui/dsl";
import type * as z from "zod";
import type { PrefabServer } from "../app-server.js";
import type { InputSchema, ToolRef } from "../tool-ref.js";
import {
  type ItemStatus,
  memoryTaskStore,
  type TaskItem,
  type TaskSnapshot,
  type TaskStore,
} from "./task-store.js";
import { type TaskIdInput, taskIdInput, taskView } from "./task-view.js";

export interface LongTaskContext<P> {
  /** Aborted when the user cancels (or the task is cancelled elsewhere). */
  signal: AbortSignal;
  taskId: string;
  /** A count (`done`) or `{done?, total?, message?}`. Without it, `done` counts finished items. */
  progress(update: number | { done?: number; total?: number; message?: string }): void;
  /** Add or update an item row: a status, or `{status?, label?, detail?}`. */
  item(id: string, update: ItemStatus | { status?: ItemStatus; label?: string; detail?: string }): void;
  /** Append a partial result (shown as it arrives). */
  emit(partial: P): void;
}

export interface LongTaskOptions<I extends InputSchema, R, P> {
  title?: string;
  description?: string;
  input: I;
  run: (input: z.output<I>, ctx: LongTaskContext<P>) => Promise<R>;
  /** Items known up front (shown as pending); `total` defaults to their count. */
  items?: (input: z.output<I>) => { id: string; label: string }[];
  /** Default: one in-memory store per `longTask`. */
  store?: TaskStore;
  /** How often the view polls, in ms. Default 1000. */
  pollMs?: number;
  /** Columns for the partial-results table (rows are the emitted values). */
  partialColumns?: DataTableColumn[];
  /** The model's text for a finished task is not available at start; this describes the start. */
  startText?: (snapshot: TaskSnapshot<R, P>) => string;
}

export interface LongTaskTools<I extends InputSchema, R, P, N extends string> {
  start: ToolRef<I, Envelope, N>;
  status: ToolRef<TaskIdInput, TaskSnapshot<R, P>, `${N}_status`>;
  cancel: ToolRef<TaskIdInput, TaskSnapshot<R, P>, `${N}_cancel`>;
  store: TaskStore;
}

const TERMINAL: ReadonlySet<ItemStatus> = new Set(["done", "failed", "skipped"]);
const now = () => new Date().toISOString();
const percentOf = (done: number, total: number) =>
  total > 0 ? Math.min(100, Math.max(0, Math.round((done / total) * 100))) : 0;

function finish(task: TaskSnapshot, patch: Partial<TaskSnapshot>): TaskSnapshot {
  return { ...task, ...patch, finished: true, updatedAt: now() };
}

export function addLongTask<N extends string, I extends InputSchema, R, P>(
  server: PrefabServer,
  name: N,
  options: LongTaskOptions<I, R, P>,
): LongTaskTools<I, R, P, N> {
  const store = options.store ?? memoryTaskStore();
  const title = options.title ?? name;
  // Runners of this process, so a cancel reaching this process aborts at once.
  const running = new Map<string, AbortController>();

  const notFound = (taskId: string) => new Error(`No task ${taskId} (finished tasks may have been evicted)`);

  const status = server.backendTool(
    `${name}_status`,
    { description: `Status of a ${title} task (polled by its view).`, input: taskIdInput },
    async ({ taskId }) => {
      const task = await store.get(taskId);
      if (!task) throw notFound(taskId);
      return task;
    },
  ) as unknown as ToolRef<TaskIdInput, TaskSnapshot<R, P>, `${N}_status`>;

  const cancel = server.backendTool(
    `${name}_cancel`,
    { description: `Cancel a running ${title} task.`, input: taskIdInput },
    async ({ taskId }) => {
      // Final at once: the runner's later writes are dropped, so a task that ignores its
      // signal cannot revive the view, and polling stops on this result.
      const task = await store.update(taskId, (t) =>
        t.status === "running" ? finish(t, { status: "cancelled", message: "Cancelled" }) : t,
      );
      running.get(taskId)?.abort(new Error("cancelled"));
      if (!task) throw notFound(taskId);
      return task;
    },
  ) as unknown as ToolRef<TaskIdInput, TaskSnapshot<R, P>, `${N}_cancel`>;

  const start = server.tool(
    name,
    {
      ...(options.title ? { title: options.title } : {}),
      description: options.description ?? `Start ${title}; the user sees live progress.`,
      input: options.input,
      // The envelope only says "0 %"; the model needs to know the work runs on.
      textFallback: false,
    },
    async (args) => {
      const items: TaskItem[] = (options.items?.(args) ?? []).map((i) => ({
        id: i.id,
        label: i.label,
        status: "pending",
        detail: "",
      }));
      const stamp = now();
      const snapshot: TaskSnapshot<R, P> = {
        id: randomUUID(),
        tool: start.name,
        status: "running",
        finished: false,
        done: 0,
        total: items.length,
        percentDone: 0,
        message: "Starting…",
        items,
        partial: [],
        result: null,
        error: null,
        startedAt: stamp,
        updatedAt: stamp,
      };
      await store.create(snapshot);
      launch(snapshot.id, args);
      const text =
        options.startText?.(snapshot) ??
        `Started "${title}" (task ${snapshot.id}${items.length ? `, ${items.length} items` : ""}). It runs in the background; the user sees live progress and can cancel it.`;
      return {
        view: taskView(snapshot, {
          title,
          pollMs: options.pollMs ?? 1000,
          status: status as unknown as ToolRef<TaskIdInput, TaskSnapshot>,
          cancel: cancel as unknown as ToolRef<TaskIdInput, TaskSnapshot>,
          ...(options.partialColumns ? { partialColumns: options.partialColumns } : {}),
        }),
        text,
      };
    },
  );

  function launch(taskId: string, args: z.output<I>): void {
    const controller = new AbortController();
    running.set(taskId, controller);
    let explicitDone = false;
    let queue: Promise<unknown> = Promise.resolve();
    // Writes are fire-and-forget for `run` (progress must not slow the work down) but
    // ordered; a write that finds the task final aborts the runner.
    const write = (change: (t: TaskSnapshot) => TaskSnapshot) => {
      queue = queue
        .then(() =>
          store.update(taskId, (t) => (t.status === "running" ? { ...change(t), updatedAt: now() } : t)),
        )
        .then((t) => {
          if (t && t.status !== "running" && !controller.signal.aborted)
            controller.abort(new Error(t.status));
        })
        .catch(() => {});
    };
    const ctx: LongTaskContext<P> = {
      signal: controller.signal,
      taskId,
      progress(update) {
        const u = typeof update === "number" ? { done: update } : update;
        if (u.done !== undefined) explicitDone = true;
        write((t) => {
          const done = u.done ?? t.done;
          const total = u.total ?? t.total;
          return { ...t, done, total, percentDone: percentOf(done, total), message: u.message ?? t.message };
        });
      },
      item(id, update) {
        const u = typeof update === "string" ? { status: update } : update;
        write((t) => {
          const existing = t.items.find((i) => i.id === id);
          const items = existing
            ? t.items.map((i) => (i.id === id ? { ...i, ...u } : i))
            : [
                ...t.items,
                { id, label: u.label ?? id, status: u.status ?? "pending", detail: u.detail ?? "" },
              ];
          const total = Math.max(t.total, items.length);
          const done = explicitDone ? t.done : items.filter((i) => TERMINAL.has(i.status)).length;
          return { ...t, items, total, done, percentDone: percentOf(done, total) };
        });
      },
      emit(partial) {
        write((t) => ({ ...t, partial: [...t.partial, partial] }));
      },
    };
    void Promise.resolve()
      .then(() => options.run(args, ctx))
      .then(
        (result) => ({ ok: true as const, result }),
        (error: unknown) => ({ ok: false as const, error }),
      )
      .then(async (outcome) => {
        await queue;
        await store.update(taskId, (t) => {
          if (t.status !== "running") return t;
          if (outcome.ok) {
            return finish(t, {
              status: "done",
              result: outcome.result ?? null,
              done: t.total > 0 ? t.total : t.done,
              percentDone: 100,
              message: "Done",
            });
          }
          const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
          return finish(t, { status: "failed", error: message, message: "Failed" });
        });
      })
      .catch(() => {})
      .finally(() => running.delete(taskId));
  }

  return { start: start as unknown as ToolRef<I, Envelope, N>, status, cancel, store };
}
