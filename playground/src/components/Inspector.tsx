/**
 * Every JSON-RPC message host ↔ server and host ↔ app, in order: direction, method, timing, expandable payload;
 * filter by text and channel; copy one message or the filtered list as JSON. ↑/↓ move, Enter expands.
 */
import { type KeyboardEvent, memo, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { clearLog, type LogEntry, logStore } from "../lib/log.js";
import { useStore } from "../lib/store.js";
import { Badge, Btn, copyText, cx, Empty, inputClass, Json } from "./ui.js";

const ARROWS: Record<string, string> = {
  "server:out": "host → server",
  "server:in": "server → host",
  "app:out": "host → app",
  "app:in": "app → host",
};

function directionLabel(e: LogEntry): string {
  if (e.direction === "note") return "host";
  return ARROWS[`${e.channel}:${e.direction}`] ?? `${e.channel} ${e.direction}`;
}

function matches(e: LogEntry, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  if (e.method.toLowerCase().includes(needle) || e.summary?.toLowerCase().includes(needle)) return true;
  if (directionLabel(e).includes(needle)) return true;
  if (needle === "refused") return e.refused === true;
  if (needle === "error") return e.kind === "error";
  return JSON.stringify(e.payload).toLowerCase().includes(needle);
}

type ChannelFilter = "all" | "server" | "app";

export function Inspector() {
  const entries = useStore(logStore);
  const [query, setQuery] = useState("");
  const [channel, setChannel] = useState<ChannelFilter>("all");
  const [hideSandbox, setHideSandbox] = useState(false);
  const [open, setOpen] = useState<Set<number>>(() => new Set());
  const [follow, setFollow] = useState(true);
  const [copied, setCopied] = useState<string | null>(null);
  const q = useDeferredValue(query.trim());
  const listRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(
    () =>
      entries.filter(
        (e) =>
          (channel === "all" || e.channel === channel || (e.channel === "host" && channel === "app")) &&
          (!hideSandbox || !e.method.startsWith("ui/notifications/sandbox-")) &&
          matches(e, q),
      ),
    [entries, channel, q, hideSandbox],
  );

  const count = shown.length;
  useEffect(() => {
    if (follow && count > 0 && listRef.current) listRef.current.scrollTop = listRef.current.scrollHeight;
  }, [count, follow]);

  const toggle = (seq: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  const flash = (label: string) => {
    setCopied(label);
    setTimeout(() => setCopied(null), 1200);
  };

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-row]") ?? [])];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    const next = rows[e.key === "ArrowDown" ? Math.min(rows.length - 1, i + 1) : Math.max(0, i - 1)];
    if (next) {
      e.preventDefault();
      next.focus();
      setFollow(false);
    }
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-border p-2">
        <input
          className={cx(inputClass, "h-7 min-w-32 flex-1 text-xs")}
          placeholder="Filter: method, tool, text, “refused”, “error”"
          aria-label="Filter messages"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="flex rounded-md border border-border p-0.5 text-xs" role="group" aria-label="Channel">
          {(["all", "server", "app"] as const).map((c) => (
            <button
              key={c}
              type="button"
              aria-pressed={channel === c}
              onClick={() => setChannel(c)}
              className={cx(
                "rounded px-2 py-0.5 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                channel === c ? "bg-accent font-medium" : "text-muted-foreground",
              )}
            >
              {c === "all" ? "All" : c === "server" ? "Server" : "App"}
            </button>
          ))}
        </div>
      </div>
      <div className="flex items-center gap-2 border-b border-border px-2 py-1 text-xs text-muted-foreground">
        <span data-testid="inspector-count">
          {shown.length} of {entries.length}
        </span>
        <label className="ml-1 flex items-center gap-1">
          <input type="checkbox" checked={hideSandbox} onChange={(e) => setHideSandbox(e.target.checked)} />
          hide sandbox
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
          follow
        </label>
        <span className="flex-1" />
        {copied ? <span className="text-success">{copied}</span> : null}
        <Btn
          size="sm"
          variant="ghost"
          onClick={async () => {
            if (await copyText(JSON.stringify(shown, null, 2))) flash(`copied ${shown.length}`);
          }}
          disabled={shown.length === 0}
        >
          Copy JSON
        </Btn>
        <Btn size="sm" variant="ghost" onClick={() => clearLog()} disabled={entries.length === 0}>
          Clear
        </Btn>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow-key navigation between row buttons */}
      <div
        ref={listRef}
        className="min-h-0 flex-1 overflow-auto font-mono text-[11.5px]"
        data-testid="inspector-list"
        onKeyDown={onListKey}
        onWheel={() => setFollow(false)}
      >
        {shown.length === 0 ? (
          <Empty title={entries.length ? "No message matches" : "No messages yet"}>
            {entries.length
              ? "Change the filter."
              : "Connect to a server and call a tool: every JSON-RPC message shows here."}
          </Empty>
        ) : (
          shown.map((e) => (
            <Row
              key={e.seq}
              entry={e}
              open={open.has(e.seq)}
              onToggle={toggle}
              onCopy={async () => {
                if (await copyText(JSON.stringify(e, null, 2))) flash(`copied #${e.seq}`);
              }}
            />
          ))
        )}
      </div>
    </div>
  );
}

