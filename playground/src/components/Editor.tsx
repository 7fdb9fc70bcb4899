/**
 * The envelope editor: JSON or TypeScript DSL (compiled in the page), the issues by JSON path, a gallery of
 * examples (the shared reference envelopes and the DSL's own examples) and standalone HTML export. The live
 * preview is <EditorPreview>, shown on the stage.
 */

import type { McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import { PrefabView } from "@prefab-ui/renderer";
import { Component, type KeyboardEvent, type ReactNode, useEffect, useMemo, useState } from "react";
import { formatIssue, relativeImports } from "../lib/editor.js";
import { addRuntimeIssues, editorStore, updateEditor } from "../lib/editor-store.js";
import { useStore } from "../lib/store.js";
import { Badge, Btn, copyText, cx, ErrorBox, inputClass, SectionTitle, Spinner } from "./ui.js";

interface GalleryItem {
  group: "shared" | "dsl";
  name: string;
  kind: "json" | "ts";
  title?: string;
}

function useGallery() {
  const [state, setState] = useState<{ items?: GalleryItem[]; missing?: string[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    fetch("/api/gallery")
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return (await r.json()) as { items: GalleryItem[]; missing: string[] };
      })
      .then((g) => live && setState(g))
      .catch((e: Error) => live && setState({ error: e.message }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

async function fetchText(url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
}

export function EditorPanel() {
  const state = useStore(editorStore);
  const gallery = useGallery();
  const [loading, setLoading] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const { result } = state;
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.filter((i) => i.severity !== "error");

  const load = async (value: string) => {
    if (!value) return;
    const [group, name] = value.split("/") as [string, string];
    setLoading(name);
    setMessage(null);
    try {
      const text = await fetchText(`/api/gallery/${group}/${name}`);
      const siblings: Record<string, string> = {};
      if (group === "dsl") {
        for (const dep of relativeImports(text)) siblings[dep] = await fetchText(`/api/gallery/dsl/${dep}`);
      }
      updateEditor({ mode: group === "dsl" ? "ts" : "json", text, siblings, source: name }, true);
    } catch (e) {
      setMessage({ tone: "error", text: `Could not load ${name}: ${(e as Error).message}` });
    } finally {
      setLoading(null);
    }
  };

  const exportHtml = async () => {
    if (!result.envelope) return;
    setMessage(null);
    try {
      const r = await fetch("/api/export", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ envelope: result.envelope, title: state.source }),
      });
      if (r.status === 422) {
        const body = (await r.json()) as { issues: string[] };
        setMessage({
          tone: "error",
          text: `Not exported, the envelope is invalid:\n${body.issues.join("\n")}`,
        });
        return;
      }
      if (!r.ok) throw new Error(`HTTP ${r.status}: ${await r.text()}`);
      const blob = await r.blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${state.source || "prefab-view"}.html`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setMessage({
        tone: "ok",
        text: `Exported ${a.download} (${(blob.size / 1024).toFixed(0)} KB, opens offline).`,
      });
    } catch (e) {
      setMessage({ tone: "error", text: `Export failed: ${(e as Error).message}` });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
      // Indent; Esc then Tab leaves the field (keyboard users are not trapped).
      if ((e.currentTarget.dataset.escaped ?? "") === "1") return;
      e.preventDefault();
      const ta = e.currentTarget;
      const { selectionStart: s, selectionEnd: end, value } = ta;
      const next = `${value.slice(0, s)}  ${value.slice(end)}`;
      updateEditor({ text: next });
      requestAnimationFrame(() => ta.setSelectionRange(s + 2, s + 2));
    } else if (e.key === "Escape") {
      e.currentTarget.dataset.escaped = "1";
    } else {
      e.currentTarget.dataset.escaped = "";
    }
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      updateEditor({}, true);
    }
  };

  const groups = useMemo(() => {
    const items = gallery.items ?? [];
    return {
      dsl: items.filter((i) => i.group === "dsl"),
      shared: items.filter((i) => i.group === "shared"),
    };
  }, [gallery.items]);

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="editor-panel">
      <div className="flex flex-wrap items-center gap-2 border-b border-border p-2">
        <div
          className="flex rounded-md border border-border p-0.5 text-xs"
          role="radiogroup"
          aria-label="Editor language"
        >
          {(["ts", "json"] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={state.mode === m}
              onClick={() => updateEditor({ mode: m }, true)}
              className={cx(
                "rounded px-2 py-0.5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                state.mode === m ? "bg-accent font-medium" : "text-muted-foreground",
              )}
            >
              {m === "ts" ? "TypeScript DSL" : "JSON envelope"}
            </button>
          ))}
        </div>
        <select
          className={cx(inputClass, "h-7 w-auto min-w-0 flex-1 text-xs")}
          aria-label="Load an example"
          value=""
          onChange={(e) => void load(e.target.value)}
          disabled={!gallery.items}
        >
          <option value="">
            {gallery.error
              ? "Gallery unavailable"
              : gallery.items
                ? `Load an example (${gallery.items.length})…`
                : "Loading examples…"}
          </option>
          {groups.dsl.length ? (
            <optgroup label={`Project DSL examples (${groups.dsl.length})`}>
              {groups.dsl.map((i) => (
                <option key={`dsl/${i.name}`} value={`dsl/${i.name}`}>
                  {i.name}
                  {i.title ? ` — ${i.title}` : ""}
                </option>
              ))}
            </optgroup>
          ) : null}
          {groups.shared.length ? (
            <optgroup label={`prefab-examples (${groups.shared.length})`}>
              {groups.shared.map((i) => (
                <option key={`shared/${i.name}`} value={`shared/${i.name}`}>
                  {i.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {loading ? <Spinner label={loading} /> : null}
      </div>
      {gallery.missing?.length ? (
        <p className="border-b border-border px-3 py-1 text-xs text-muted-foreground">
          Not found (gallery partly empty): {gallery.missing.join(", ")}
        </p>
      ) : null}
      <textarea
        className="min-h-40 flex-1 resize-none bg-background p-3 font-mono text-[12.5px] leading-relaxed outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset"
        aria-label={state.mode === "ts" ? "TypeScript DSL code" : "Envelope JSON"}
        data-testid="editor-text"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={state.text}
        onChange={(e) =>
          updateEditor({
            text: e.target.value,
            source: state.source === "scratch" ? "scratch" : state.source,
          })
        }
        onKeyDown={onKeyDown}
      />
      <div className="flex flex-wrap items-center gap-2 border-t border-border p-2">
        {result.error ? (
          <Badge tone="danger">not compiled</Badge>
        ) : errors.length ? (
          <Badge tone="danger">
            {errors.length} error{errors.length > 1 ? "s" : ""}
          </Badge>
        ) : (
          <Badge tone="success">valid</Badge>
        )}
        {warnings.length ? (
          <Badge tone="warning">
            {warnings.length} warning{warnings.length > 1 ? "s" : ""}
          </Badge>
        ) : null}
        <span className="text-xs text-muted-foreground">{result.ms} ms</span>
        <span className="flex-1" />
        {state.mode === "json" ? (
          <Btn
            size="sm"
            variant="ghost"
            disabled={!result.envelope}
            onClick={() => updateEditor({ text: `${JSON.stringify(result.envelope, null, 2)}\n` }, true)}
          >
            Format
          </Btn>
        ) : (
          <Btn
            size="sm"
            variant="ghost"
            disabled={!result.envelope}
            title="Replace the code with the envelope it produces"
            onClick={() =>
              updateEditor({ mode: "json", text: `${JSON.stringify(result.envelope, null, 2)}\n` }, true)
            }
          >
            To JSON
          </Btn>
        )}
        <Btn
          size="sm"
          variant="ghost"
          disabled={!result.envelope}
          onClick={() => void copyText(JSON.stringify(result.envelope, null, 2))}
        >
          Copy JSON
        </Btn>
        <Btn size="sm" onClick={() => void exportHtml()} disabled={!result.envelope || errors.length > 0}>
          Export HTML
        </Btn>
      </div>
      <div className="max-h-56 overflow-auto border-t border-border" data-testid="editor-issues">
        {message ? (
          <p
            className={cx(
              "px-3 py-1.5 text-xs whitespace-pre-wrap",
              message.tone === "error" ? "text-destructive" : "text-success",
            )}
          >
            {message.text}
          </p>
        ) : null}
        {result.error ? (
          <p className="px-3 py-1.5 font-mono text-xs text-destructive" data-testid="editor-issue">
            {result.error.line ? `line ${result.error.line}, column ${result.error.column}: ` : ""}
            {result.error.message}
          </p>
        ) : null}
        {[...result.issues, ...state.runtime].map((issue, i) => (
          <p
            key={`${issue.path}:${i}`}
            data-testid="editor-issue"
            className={cx(
              "px-3 py-1 font-mono text-xs",
              issue.severity === "error" ? "text-destructive" : "text-warning-foreground dark:text-warning",
            )}
          >
            {formatIssue(issue)}
          </p>
        ))}
        {!result.error && result.issues.length === 0 && state.runtime.length === 0 ? (
          <p className="px-3 py-1.5 text-xs text-muted-foreground">No issues.</p>
        ) : null}
      </div>
    </div>
  );
}

class PreviewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <ErrorBox title="The preview crashed">
          {this.state.error.message}
          {"\n"}Edit the envelope to try again.
        </ErrorBox>
      );
    }
    return this.props.children;
  }
}

export function EditorPreview({ hostContext }: { hostContext: McpUiHostContext }) {
  const state = useStore(editorStore);
  const { result, revision } = state;
  const dark = hostContext.theme === "dark";
  return (
    <div className="flex min-h-0 flex-col gap-3" data-testid="editor-preview">
      <SectionTitle right={<span className="text-xs text-muted-foreground">{state.source}</span>}>
        Live preview
      </SectionTitle>
      {result.error && !result.envelope ? (
        <ErrorBox title="Nothing to preview yet">{result.error.message}</ErrorBox>
      ) : null}
      {result.envelope ? (
        <div className={cx("overflow-hidden rounded-lg border border-border", dark && "dark")}>
          <PreviewBoundary key={revision}>
            <PrefabView
              envelope={result.envelope}
              hostContext={hostContext}
              onIssues={(issues) => addRuntimeIssues(revision, issues)}
              className="min-h-24"
            />
          </PreviewBoundary>
        </div>
      ) : null}
    </div>
  );
}
