/** Editor state shared by the editor panel (code, issues) and the stage (live preview). */
import type { Issue } from "@prefab-ui/dsl";
import { type CompileResult, compile, type EditorMode, SAMPLE_DSL } from "./editor.js";
import { createStore } from "./store.js";

export interface EditorState {
  mode: EditorMode;
  text: string;
  /** Sources for relative imports of the loaded gallery example. */
  siblings: Record<string, string>;
  /** Which gallery item is loaded (for the export file name). */
  source: string;
  result: CompileResult;
  /** Bumped on every compile: the preview remounts only when the envelope changes. */
  revision: number;
  /** Issues the preview found while rendering (expressions, unknown refs…), for this revision. */
  runtime: Issue[];
}

const KEY = "prefab-playground:editor";

function initial(): EditorState {
  let mode: EditorMode = "ts";
  let text = SAMPLE_DSL;
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as {
      mode?: EditorMode;
      text?: string;
    } | null;
    if (saved?.text && (saved.mode === "json" || saved.mode === "ts")) {
      mode = saved.mode;
      text = saved.text;
    }
  } catch {
    // ignore a corrupt saved state
  }
  return {
    mode,
    text,
    siblings: {},
    source: "scratch",
    result: compile(mode, text),
    revision: 1,
    runtime: [],
  };
}

export const editorStore = createStore<EditorState>(initial());

let timer: ReturnType<typeof setTimeout> | undefined;

/** Update the text and/or mode; compiles after a short pause (immediately with `now`). */
export function updateEditor(
  patch: Partial<Pick<EditorState, "mode" | "text" | "siblings" | "source">>,
  now = false,
) {
  editorStore.set((s) => ({ ...s, ...patch }));
  clearTimeout(timer);
  const run = () => {
    const s = editorStore.get();
    const result = compile(s.mode, s.text, s.siblings);
    editorStore.set({ ...s, result, revision: s.revision + 1, runtime: [] });
    try {
      localStorage.setItem(KEY, JSON.stringify({ mode: s.mode, text: s.text }));
    } catch {
      // storage full or disabled
    }
  };
  if (now) run();
  else timer = setTimeout(run, 250);
}

/** Runtime issues from the preview, kept when they belong to the current revision and are new. */
export function addRuntimeIssues(revision: number, issues: Issue[]): void {
  const s = editorStore.get();
  if (s.revision !== revision) return;
  const known = new Set([...s.result.issues, ...s.runtime].map((i) => `${i.path}\u0000${i.message}`));
  const fresh = issues.filter((i) => !known.has(`${i.path}\u0000${i.message}`));
  if (fresh.length) editorStore.set({ ...s, runtime: [...s.runtime, ...fresh] });
}
