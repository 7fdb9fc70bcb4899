import { cn } from "../lib/cn.js";
import type { ToastItem } from "./toaster.js";

const VARIANT: Record<string, string> = {
  default: "border-border",
  success: "border-success/50 [&_[data-title]]:text-success",
  error: "border-destructive/50 [&_[data-title]]:text-destructive",
  warning: "border-warning/50 [&_[data-title]]:text-warning",
  info: "border-info/50 [&_[data-title]]:text-info",
};

/** The toasts themselves (lazy: see toaster.tsx). */
export default function ToastList({
  items,
  onDismiss,
}: {
  items: readonly ToastItem[];
  onDismiss: (id: number) => void;
}) {
  return items.map((t) => (
    <div
      key={t.id}
      role={t.variant === "error" ? "alert" : "status"}
      className={cn(
        "pf-toast pointer-events-auto rounded-lg border bg-popover p-3 text-sm text-popover-foreground shadow-lg",
        VARIANT[t.variant ?? "default"],
      )}
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <div data-title className="font-medium">
            {t.message}
          </div>
          {t.description ? <div className="mt-0.5 text-muted-foreground">{t.description}</div> : null}
        </div>
        <button
          type="button"
          aria-label="Dismiss notification"
          className="rounded px-1 text-muted-foreground hover:text-foreground"
          onClick={() => onDismiss(t.id)}
        >
          ×
        </button>
      </div>
    </div>
  ));
}
