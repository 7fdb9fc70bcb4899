/** Left column: the connection (example server, Streamable HTTP URL, stdio command) and the tool list. */
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { type Connection, type ConnectionTarget, toolUiUri, toolVisibility } from "../lib/mcp.js";
import { Badge, Btn, cx, Empty, ErrorBox, inputClass, SectionTitle, Spinner } from "./ui.js";

export type ConnectionState =
  | { status: "idle" }
  | { status: "connecting"; target: ConnectionTarget }
  | { status: "connected"; target: ConnectionTarget; connection: Connection }
  | { status: "error"; target: ConnectionTarget; error: string };

type Kind = ConnectionTarget["kind"];

export function ConnectionPanel({
  state,
  exampleUrl,
  defaultStdio,
  onConnect,
}: {
  state: ConnectionState;
  exampleUrl: string | null;
  defaultStdio: string | null;
  onConnect(target: ConnectionTarget): void;
}) {
  const id = useId();
  const current = state.status === "idle" ? undefined : state.target;
  const [kind, setKind] = useState<Kind>(current?.kind ?? (defaultStdio ? "stdio" : "example"));
  const [url, setUrl] = useState(current?.kind === "http" ? current.url : "http://127.0.0.1:3001/mcp");
  const [relay, setRelay] = useState(true);
  const [command, setCommand] = useState(
    defaultStdio ?? "npx tsx packages/server-apps/examples/contacts.ts --stdio",
  );

  useEffect(() => {
    if (current) setKind(current.kind);
  }, [current]);

  const connect = () => {
    if (kind === "example") {
      if (exampleUrl) onConnect({ kind: "example", url: exampleUrl });
    } else if (kind === "http") onConnect({ kind: "http", url: url.trim(), relay });
    else onConnect({ kind: "stdio", command: command.trim() });
  };
  const busy = state.status === "connecting";
  const options: [Kind, string][] = [
    ["example", "Example"],
    ["http", "HTTP URL"],
    ["stdio", "stdio"],
  ];

  return (
    <section aria-label="Connection" className="border-b border-border pb-3">
      <SectionTitle>Server</SectionTitle>
      <form
        className="flex flex-col gap-2 px-3"
        onSubmit={(e) => {
          e.preventDefault();
          connect();
        }}
      >
        <div
          className="flex rounded-md border border-border p-0.5 text-xs"
          role="radiogroup"
          aria-label="Server kind"
        >
          {options.map(([k, label]) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              onClick={() => setKind(k)}
              className={cx(
                "flex-1 rounded px-2 py-1 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                kind === k ? "bg-accent font-medium" : "text-muted-foreground",
              )}
            >
              {label}
            </button>
          ))}
        </div>
        {kind === "example" ? (
          <p className="text-xs text-muted-foreground">
            Sales dashboard + contacts from <code className="font-mono">@prefab-ui/server-apps</code>, mounted
            together
            {exampleUrl ? (
              <>
                {" "}
                at <code className="font-mono break-all">{exampleUrl}</code>
              </>
            ) : (
              " (not started)"
            )}
            .
          </p>
        ) : kind === "http" ? (
          <>
            <label htmlFor={`${id}-url`} className="sr-only">
              Streamable HTTP URL
            </label>
            <input
              id={`${id}-url`}
              className={cx(inputClass, "font-mono text-xs")}
              value={url}
              placeholder="http://127.0.0.1:3001/mcp"
              onChange={(e) => setUrl(e.target.value)}
            />
            <label className="flex items-center gap-1.5 text-xs text-muted-foreground">
              <input type="checkbox" checked={relay} onChange={(e) => setRelay(e.target.checked)} />
              Through the playground relay (no CORS needed)
            </label>
          </>
        ) : (
          <>
            <label htmlFor={`${id}-cmd`} className="sr-only">
              stdio command
            </label>
            <input
              id={`${id}-cmd`}
              className={cx(inputClass, "font-mono text-xs")}
              value={command}
              placeholder="node server.js"
              onChange={(e) => setCommand(e.target.value)}
            />
            <p className="text-xs text-muted-foreground">Run by the playground's stdio ↔ HTTP bridge.</p>
          </>
        )}
        <div className="flex items-center gap-2">
          <Btn
            type="submit"
            variant="primary"
            size="sm"
            disabled={busy || (kind === "example" && !exampleUrl)}
          >
            {state.status === "connected" && current?.kind === kind ? "Reconnect" : "Connect"}
          </Btn>
          {state.status === "connecting" ? <Spinner label="connecting…" /> : null}
          {state.status === "connected" ? (
            <span className="flex min-w-0 items-center gap-1.5 text-xs" data-testid="connection-status">
              <span className="size-2 shrink-0 rounded-full bg-success" />
              <span className="truncate">
                {state.connection.serverInfo?.name ?? "server"} {state.connection.serverInfo?.version ?? ""}
              </span>
            </span>
          ) : null}
        </div>
        {state.status === "error" ? <ErrorBox title="Not connected">{state.error}</ErrorBox> : null}
      </form>
    </section>
  );
}

