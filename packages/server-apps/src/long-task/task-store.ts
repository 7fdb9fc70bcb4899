/**
 * Where long-task state lives. The view polls it and may be closed and reopened at any
 * time, and hosts may use separate MCP sessions (or processes) for the model's call and
 * the view's polling, so the state is kept on the server behind this small interface:
 * in memory by default, replaceable by a shared store (Redis, a database) per deployment.
 */

export type TaskStatus = "running" | "done" | "failed" | "cancelled";
export type ItemStatus = "pending" | "running" | "done" | "failed" | "skipped";

export interface TaskItem {
  id: string;
  label: string;
  status: ItemStatus;
  /** Free text shown in the item's row (an error, a size…); "" when none. */
  detail: string;
}

/**
 * Everything the view shows. Plain JSON with `null` for "none", because it is written
 * into the view's state as is (`resultKey`) and read by templates.
 */
export interface TaskSnapshot<R = unknown, P = unknown> {
  id: string;
  /** The listed name of the tool that started the task. */
  tool: string;
  status: TaskStatus;
  /** True once the status is final: the view stops polling on it. */
  finished: boolean;
  done: number;
  total: number;
  /** 0–100, rounded; 100 when done. (`percent` would clash with the `.percent()` expression method.) */
  percentDone: number;
  message: string;
  items: TaskItem[];
  /** Partial results, in the order `emit` produced them. */
  partial: P[];
  result: R | null;
  error: string | null;
  startedAt: string;
  updatedAt: string;
}

export interface TaskStore {
  get(id: string): Promise<TaskSnapshot | undefined>;
  /** Store a new task. */
  create(task: TaskSnapshot): Promise<void>;
  /**
   * Replace a task with `change(current)`; resolves to the stored value, or undefined
   * when the task is gone. Must be atomic per task (a shared store: a transaction or
   * compare-and-set) because the runner and the cancel tool write concurrently.
   */
  update(id: string, change: (current: TaskSnapshot) => TaskSnapshot): Promise<TaskSnapshot | undefined>;
}

export interface MemoryTaskStoreOptions {
  /** Finished tasks beyond this many are dropped, oldest first. Default 1000. */
  maxTasks?: number;
}

/** One process's tasks in a `Map`. Behind a load balancer, use a shared store or sticky sessions. */
export function memoryTaskStore(options: MemoryTaskStoreOptions = {}): TaskStore {
  const max = options.maxTasks ?? 1000;
  const tasks = new Map<string, TaskSnapshot>();
  const evict = () => {
    // Running tasks are never evicted: their views are still polling.
    for (const [id, task] of tasks) {
      if (tasks.size <= max) return;
      if (task.finished) tasks.delete(id);
    }
  };
  return {
    async get(id) {
      const task = tasks.get(id);
      return task && structuredClone(task);
    },
    async create(task) {
      tasks.set(task.id, structuredClone(task));
      evict();
    },
    async update(id, change) {
      const current = tasks.get(id);
      if (!current) return undefined;
      // Synchronous read-modify-write: atomic within one event loop.
      const next = change(structuredClone(current));
      tasks.set(id, structuredClone(next));
      return structuredClone(next);
    },
  };
}
