/**
 * The centre of the host: the current tool call. A tool with `_meta.ui.resourceUri` renders as an MCP App in the
 * sandboxed iframe (see lib/host.ts) in the chosen display mode and container width; other tools show their result.
 * Every phase has a visible state: calling, reading the resource, starting the sandbox, initialising, errors.
 */
import type { McpUiDisplayMode, McpUiHostContext } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { type MountedView, mountApp, type ViewPhase } from "../lib/host.js";
import type { HostSettings } from "../lib/host-context.js";
import type { Connection } from "../lib/mcp.js";
import { addModelEvent } from "../lib/model-events.js";
import { Badge, Btn, cx, Empty, ErrorBox, Json, Spinner } from "./ui.js";

export interface CallSession {
  view: number;
  tool: Tool;
  args: Record<string, unknown>;
  hasUi: boolean;
  status: "calling" | "done" | "error";
  result?: CallToolResult;
  error?: string;
  durationMs?: number;
  promise: Promise<CallToolResult>;
}

const PHASE_TEXT: Record<ViewPhase, string> = {
  resource: "Reading the ui:// resource…",
  sandbox: "Starting the sandbox proxy…",
  initialize: "Waiting for the app's ui/initialize…",
  ready: "",
  closed: "Closed.",
};

export function Stage({
  session,
  connection,
  sandboxUrl,
  hostContext,
  settings,
  onSettings,
  onAppModes,
  onMeasure,
  onRetry,
}: {
  session: CallSession | null;
  connection: Connection | null;
  sandboxUrl: string | null;
  hostContext: McpUiHostContext;
  settings: HostSettings;
  onSettings(next: HostSettings): void;
  onAppModes(modes: string[] | undefined): void;
  onMeasure(size: { width: number; height: number }): void;
  onRetry(): void;
}) {
  if (!session) {
    return (
      <Empty title="Pick a tool and call it">
        App tools render here in a sandboxed iframe on a second origin, exactly as a chat host would show
        them.
      </Empty>
    );
  }
  return (
    <div className="flex min-h-0 flex-col gap-3" data-testid="stage">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono font-semibold">{session.tool.name}</span>
        <span className="truncate font-mono text-xs text-muted-foreground">
          {JSON.stringify(session.args)}
        </span>
        <span className="flex-1" />
        {session.status === "calling" ? <Spinner label="calling" /> : null}
        {session.status === "done" && !session.result?.isError ? <Badge tone="success">ok</Badge> : null}
        {session.result?.isError ? <Badge tone="danger">isError</Badge> : null}
        {session.status === "error" ? <Badge tone="danger">failed</Badge> : null}
        {session.durationMs !== undefined ? (
          <span className="text-xs text-muted-foreground tabular-nums">{session.durationMs} ms</span>
        ) : null}
        <Btn size="sm" variant="ghost" onClick={onRetry} title="Call again with the same arguments">
          Call again
        </Btn>
      </div>
      {session.status === "error" ? (
        <ErrorBox title="The tool call failed" action={<Btn onClick={onRetry}>Retry</Btn>}>
          {session.error}
        </ErrorBox>
      ) : null}
      {session.hasUi && connection && sandboxUrl ? (
        <AppView
          key={session.view}
          session={session}
          connection={connection}
          sandboxUrl={sandboxUrl}
          hostContext={hostContext}
          settings={settings}
          onSettings={onSettings}
          onAppModes={onAppModes}
          onMeasure={onMeasure}
          onRetry={onRetry}
        />
      ) : session.status === "done" && session.result ? (
        <PlainResult result={session.result} />
      ) : session.status === "calling" ? (
        <div className="rounded-lg border border-dashed border-border p-6">
          <Spinner label="Waiting for the result…" />
        </div>
      ) : null}
    </div>
  );
}

function PlainResult({ result }: { result: CallToolResult }) {
  return (
    <div className="space-y-2" data-testid="plain-result">
      <p className="text-xs text-muted-foreground">
        This tool has no UI resource: its result as a host would get it.
      </p>
      {result.content.map((c, i) =>
        c.type === "text" ? (
          <pre
            key={i}
            className={cx(
              "rounded-md border p-2 font-mono text-xs whitespace-pre-wrap",
              result.isError ? "border-destructive/40 text-destructive" : "border-border",
            )}
          >
            {c.text}
          </pre>
        ) : (
          <Json key={i} value={c} />
        ),
      )}
      {result.structuredContent ? <Json value={result.structuredContent} className="max-h-96" /> : null}
    </div>
  );
}

