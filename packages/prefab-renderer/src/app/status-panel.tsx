/** The panel shown while there is no view yet, or instead of one. */
import type { ReactNode } from "react";

export function StatusPanel({ children, busy }: { children: ReactNode; busy?: boolean }) {
  return (
    <div
      className="prefab-root pf-status flex min-h-24 items-center justify-center gap-3 bg-background p-6 text-sm text-muted-foreground"
      role="status"
      aria-busy={busy ? "true" : undefined}
    >
      {busy && (
        <span
          aria-hidden="true"
          className="inline-block size-4 animate-spin rounded-full border-2 border-muted-foreground/30 border-t-muted-foreground"
        />
      )}
      <span>{children}</span>
    </div>
  );
}
