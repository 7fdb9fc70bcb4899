/** What shows when a tool result carries no view: cancelled, empty, or an error (lazy: see mcp-app.tsx). */
import type { ReactNode } from "react";
import type { OutcomePhase } from "./mcp-app.js";
import { StatusPanel } from "./status-panel.js";

export default function OutcomePanel({ phase }: { phase: OutcomePhase }): ReactNode {
  switch (phase.kind) {
    case "cancelled":
      return (
        <StatusPanel>
          {phase.reason ? `Cancelled: ${phase.reason}` : "The tool call was cancelled."}
        </StatusPanel>
      );
    case "empty":
      return (
        <div className="prefab-root pf-status bg-background p-6 text-sm text-foreground">
          <p className="text-muted-foreground">The tool returned no Prefab view.</p>
          {phase.text && <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{phase.text}</pre>}
        </div>
      );
    case "error":
      return (
        <div className="prefab-root pf-status bg-background p-4">
          <div
            role="alert"
            className="pf-tool-error rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive"
          >
            <p className="font-semibold">{phase.title}</p>
            <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words font-sans text-foreground/90">
              {phase.message}
            </pre>
          </div>
        </div>
      );
  }
}