export function ToolList({
  tools,
  selected,
  onSelect,
}: {
  tools: Tool[] | null;
  selected: string | null;
  onSelect(name: string): void;
}) {
  const [filter, setFilter] = useState("");
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === "/" && !["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) && !t.isContentEditable) {
        e.preventDefault();
        filterRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!tools) return null;
  const q = filter.trim().toLowerCase();
  const shown = tools.filter(
    (t) => !q || t.name.toLowerCase().includes(q) || (t.description ?? "").toLowerCase().includes(q),
  );
  const move = (e: KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const items = [...(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-tool]") ?? [])];
    if (items.length === 0) return;
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      items[e.key === "ArrowDown" ? (i < 0 ? 0 : Math.min(items.length - 1, i + 1)) : Math.max(0, i - 1)];
    e.preventDefault();
    next?.focus();
  };
  const appOnly = tools.filter((t) => !toolVisibility(t).includes("model")).length;

  return (
    <section aria-label="Tools" className="flex min-h-0 flex-1 flex-col">
      <SectionTitle right={<span className="text-xs text-muted-foreground">{tools.length}</span>}>
        Tools
      </SectionTitle>
      <div className="px-3 pb-2">
        <input
          ref={filterRef}
          className={cx(inputClass, "h-7 text-xs")}
          placeholder="Filter tools  ( / )"
          aria-label="Filter tools"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") move(e);
          }}
        />
      </div>
      {tools.length === 0 ? (
        <Empty title="No tools">The server lists no tools.</Empty>
      ) : (
        <ul
          ref={listRef}
          className="min-h-0 flex-1 overflow-auto px-2 pb-2"
          onKeyDown={move}
          data-testid="tool-list"
        >
          {shown.map((t) => {
            const vis = toolVisibility(t);
            const ui = Boolean(toolUiUri(t));
            const isSel = t.name === selected;
            return (
              <li key={t.name}>
                <button
                  type="button"
                  data-tool={t.name}
                  aria-current={isSel ? "true" : undefined}
                  onClick={() => onSelect(t.name)}
                  className={cx(
                    "mb-0.5 flex w-full flex-col gap-0.5 rounded-md px-2 py-1.5 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    isSel ? "bg-accent" : "hover:bg-accent/60",
                  )}
                >
                  <span className="font-mono text-xs font-medium break-all">{t.name}</span>
                  <span className="flex flex-wrap items-center gap-1">
                    {ui ? (
                      <Badge tone="info" title="Has a UI resource (_meta.ui.resourceUri)">
                        UI
                      </Badge>
                    ) : null}
                    {vis.includes("model") ? (
                      <Badge tone="model" title="Visible to the model">
                        model
                      </Badge>
                    ) : null}
                    {vis.includes("app") ? (
                      <Badge
                        tone={vis.includes("model") ? "app" : "warning"}
                        title={
                          vis.includes("model")
                            ? "Callable by apps"
                            : "App-only: hidden from the model, callable by apps"
                        }
                      >
                        {vis.includes("model") ? "app" : "app-only"}
                      </Badge>
                    ) : null}
                  </span>
                  {t.description ? (
                    <span className="line-clamp-2 text-xs text-muted-foreground">{t.description}</span>
                  ) : null}
                </button>
              </li>
            );
          })}
          {shown.length === 0 ? (
            <li className="px-2 text-xs text-muted-foreground">No tool matches.</li>
          ) : null}
        </ul>
      )}
      {appOnly > 0 ? (
        <p className="border-t border-border px-3 py-1.5 text-[11px] text-muted-foreground">
          {appOnly} app-only tool{appOnly > 1 ? "s" : ""}: a model would not see {appOnly > 1 ? "them" : "it"}
          ; the playground lets you call {appOnly > 1 ? "them" : "it"} directly.
        </p>
      ) : null}
    </section>
  );
}
