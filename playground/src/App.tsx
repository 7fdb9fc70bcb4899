/**
 * The playground: connection and tools (left), the stage with the argument form and the app (centre), and the
 * inspector, model view, host context and editor tabs (right). Nothing here is blank: each area has a loading,
 * empty and error state.
 */
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ArgForm, defaultArgs, type JsonSchema } from "./components/ArgForm.js";
import { EditorPanel, EditorPreview } from "./components/Editor.js";
import { HostPanel } from "./components/HostPanel.js";
import { Inspector } from "./components/Inspector.js";
import { ModelView } from "./components/ModelView.js";
import { ConnectionPanel, type ConnectionState, ToolList } from "./components/Sidebar.js";
import { type CallSession, Stage } from "./components/Stage.js";
import { Badge, Btn, cx, Empty, ErrorBox, Spinner } from "./components/ui.js";
import { buildHostContext, defaultHostSettings, type HostSettings } from "./lib/host-context.js";
import { note } from "./lib/log.js";
import { type ConnectionTarget, connect, describeTarget, toolUiUri, toolVisibility } from "./lib/mcp.js";

interface PlaygroundConfig {
  exampleServerUrl: string | null;
  sandboxPort: number;
  stdio: { command: string; url: string } | null;
  galleryMissing: string[];
}

type Tab = "inspector" | "model" | "host" | "editor";
const TABS: [Tab, string][] = [
  ["inspector", "Inspector"],
  ["model", "Model view"],
  ["host", "Host context"],
  ["editor", "Editor"],
];

