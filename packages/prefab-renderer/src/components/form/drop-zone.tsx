/**
 * DropZone: drag-and-drop, click or Enter/Space to browse. Files are filtered by `accept`, capped by
 * `maxSize` (rejections become an error toast) and written as `FileUpload[]`; `multiple` appends.
 */
import { Upload } from "lucide-react";
import { type DragEvent, useId, useRef, useState } from "react";
import { type FileUpload, formatBytes, readFiles } from "../../actions/file-picker.js";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString } from "../../lib/coerce.js";
import type { Registry } from "../../render/registry.js";
import { useRuntime } from "../../render/runtime.js";
import { IconPlaceholder, useIcon } from "../icons.js";
import { useBound } from "../use-bound.js";
import { cls, FOCUS_RING, idOf, nameOf, type P, useControlFlags } from "./shared.js";

const toUploads = (v: unknown): FileUpload[] =>
  Array.isArray(v)
    ? v.filter((f): f is FileUpload => typeof f === "object" && f !== null && "name" in f)
    : [];

export function DropZone(p: P) {
  const runtime = useRuntime();
  const bound = useBound(nameOf(p), p.props.value, { coerce: toUploads, emit: p.emit });
  const flags = useControlFlags(p);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const descId = `${useId()}-desc`;
  const accept = asOptString(p.props.accept) || undefined;
  const multiple = asBool(p.props.multiple);
  const maxSizeRaw = asNumber(p.props.maxSize, Number.NaN);
  const maxSize = Number.isFinite(maxSizeRaw) && maxSizeRaw > 0 ? maxSizeRaw : undefined;
  const label = asOptString(p.props.label) || "Drop files here or click to browse";
  const description = asOptString(p.props.description);
  const iconName = asOptString(p.props.icon);
  const resolved = useIcon(iconName);
  const Icon = resolved === undefined ? IconPlaceholder : (resolved ?? Upload);
  const disabled = flags.disabled;
  const files = bound.value;

  const take = async (list: readonly File[]) => {
    if (disabled || list.length === 0) return;
    const chosen = multiple ? list : list.slice(0, 1);
    setBusy(true);
    try {
      const { uploads, rejected } = await readFiles(chosen, {
        ...(accept ? { accept } : {}),
        ...(maxSize !== undefined ? { maxSize } : {}),
      });
      if (rejected.length > 0) {
        runtime.toast({
          message: "Some files were not added",
          description: rejected.join("; "),
          variant: "error",
        });
      }
      if (uploads.length === 0) return;
      bound.set(multiple ? [...toUploads(bound.value), ...uploads] : uploads.slice(0, 1));
    } catch (error) {
      runtime.toast({ message: "Could not read the file", description: String(error), variant: "error" });
    } finally {
      setBusy(false);
    }
  };

  const browse = () => {
    if (!disabled) inputRef.current?.click();
  };
  const onDrag = (e: DragEvent<HTMLDivElement>, over: boolean) => {
    e.preventDefault();
    e.stopPropagation();
    if (disabled) return;
    if (over && e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    setDragging(over);
  };

  return (
    <div
      id={idOf(p)}
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled || undefined}
      aria-label={label}
      aria-describedby={descId}
      aria-busy={busy || undefined}
      data-slot="drop-zone"
      data-dragging={dragging || undefined}
      data-disabled={disabled || undefined}
      onClick={browse}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          browse();
        }
      }}
      onDragEnter={(e) => onDrag(e, true)}
      onDragOver={(e) => onDrag(e, true)}
      onDragLeave={(e) => onDrag(e, false)}
      onDrop={(e) => {
        onDrag(e, false);
        void take([...(e.dataTransfer?.files ?? [])]);
      }}
      className={cn(
        "pf-drop-zone flex w-full cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-input p-6 text-center transition-colors hover:border-ring/60 hover:bg-accent/40 data-[dragging=true]:border-primary data-[dragging=true]:bg-primary/5 data-[disabled=true]:cursor-not-allowed data-[disabled=true]:opacity-50",
        FOCUS_RING,
        flags.invalid && "border-destructive",
        cls(p),
      )}
    >
      <div className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon className="size-5" />
      </div>
      <p className="text-sm font-medium">{label}</p>
      <div id={descId} className="flex flex-col gap-1 text-xs text-muted-foreground">
        {description ? <p>{description}</p> : null}
        {files.length > 0 ? (
          <p className="pf-drop-zone-files" aria-live="polite">
            {files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(", ")}
          </p>
        ) : null}
      </div>
      <input
        ref={inputRef}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        data-pf-skip=""
        className="hidden"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => {
          const list = [...(e.target.files ?? [])];
          e.target.value = "";
          void take(list);
        }}
      />
    </div>
  );
}

export const views: Registry = { DropZone };
