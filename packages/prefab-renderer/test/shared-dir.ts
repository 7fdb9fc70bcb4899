/** The shared reference material (fixtures, examples): `../shared` beside the repository, or PREFAB_SHARED_DIR. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const SHARED_DIR = process.env.PREFAB_SHARED_DIR ?? join(repoRoot, "..", "shared");
