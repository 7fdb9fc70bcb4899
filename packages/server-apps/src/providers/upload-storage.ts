/**
 * Where uploaded files go. The provider hands storage bytes it has already checked;
 * storage decides names and places. Client-supplied names are display names only:
 * `fsStorage` never uses one as a path.
 */
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve } from "node:path";

export interface UploadedFile {
  /** Sanitised client file name (for display). */
  name: string;
  /** The type the server detected from the bytes, not the one the client claimed. */
  type: string;
  bytes: Uint8Array;
}

export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  /** Where it was stored (a path for `fsStorage`; `memory:<id>` for `memoryStorage`). */
  location: string;
}

export interface UploadStorage {
  save(file: UploadedFile): Promise<StoredFile>;
}

/**
 * A display-safe file name: the last path segment (either separator), no control
 * characters, no leading dots, at most 120 characters. Never empty.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const cleaned = last
    .normalize("NFC")
    // Control characters and characters Windows forbids in names.
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\p{Cc}/gu, "_")
    .replace(/^[.\s]+/, "")
    .trim()
    .slice(-120);
  return cleaned || "file";
}

export interface MemoryStorage extends UploadStorage {
  get(id: string): (StoredFile & { bytes: Uint8Array }) | undefined;
  list(): StoredFile[];
}

export function memoryStorage(): MemoryStorage {
  const files = new Map<string, StoredFile & { bytes: Uint8Array }>();
  return {
    async save(file) {
      const id = randomUUID();
      const stored = {
        id,
        name: file.name,
        type: file.type,
        size: file.bytes.byteLength,
        location: `memory:${id}`,
      };
      files.set(id, { ...stored, bytes: file.bytes });
      return stored;
    },
    get: (id) => files.get(id),
    list: () => [...files.values()].map(({ bytes: _bytes, ...meta }) => meta),
  };
}

/**
 * Files in `dir` named `<uuid>-<safe name>`: the random prefix makes names unguessable
 * and unique (written with `wx`, so nothing is ever overwritten), and the resolved path
 * is checked to be inside `dir` even though the name has no separators left.
 */
export function fsStorage(dir: string): UploadStorage {
  const root = resolve(dir);
  return {
    async save(file) {
      await mkdir(root, { recursive: true });
      const id = randomUUID();
      const name = safeFileName(file.name);
      const path = join(root, `${id}-${basename(name)}`);
      const rel = relative(root, path);
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
        throw new Error("refusing to write outside the upload directory");
      await writeFile(path, file.bytes, { flag: "wx" });
      return { id, name, type: file.type, size: file.bytes.byteLength, location: path };
    },
  };
}
