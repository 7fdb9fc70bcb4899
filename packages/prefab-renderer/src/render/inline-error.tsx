/** The compact error shown in place of a node that could not render. */
import type { ReactNode } from "react";

export function InlineError({
  type,
  path,
  message,
  children,
}: {
  type?: string | undefined;
  path: string;
  message: string;
  children?: ReactNode;
}) {
  return (
    <div className="pf-error" role="alert" data-prefab-error={path}>
      <div className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-xs text-destructive">
        <span className="font-semibold">{type ? `${type}: ` : ""}</span>
        <span>{message}</span>
        <span className="ml-1 font-mono opacity-70">at {path}</span>
      </div>
      {children}
    </div>
  );
}