function initialTheme(): "light" | "dark" {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

export function App() {
  const [config, setConfig] = useState<{ data?: PlaygroundConfig; error?: string }>({});
  const [conn, setConn] = useState<ConnectionState>({ status: "idle" });
  const [selected, setSelected] = useState<string | null>(null);
  const [argsByTool, setArgsByTool] = useState<Record<string, Record<string, unknown>>>({});
  const [session, setSession] = useState<CallSession | null>(null);
  const [settings, setSettings] = useState<HostSettings>(defaultHostSettings);
  const [pageTheme, setPageTheme] = useState<"light" | "dark">(initialTheme);
  const [stageSize, setStageSize] = useState({ width: 800, height: 800 });
  const [appModes, setAppModes] = useState<string[] | undefined>(undefined);
  const [tab, setTab] = useState<Tab>("inspector");
  const viewCounter = useRef(0);
  const connectSeq = useRef(0);

  // ── config and first connection ──
  const doConnect = useCallback(async (target: ConnectionTarget) => {
    const seq = ++connectSeq.current;
    setConn((prev) => {
      if (prev.status === "connected") void prev.connection.close().catch(() => {});
      return { status: "connecting", target };
    });
    setSession(null);
    try {
      const connection = await connect(target);
      if (seq !== connectSeq.current) {
        void connection.close();
        return;
      }
      setConn({ status: "connected", target, connection });
      note("host", "connected", `${describeTarget(target)}: ${connection.tools.length} tools`, {
        serverInfo: connection.serverInfo,
        capabilities: connection.client.getServerCapabilities(),
      });
      const first =
        connection.tools.find((t) => toolUiUri(t) && toolVisibility(t).includes("model")) ??
        connection.tools[0];
      setSelected((cur) =>
        cur && connection.tools.some((t) => t.name === cur) ? cur : (first?.name ?? null),
      );
    } catch (error) {
      if (seq !== connectSeq.current) return;
      setConn({ status: "error", target, error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    let live = true;
    fetch("/api/config")
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return (await r.json()) as PlaygroundConfig;
      })
      .then((data) => {
        if (!live) return;
        setConfig({ data });
        if (data.stdio) void doConnect({ kind: "stdio", command: data.stdio.command });
        else if (data.exampleServerUrl) void doConnect({ kind: "example", url: data.exampleServerUrl });
      })
      .catch((e: Error) => live && setConfig({ error: e.message }));
    return () => {
      live = false;
    };
  }, [doConnect]);

  // ── theme ──
  useEffect(() => {
    document.documentElement.classList.toggle("dark", pageTheme === "dark");
    document.documentElement.style.colorScheme = pageTheme;
    localStorage.setItem("prefab-playground:theme", pageTheme);
  }, [pageTheme]);

  const connection = conn.status === "connected" ? conn.connection : null;
  const tools = connection?.tools ?? null;
  const tool: Tool | undefined = tools?.find((t) => t.name === selected);
  const schema = tool?.inputSchema as JsonSchema | undefined;
  const args = (tool && argsByTool[tool.name]) ?? defaultArgs(schema);

  const call = useCallback(
    (t: Tool, a: Record<string, unknown>) => {
      if (!connection) return;
      const view = ++viewCounter.current;
      const started = performance.now();
      const promise = connection.client.callTool({ name: t.name, arguments: a }) as Promise<CallToolResult>;
      setSession({ view, tool: t, args: a, hasUi: Boolean(toolUiUri(t)), status: "calling", promise });
      setAppModes(undefined);
      promise.then(
        (result) =>
          setSession((cur) =>
            cur?.view === view
              ? { ...cur, status: "done", result, durationMs: Math.round(performance.now() - started) }
              : cur,
          ),
        (error: unknown) =>
          setSession((cur) =>
            cur?.view === view
              ? {
                  ...cur,
                  status: "error",
                  error: error instanceof Error ? error.message : String(error),
                  durationMs: Math.round(performance.now() - started),
                }
              : cur,
          ),
      );
      if (tab === "editor") setTab("inspector");
    },
    [connection, tab],
  );

  const hostContext = useMemo(
    () => buildHostContext(settings, pageTheme, stageSize, session?.tool),
    [settings, pageTheme, stageSize, session?.tool],
  );
  const previewContext = useMemo(
    () => buildHostContext(settings, pageTheme, stageSize),
    [settings, pageTheme, stageSize],
  );

  const onMeasure = useCallback((size: { width: number; height: number }) => {
    const next = { width: Math.round(size.width), height: Math.round(size.height) };
    setStageSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
  }, []);

  const sandboxUrl = config.data
    ? `${location.protocol}//${location.hostname}:${config.data.sandboxPort}/sandbox.html`
    : null;

  // Alt+1..4 switch tabs.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const i = Number(e.key) - 1;
      const t = TABS[i];
      if (t) {
        e.preventDefault();
        setTab(t[0]);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const i = TABS.findIndex(([t]) => t === tab);
    const next = TABS[(i + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length];
    if (next) {
      setTab(next[0]);
      document.getElementById(`tab-${next[0]}`)?.focus();
    }
  };

  const editing = tab === "editor";

  return (
    <div className="flex h-dvh flex-col bg-background text-foreground">
      <header className="flex h-11 shrink-0 items-center gap-3 border-b border-border px-3">
        <div className="flex items-center gap-2">
          <span className="grid size-6 place-items-center rounded-md bg-primary text-[11px] font-bold text-primary-foreground">
            P
          </span>
          <h1 className="text-sm font-semibold">Prefab Playground</h1>
          <Badge>MCP Apps host</Badge>
        </div>
        <span className="flex-1" />
        <span
          className="hidden text-xs text-muted-foreground md:inline"
          title="/ filter tools · Ctrl+Enter call · Alt+1…4 tabs · ↑↓ move in lists · Esc leaves fullscreen"
        >
          <kbd className="rounded border border-border px-1 font-mono">/</kbd> tools ·{" "}
          <kbd className="rounded border border-border px-1 font-mono">Ctrl+Enter</kbd> call ·{" "}
          <kbd className="rounded border border-border px-1 font-mono">Alt+1…4</kbd> tabs
        </span>
        <Btn
          size="sm"
          variant="ghost"
          onClick={() => setPageTheme((t) => (t === "dark" ? "light" : "dark"))}
          aria-label={`Switch to ${pageTheme === "dark" ? "light" : "dark"} theme`}
          title="Toggle light/dark"
        >
          {pageTheme === "dark" ? "☀ Light" : "☾ Dark"}
        </Btn>
      </header>

      <div className="flex min-h-0 flex-1">
        <aside
          className="flex w-72 shrink-0 flex-col border-r border-border bg-muted/20"
          aria-label="Server and tools"
        >
          {config.error ? (
            <div className="p-3">
              <ErrorBox title="The playground server did not answer">
                /api/config: {config.error}. Is <code>npm start</code> still running?
              </ErrorBox>
            </div>
          ) : !config.data ? (
            <div className="p-3">
              <Spinner label="Loading…" />
            </div>
          ) : (
            <>
              <ConnectionPanel
                state={conn}
                exampleUrl={config.data.exampleServerUrl}
                defaultStdio={config.data.stdio?.command ?? null}
                onConnect={(t) => void doConnect(t)}
              />
              {conn.status === "connecting" ? (
                <div className="p-3">
                  <Spinner label="Listing tools…" />
                </div>
              ) : (
                <ToolList tools={tools} selected={selected} onSelect={setSelected} />
              )}
            </>
          )}
        </aside>

        <main className="min-w-0 flex-1 overflow-auto" aria-label="Stage">
          <div className={cx("p-4", !editing && "hidden")}>
            <EditorPreview hostContext={previewContext} />
          </div>
          <div className={cx("flex flex-col gap-4 p-4", editing && "hidden")}>
            {tool ? (
              <section aria-label="Call a tool" className="rounded-lg border border-border bg-card p-4">
                <div className="mb-3 flex flex-wrap items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <h2 className="font-mono text-sm font-semibold">{tool.name}</h2>
                    {tool.description ? (
                      <p className="text-sm text-muted-foreground">{tool.description}</p>
                    ) : null}
                  </div>
                  {!toolVisibility(tool).includes("model") ? (
                    <Badge tone="warning" title="A model would not see this tool">
                      app-only
                    </Badge>
                  ) : null}
                </div>
                <ArgForm
                  key={tool.name}
                  schema={schema}
                  value={args}
                  onChange={(next) => setArgsByTool((prev) => ({ ...prev, [tool.name]: next }))}
                  onSubmit={() => call(tool, argsByTool[tool.name] ?? args)}
                  busy={session?.status === "calling" && session.tool.name === tool.name}
                />
              </section>
            ) : conn.status === "connected" ? (
              <Empty title="Select a tool">Pick a tool on the left to see its argument form.</Empty>
            ) : conn.status === "error" ? (
              <Empty title="Not connected">Fix the connection on the left, then pick a tool.</Empty>
            ) : (
              <Empty title="Connecting…">The tool list appears on the left once the server answers.</Empty>
            )}
            {session || connection ? (
              <Stage
                session={session}
                connection={connection}
                sandboxUrl={sandboxUrl}
                hostContext={hostContext}
                settings={settings}
                onSettings={setSettings}
                onAppModes={setAppModes}
                onMeasure={onMeasure}
                onRetry={() => session && call(session.tool, session.args)}
              />
            ) : null}
          </div>
        </main>

        <aside
          className={cx(
            "flex shrink-0 flex-col border-l border-border",
            editing ? "w-[min(46%,720px)]" : "w-[26rem]",
          )}
          aria-label="Inspector and tools"
        >
          <div
            role="tablist"
            aria-label="Panels"
            className="flex shrink-0 border-b border-border"
            onKeyDown={onTabKey}
            tabIndex={-1}
          >
            {TABS.map(([t, label], i) => (
              <button
                key={t}
                id={`tab-${t}`}
                type="button"
                role="tab"
                aria-selected={tab === t}
                aria-controls={`panel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                title={`Alt+${i + 1}`}
                onClick={() => setTab(t)}
                className={cx(
                  "-mb-px border-b-2 px-3 py-2 text-xs font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
                  tab === t
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {label}
              </button>
            ))}
          </div>
          <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="min-h-0 flex-1">
            {tab === "inspector" ? <Inspector /> : null}
            {tab === "model" ? <ModelView session={session} /> : null}
            {tab === "host" ? (
              <HostPanel
                settings={settings}
                onChange={setSettings}
                context={hostContext}
                appModes={appModes}
              />
            ) : null}
            {tab === "editor" ? <EditorPanel /> : null}
          </div>
        </aside>
      </div>
    </div>
  );
}
