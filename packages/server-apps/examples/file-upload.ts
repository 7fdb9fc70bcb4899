/**
 * File upload: `upload_files` shows a drop zone; `upload_files_store` checks each file
 * on the server (decoded size ≤ 1 MiB, type detected from the bytes must be an image,
 * a PDF or CSV) and writes it to `UPLOAD_DIR` (default: a temp directory) under a
 * random name. The stored ids go back to the model as the user's next message.
 *
 *   npx tsx packages/server-apps/examples/file-upload.ts --http 3001   # or --stdio
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createPrefabServer,
  fileUpload,
  fsStorage,
  serveFromArgv,
  type UploadStorage,
} from "../src/index.js";

export function createUploadServer(
  storage: UploadStorage = fsStorage(process.env.UPLOAD_DIR ?? join(tmpdir(), "prefab-uploads")),
) {
  const server = createPrefabServer({ name: "uploads", version: "0.1.0" });
  fileUpload(server, {
    // Base64 is 4/3 of the bytes: 1 MiB stays well under the HTTP transport's body limit.
    maxBytes: 1024 * 1024,
    accept: "image/png,image/jpeg,.pdf,.csv",
    maxFiles: 5,
    storage,
  });
  return server;
}

export default () => createUploadServer();

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  await serveFromArgv(() => createUploadServer());
}