function AppView({
  session,
  connection,
  sandboxUrl,
  hostContext,
  settings,
  onSettings,
  onAppModes,
  onMeasure,
  onRetry,
}: {
  session: CallSession;
  connection: Connection;
  sandboxUrl: string;
  hostContext: McpUiHostContext;
  settings: HostSettings;
  onSettings(next: HostSettings): void;
  onAppModes(modes: string[] | undefined): void;
  onMeasure(size: { width: number; height: number }): void;
  onRetry(): void;
}) {
  const frameRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const mounted = useRef<MountedView | null>(null);
  const [phase, setPhase] = useState<ViewPhase>("resource");
  const [error, setError] = useState<string | null>(null);
  const [height, setHeight] = useState(0);
  const [border, setBorder] = useState(true);
  const latest = useRef({ hostContext, settings, onSettings, onAppModes });
  latest.current = { hostContext, settings, onSettings, onAppModes };

  useEffect(() => {
    const container = frameRef.current;
    if (!container) return;
    let view: MountedView | null = null;
    let cancelled = false;
    setPhase("resource");
    setError(null);
    mountApp({
      view: session.view,
      connection,
      tool: session.tool,
      args: session.args,
      result: session.promise,
      container,
      sandboxUrl,
      hostContext: () => latest.current.hostContext,
      onPhase: (p) => {
        if (cancelled) return;
        setPhase(p);
        if (p === "ready")
          latest.current.onAppModes(view?.bridge.getAppCapabilities()?.availableDisplayModes);
      },
      onError: (message) => !cancelled && setError(message),
      onHeight: (h) => !cancelled && setHeight(h),
      onModelEvent: (kind, payload) => addModelEvent(session.view, kind, payload),
      onDisplayModeRequest: (mode: McpUiDisplayMode) => {
        const declared = view?.bridge.getAppCapabilities()?.availableDisplayModes;
        if (declared && !declared.includes(mode)) return latest.current.settings.displayMode;
        latest.current.onSettings({ ...latest.current.settings, displayMode: mode });
        return mode;
      },
      onResource: (resource) => setBorder(resource.meta.prefersBorder !== false),
    }).then(
      (v) => {
        view = v;
        if (cancelled) void v.teardown();
        else mounted.current = v;
      },
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
      mounted.current = null;
      latest.current.onAppModes(undefined);
      if (view) void view.teardown();
    };
  }, [session.view, session.tool, session.args, session.promise, connection, sandboxUrl]);

  useEffect(() => {
    mounted.current?.setHostContext(hostContext);
  }, [hostContext]);

  // The stage's size → containerDimensions.
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      onMeasure({
        width: r.width,
        height: settings.displayMode === "inline" ? window.innerHeight : r.height,
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [onMeasure, settings.displayMode]);

  const mode = settings.displayMode;
  useEffect(() => {
    if (mode === "inline") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape")
        latest.current.onSettings({ ...latest.current.settings, displayMode: "inline" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode]);

  const ready = phase === "ready";
  const fixedWidth = mode === "inline" && settings.width !== "auto" ? settings.width : undefined;
  return (
    <div
      className={cx(
        mode === "fullscreen" && "fixed inset-0 z-50 flex flex-col bg-background",
        mode === "pip" &&
          "fixed right-4 bottom-4 z-50 flex h-[340px] w-[420px] flex-col overflow-hidden rounded-lg border border-border bg-background shadow-2xl",
      )}
      data-display-mode={mode}
    >
      {mode !== "inline" ? (
        <div className="flex items-center gap-2 border-b border-border px-3 py-1.5 text-xs">
          <span className="font-medium">{session.tool.name}</span>
          <Badge>{mode}</Badge>
          <span className="flex-1" />
          <Btn size="sm" variant="ghost" onClick={() => onSettings({ ...settings, displayMode: "inline" })}>
            Back to inline (Esc)
          </Btn>
        </div>
      ) : null}
      <div className={cx("relative min-h-0", mode === "inline" ? "" : "flex-1 overflow-auto")}>
        <div
          ref={boxRef}
          className={cx(
            mode === "inline" && fixedWidth ? "mx-auto" : "w-full",
            mode !== "inline" && "h-full",
          )}
          style={fixedWidth ? { width: fixedWidth, maxWidth: "100%" } : undefined}
        >
          <div
            className={cx(
              "overflow-hidden bg-background",
              mode === "inline" && border && "rounded-lg border border-border",
              mode !== "inline" && "h-full",
            )}
          >
            <div
              ref={frameRef}
              className={cx(mode !== "inline" && "h-full [&>iframe]:h-full!")}
              style={{ height: mode === "inline" ? (ready ? height : 0) : undefined }}
            />
            {!ready && !error ? (
              <div className="flex h-48 items-center justify-center" data-testid="app-loading">
                <Spinner
                  label={
                    session.status === "calling"
                      ? `${PHASE_TEXT[phase]} (tool call running)`
                      : PHASE_TEXT[phase]
                  }
                />
              </div>
            ) : null}
            {ready && height === 0 && mode === "inline" ? (
              <div className="flex h-24 items-center justify-center">
                <Spinner label="The app is rendering…" />
              </div>
            ) : null}
          </div>
        </div>
      </div>
      {error ? (
        <div className="mt-2">
          <ErrorBox title="The app could not be shown" action={<Btn onClick={onRetry}>Try again</Btn>}>
            {error}
          </ErrorBox>
        </div>
      ) : null}
    </div>
  );
}