const Row = memo(function Row({
  entry: e,
  open,
  onToggle,
  onCopy,
}: {
  entry: LogEntry;
  open: boolean;
  onToggle(seq: number): void;
  onCopy(): void;
}) {
  const dir = directionLabel(e);
  const tone =
    e.refused || e.kind === "error"
      ? "danger"
      : e.direction === "note"
        ? "warning"
        : e.channel === "server"
          ? "model"
          : "app";
  return (
    <div
      className={cx("border-b border-border/60", e.refused && "bg-destructive/5")}
      data-testid="inspector-row"
      data-method={e.method}
      data-channel={e.channel}
      data-direction={e.direction}
      data-refused={e.refused ? "true" : undefined}
    >
      <button
        type="button"
        data-row
        aria-expanded={open}
        onClick={() => onToggle(e.seq)}
        className="flex w-full items-center gap-2 px-2 py-1 text-left hover:bg-accent/60 focus-visible:bg-accent focus-visible:outline-none"
      >
        <span className="w-12 shrink-0 text-right text-muted-foreground tabular-nums" title={e.time}>
          {(e.at / 1000).toFixed(2)}s
        </span>
        <span className="w-24 shrink-0">
          <Badge tone={tone}>{dir}</Badge>
        </span>
        <span className="min-w-0 flex-1 truncate">
          <span className={cx("font-semibold", e.kind === "response" && "font-normal text-muted-foreground")}>
            {e.method}
          </span>
          {e.kind === "response" ? <span className="text-muted-foreground"> ← result</span> : null}
          {e.kind === "error" ? <span className="text-destructive"> ← error</span> : null}
          {e.summary ? (
            <span
              className={cx(
                "ml-1.5",
                e.refused || e.kind === "error" ? "text-destructive" : "text-muted-foreground",
              )}
            >
              {e.summary}
            </span>
          ) : null}
        </span>
        {e.refused ? <Badge tone="danger">refused</Badge> : null}
        {e.durationMs !== undefined ? (
          <span className="shrink-0 text-muted-foreground tabular-nums">{e.durationMs} ms</span>
        ) : null}
      </button>
      {open ? (
        <div className="space-y-1 px-2 pb-2 pl-16">
          <div className="flex items-center gap-2 text-[11px] text-muted-foreground">
            <span>#{e.seq}</span>
            {e.id !== undefined ? <span>id {String(e.id)}</span> : null}
            {e.view !== undefined ? <span>view {e.view}</span> : null}
            <span>{e.time}</span>
            {e.truncated ? <span>long strings shortened</span> : null}
            <span className="flex-1" />
            <Btn size="sm" variant="ghost" onClick={onCopy}>
              Copy
            </Btn>
          </div>
          <Json value={e.payload} className="max-h-96" />
        </div>
      ) : null}
    </div>
  );
});
