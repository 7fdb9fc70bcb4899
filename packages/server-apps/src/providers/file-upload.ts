/**
 * FileUpload provider: a DropZone view and an app-only `<name>_store` tool that
 * checks every file ON THE SERVER before it reaches storage. The DropZone's own
 * `accept`/`maxSize` only spare the user a round trip: the size is measured on the
 * decoded bytes (the client's `size` is ignored), the type is detected from the
 * content (the client's `type` is ignored), and the base64 text is length-checked
 * before it is decoded, so an oversized payload costs no decoding.
 */
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Column,
  DropZone,
  defineState,
  PrefabApp,
  sendMessage,
  setState,
  showToast,
  when,
} from "@prefab-ui/dsl";
import * as z from "zod";
import type { PrefabServer } from "../app-server.js";
import type { ToolContext } from "../tool-definition.js";
import { callTool, type ToolRef } from "../tool-ref.js";
import { acceptsType, sniffType } from "./sniff.js";
import { type StoredFile, safeFileName, type UploadStorage } from "./upload-storage.js";

const clientFile = z.object({
  name: z.string().max(1000),
  // What the browser claims; recorded nowhere, checked against nothing.
  size: z.number().optional(),
  type: z.string().optional(),
  data: z.string(),
});
const storeInput = z.object({ files: z.array(clientFile).max(100) });
const storeOutput = z.object({
  stored: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number() })),
  rejected: z.array(z.object({ name: z.string(), reason: z.string() })),
  message: z.string(),
});
export type UploadResult = z.infer<typeof storeOutput>;

export interface FileUploadOptions {
  /** Default `upload_files`; the backend tool is `<name>_store`. */
  name?: string;
  description?: string;
  /** Largest accepted file, in bytes (decoded). Keep base64 (4/3 larger) under your transport's body limit. */
  maxBytes: number;
  /** HTML-style list: `"image/*,.pdf,text/csv"`. Checked against the detected type. Default: anything recognised. */
  accept?: string;
  /** Default 10. */
  maxFiles?: number;
  storage: UploadStorage;
  /** Runs after the accepted files are stored. */
  onUpload?: (files: StoredFile[], ctx: ToolContext) => void | Promise<void>;
}

export interface FileUploadTools {
  show: ToolRef<z.ZodObject<{ prompt: z.ZodOptional<z.ZodString> }>>;
  store: ToolRef<typeof storeInput, UploadResult>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Decoded bytes, or why not. */
function decode(data: string, maxBytes: number): Uint8Array | string {
  const text = data.replace(/\s+/g, "");
  if (text.length > Math.ceil(maxBytes / 3) * 4) return `larger than ${formatBytes(maxBytes)}`;
  if (text.length % 4 !== 0 || !BASE64.test(text)) return "not valid base64 data";
  const bytes = new Uint8Array(Buffer.from(text, "base64"));
  if (bytes.byteLength > maxBytes) return `larger than ${formatBytes(maxBytes)}`;
  if (bytes.byteLength === 0) return "empty file";
  return bytes;
}

export function fileUpload(server: PrefabServer, options: FileUploadOptions): FileUploadTools {
  const name = options.name ?? "upload_files";
  const maxFiles = options.maxFiles ?? 10;
  const { maxBytes, accept, storage } = options;
  if (!(Number.isInteger(maxBytes) && maxBytes > 0))
    throw new Error("fileUpload: maxBytes must be a positive integer");

  const store = server.backendTool(
    `${name}_store`,
    {
      description: "Check and store uploaded files (called by the upload view).",
      input: storeInput,
      output: storeOutput,
    },
    async ({ files }, ctx): Promise<UploadResult> => {
      if (files.length === 0) throw new Error("No files to upload");
      if (files.length > maxFiles) throw new Error(`At most ${maxFiles} files at once`);
      const stored: StoredFile[] = [];
      const rejected: UploadResult["rejected"] = [];
      for (const file of files) {
        const fileName = safeFileName(file.name);
        const bytes = decode(file.data, maxBytes);
        if (typeof bytes === "string") {
          rejected.push({ name: fileName, reason: bytes });
          continue;
        }
        const type = sniffType(bytes, fileName);
        if (!acceptsType(accept, type, fileName)) {
          rejected.push({
            name: fileName,
            reason: `type ${type} is not accepted${accept ? ` (${accept})` : ""}`,
          });
          continue;
        }
        stored.push(await storage.save({ name: fileName, type, bytes }));
      }
      if (stored.length === 0) {
        throw new Error(`Nothing was uploaded: ${rejected.map((r) => `${r.name}: ${r.reason}`).join("; ")}`);
      }
      await options.onUpload?.(stored, ctx);
      const list = stored.map((f) => `${f.name} (${f.type}, ${formatBytes(f.size)}, id ${f.id})`).join(", ");
      const skipped =
        rejected.length > 0 ? ` Rejected: ${rejected.map((r) => `${r.name} (${r.reason})`).join(", ")}.` : "";
      return {
        stored: stored.map(({ id, name, type, size }) => ({ id, name, type, size })),
        rejected,
        message: `Uploaded ${list}.${skipped}`,
      };
    },
  );

  const show = server.tool(
    name,
    {
      title: "Ask the user for files",
      description:
        options.description ??
        `Ask the user to upload files (${accept ?? "any type"}, up to ${formatBytes(maxBytes)} each). The stored files' ids come back as their next message.`,
      input: z.object({ prompt: z.string().optional().describe("What to upload and why") }),
    },
    ({ prompt }) => {
      const s = defineState({
        files: [] as z.infer<typeof clientFile>[],
        result: null as UploadResult | null,
      });
      return {
        view: PrefabApp({
          state: s,
          view: Card(
            CardHeader(
              CardTitle("Upload files"),
              CardDescription(prompt ?? `${accept ?? "Any type"}, up to ${formatBytes(maxBytes)} each.`),
            ),
            CardContent(
              when(
                s.result,
                Alert(
                  { variant: "success" },
                  AlertTitle("Uploaded"),
                  AlertDescription(`${s.result.message}`),
                ),
              ).else(
                Column(
                  { cssClass: "gap-3" },
                  DropZone({
                    name: "files",
                    multiple: maxFiles > 1,
                    maxSize: maxBytes,
                    ...(accept ? { accept } : {}),
                  }),
                  Button("Upload", {
                    disabled: s.files.length.eq(0),
                    onClick: callTool(
                      store,
                      { files: s.files },
                      {
                        onSuccess: (r) => [setState(s.result, r), sendMessage(`${r.message}`)],
                        onError: (e) => showToast(`${e}`, { variant: "error" }),
                      },
                    ),
                  }),
                ),
              ),
            ),
          ),
        }),
        text: `Asked the user to upload files${prompt ? `: ${prompt}` : ""}. The result arrives as their next message.`,
      };
    },
  );
  return { show, store };
}
