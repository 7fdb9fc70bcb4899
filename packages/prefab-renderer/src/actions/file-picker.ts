/** `openFilePicker` and the shared file reading used by DropZone: files become {name,size,type,data}. */
import { type ActionOutcome, fail, ok } from "./context.js";

export interface FileUpload {
  name: string;
  size: number;
  type: string;
  /** Base64 without the `data:` prefix. */
  data: string;
}

/** Default cap when the author sets none: big files would freeze the iframe while encoding. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export function readFileAsUpload(file: File): Promise<FileUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve({ name: file.name, size: file.size, type: file.type, data: url.slice(url.indexOf(",") + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** Matches `accept` lists like "image/*,.pdf,application/json". */
export function acceptsFile(file: { name: string; type: string }, accept: string | undefined): boolean {
  if (!accept) return true;
  return accept
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .some((rule) => {
      if (rule.startsWith(".")) return file.name.toLowerCase().endsWith(rule);
      if (rule.endsWith("/*")) return file.type.toLowerCase().startsWith(rule.slice(0, -1));
      return file.type.toLowerCase() === rule;
    });
}

/** "500 bytes", "2 KiB", "1.5 MiB": rounding every limit to whole KiB made a 500-byte one read "0 KiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? "" : "s"}`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, "KiB"] : [n / (1024 * 1024), "MiB"];
  return `${Number(value.toFixed(1))} ${unit}`;
}

export async function readFiles(
  files: readonly File[],
  opts: { accept?: string; maxSize?: number },
): Promise<{ uploads: FileUpload[]; rejected: string[] }> {
  const max = opts.maxSize ?? DEFAULT_MAX_FILE_SIZE;
  const rejected: string[] = [];
  const ok: File[] = [];
  for (const f of files) {
    if (!acceptsFile(f, opts.accept)) rejected.push(`${f.name}: type not accepted`);
    else if (f.size > max) rejected.push(`${f.name}: larger than ${formatBytes(max)}`);
    else ok.push(f);
  }
  return { uploads: await Promise.all(ok.map(readFileAsUpload)), rejected };
}

export function openFilePickerAction(a: Record<string, unknown>): Promise<ActionOutcome> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    if (typeof a.accept === "string") input.accept = a.accept;
    input.multiple = a.multiple === true;
    input.style.display = "none";
    let settled = false;
    const done = (r: ActionOutcome) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(r);
    };
    input.addEventListener("change", async () => {
      const files = [...(input.files ?? [])];
      if (files.length === 0) return done({ ok: true, quiet: true });
      const maxSize = typeof a.maxSize === "number" ? a.maxSize : undefined;
      const { uploads, rejected } = await readFiles(files, {
        ...(typeof a.accept === "string" ? { accept: a.accept } : {}),
        ...(maxSize !== undefined ? { maxSize } : {}),
      });
      if (rejected.length > 0) return done(fail(rejected.join("; ")));
      done(ok(uploads));
    });
    // Cancel fires no change event; the "cancel" event exists in current Chromium.
    input.addEventListener("cancel", () => done({ ok: true, quiet: true }));
    document.body.appendChild(input);
    input.click();
  });
}
