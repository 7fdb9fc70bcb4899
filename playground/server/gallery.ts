/**
 * The editor's gallery: the shared reference envelopes (`../shared/prefab-examples/*.json`, beside the repo)
 * and the project's own DSL examples (`packages/prefab-dsl/test/examples/*.ts`), read on request.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GalleryItem {
  group: "shared" | "dsl";
  name: string;
  kind: "json" | "ts";
  title?: string;
}

export interface GalleryDirs {
  shared: string;
  dsl: string;
}

export function galleryDirs(repoRoot: string): GalleryDirs {
  return {
    shared: process.env.PREFAB_EXAMPLES_DIR ?? join(repoRoot, "..", "shared", "prefab-examples"),
    dsl: join(repoRoot, "packages", "prefab-dsl", "test", "examples"),
  };
}

function list(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

export function listGallery(dirs: GalleryDirs): { items: GalleryItem[]; missing: string[] } {
  const items: GalleryItem[] = [];
  const missing: string[] = [];
  const dsl = list(dirs.dsl, ".ts");
  if (dsl.length === 0) missing.push(dirs.dsl);
  for (const f of dsl) {
    const source = readFileSync(join(dirs.dsl, f), "utf8");
    const title = /^\/\*\*\s*(.*?)\s*\*\//.exec(source)?.[1];
    items.push({ group: "dsl", name: f.replace(/\.ts$/, ""), kind: "ts", ...(title ? { title } : {}) });
  }
  const shared = list(dirs.shared, ".json");
  if (shared.length === 0) missing.push(dirs.shared);
  for (const f of shared) items.push({ group: "shared", name: f.replace(/\.json$/, ""), kind: "json" });
  return { items, missing };
}

/** The source of one item, or undefined (names are checked against the listing: no path tricks). */
export function readGalleryItem(dirs: GalleryDirs, group: string, name: string): string | undefined {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const file =
    group === "dsl"
      ? join(dirs.dsl, `${name}.ts`)
      : group === "shared"
        ? join(dirs.shared, `${name}.json`)
        : "";
  if (!file || !existsSync(file)) return undefined;
  return readFileSync(file, "utf8");
}
