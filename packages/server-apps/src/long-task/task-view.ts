/**
 * The live view of a long task. It starts polling on mount (`setInterval` whose
 * `while` reads the task state, so it stops itself once the task is final) and writes
 * each status result over `task` with `resultKey`; nothing else is needed on the
 * client. The task id is baked into the envelope, so a view that is closed and
 * reopened (the host re-renders the same result) resumes from the server's state.
 */
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Badge,
  Button,
  type Child,
  Column,
  DataTable,
  type DataTableColumn,
  defineState,
  H2,
  Muted,
  PrefabApp,
  Progress,
  Row,
  startInterval,
  Text,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import { callTool, type ToolRef } from "../tool-ref.js";
import type { TaskSnapshot } from "./task-store.js";

export const taskIdInput = z.object({ taskId: z.string().min(1).max(200) });
export type TaskIdInput = typeof taskIdInput;

export interface TaskViewOptions {
  title: string;
  pollMs: number;
  status: ToolRef<TaskIdInput, TaskSnapshot>;
  cancel: ToolRef<TaskIdInput, TaskSnapshot>;
  /** Columns of the partial-results table; no table when omitted. */
  partialColumns?: DataTableColumn[];
  /** Item table columns beyond label/status/detail are not needed; this renames the first one. */
  itemHeader?: string;
}

export function taskView(snapshot: TaskSnapshot, o: TaskViewOptions): PrefabApp {
  const s = defineState({ task: snapshot });
  const task = s.task;
  const taskId = snapshot.id;
  const parts: Child[] = [
    Row({ cssClass: "items-center justify-between gap-2" }, H2(o.title), Badge({ label: `${task.status}` })),
    Progress({ value: task.percentDone }),
    Row(
      { cssClass: "items-center justify-between gap-2" },
      Muted(`${task.done} / ${task.total} · ${task.percentDone}% · ${task.message}`),
      // Cancel only while running; the cancel result replaces `task`, which also ends polling.
      when(
        task.finished.not(),
        Button("Cancel", {
          variant: "destructive",
          onClick: callTool(o.cancel, { taskId }, { resultKey: task }),
        }),
      ),
    ),
    when(
      task.error,
      Alert({ variant: "destructive" }, AlertTitle("The task failed"), AlertDescription(`${task.error}`)),
    ),
    DataTable({
      columns: [
        { key: "label", header: o.itemHeader ?? "Item" },
        { key: "status", header: "Status" },
        { key: "detail", header: "Detail" },
      ],
      rows: task.items,
      paginated: true,
      pageSize: 10,
    }),
  ];
  if (o.partialColumns) {
    parts.push(
      Text({ content: "Partial results", cssClass: "font-semibold" }),
      DataTable({ columns: o.partialColumns, rows: task.partial, paginated: true, pageSize: 10 }),
    );
  }
  return PrefabApp({
    state: s,
    view: Column(
      {
        cssClass: "gap-4 p-4",
        // Ticks run the status call and then re-check `while` against the fresh state.
        onMount: startInterval(o.pollMs, {
          while: task.finished.not(),
          onTick: callTool(o.status, { taskId }, { resultKey: task }),
        }),
      },
      ...parts,
    ),
  });
}
