/**
 * What the model sees: the tool result's text content (what a text-only host would show), the
 * structuredContent (the view's data; hosts differ on whether models see it), and the app's
 * updateModelContext / sendMessage / log events.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { modelEvents } from "../lib/model-events.js";
import { useStore } from "../lib/store.js";
import type { CallSession } from "./Stage.js";
import { Badge, Empty, Json, SectionTitle } from "./ui.js";

const KIND_LABEL: Record<string, string> = {
  "update-model-context": "ui/update-model-context",
  message: "ui/message (sendMessage)",
  log: "notifications/message (log)",
  "open-link": "ui/open-link",
  download: "ui/download-file",
  "teardown-request": "ui/notifications/request-teardown",
};

function texts(result: CallToolResult): string[] {
  return result.content.flatMap((c) => (c.type === "text" ? [c.text] : [`[${c.type} content]`]));
}

export function ModelView({ session }: { session: CallSession | null }) {
  const events = useStore(modelEvents);
  const mine = session ? events.filter((e) => e.view === session.view) : [];
  if (!session) {
    return (
      <Empty title="No tool call yet">
        Call a tool: its text content, structuredContent and the app's model updates show here.
      </Empty>
    );
  }
  const result = session.result;
  return (
    <div className="h-full overflow-auto pb-4 text-sm" data-testid="model-view">
      <SectionTitle>Tool call</SectionTitle>
      <div className="px-3 font-mono text-xs">
        {session.tool.name}({JSON.stringify(session.args)})
      </div>
      <SectionTitle right={result?.isError ? <Badge tone="danger">isError</Badge> : null}>
        Text content
      </SectionTitle>
      <div className="px-3">
        {session.status === "calling" ? (
          <p className="text-muted-foreground">Waiting for the result…</p>
        ) : session.error ? (
          <p className="text-destructive">{session.error}</p>
        ) : result ? (
          texts(result).length ? (
            texts(result).map((t, i) => (
              <pre
                key={i}
                className="mb-2 rounded-md border border-border bg-card p-2 font-mono text-xs whitespace-pre-wrap"
              >
                {t}
              </pre>
            ))
          ) : (
            <p className="text-muted-foreground">No content blocks: a text-only host would show nothing.</p>
          )
        ) : null}
      </div>
      <SectionTitle>structuredContent</SectionTitle>
      <div className="px-3">
        {result?.structuredContent ? (
          <details>
            <summary className="cursor-pointer text-xs text-muted-foreground">
              {JSON.stringify(result.structuredContent).length.toLocaleString()} characters of JSON (for the
              view; hosts differ on whether the model sees it)
            </summary>
            <Json value={result.structuredContent} className="mt-1 max-h-96" />
          </details>
        ) : (
          <p className="text-muted-foreground">None.</p>
        )}
      </div>
      <SectionTitle>Model context updates and messages</SectionTitle>
      <div className="space-y-2 px-3">
        {mine.length === 0 ? (
          <p className="text-muted-foreground">
            None yet. Apps call <code className="font-mono text-xs">updateModelContext</code> or{" "}
            <code className="font-mono text-xs">sendMessage</code> to talk to the model.
          </p>
        ) : (
          mine.map((e) => (
            <div key={e.seq} className="rounded-md border border-border p-2" data-testid="model-event">
              <div className="mb-1 flex items-center gap-2 text-xs">
                <Badge tone={e.kind === "message" ? "model" : e.kind === "log" ? "neutral" : "app"}>
                  {KIND_LABEL[e.kind] ?? e.kind}
                </Badge>
                <span className="text-muted-foreground">{(e.at / 1000).toFixed(2)}s</span>
              </div>
              <Json value={e.payload} className="max-h-64" />
            </div>
          ))
        )}
      </div>
    </div>
  );
}
