/**
 * Turns catalog entries (written by scripts/generate-stories.ts into .generated/) into
 * CSF stories: the story renders `<PrefabView>` with the entry's envelope; its args are
 * the props of the documented node (controls derived from the zod schema), and its
 * parameters carry the JSON envelope and the DSL source for the "Prefab" panel.
 */
import { PrefabView } from "@prefab-ui/renderer";
import type { StoryContext, StoryObj } from "@storybook/react-vite";
import { useMemo } from "react";
import { addons } from "storybook/preview-api";
import { argTypesFor } from "./arg-types.js";
import type { StoryEntry } from "./catalog.js";
import { dslSource } from "./dsl-source.js";
import { hostContextFor } from "./globals.js";

export { FAMILY_TITLES, type StoryEntry } from "./catalog.js";

type Obj = Record<string, unknown>;
type Path = (string | number)[];

export const SOURCE_EVENT = "prefab/source";

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Path of the first node of `type` (depth first) in the view, else in defs. */
export function findNode(envelope: Obj, type: string): Path | undefined {
  const walk = (v: unknown, path: Path): Path | undefined => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], [...path, i]);
        if (hit) return hit;
      }
      return undefined;
    }
    if (!isObj(v)) return undefined;
    if (v.type === type) return path;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== "object" || x === null) continue;
      const hit = walk(x, [...path, k]);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(envelope.view, ["view"]) ?? walk(envelope.defs, ["defs"]);
}

function get(root: unknown, path: Path): unknown {
  let cur = root;
  for (const k of path) cur = (cur as Obj | unknown[] | undefined)?.[k as never];
  return cur;
}

const STRUCTURAL = new Set(["type", "children", "let", "cases", "else"]);

function propsOf(node: Obj): Obj {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !STRUCTURAL.has(k)));
}

/** The envelope with the documented node's props replaced by `args`. */
export function applyArgs(envelope: Obj, path: Path | undefined, args: Obj): Obj {
  if (!path) return envelope;
  const copy = structuredClone(envelope);
  const node = get(copy, path) as Obj;
  for (const k of Object.keys(node)) if (!STRUCTURAL.has(k)) delete node[k];
  for (const [k, v] of Object.entries(args)) if (v !== undefined && !STRUCTURAL.has(k)) node[k] = v;
  return copy;
}

interface PrefabStoryProps {
  base: Obj;
  path: Path | undefined;
  args: Obj;
  context: StoryContext;
}

function PrefabStory({ base, path, args, context }: PrefabStoryProps) {
  const { globals, id } = context;
  // A new envelope resets the view's state, so rebuild it only when the args change.
  const argsKey = JSON.stringify(args);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the args' JSON
  const envelope = useMemo(() => applyArgs(base, path, args), [base, path, argsKey]);
  const hostContext = useMemo(() => hostContextFor(globals), [globals]);
  const json = useMemo(() => JSON.stringify(envelope, null, 2), [envelope]);
  useMemo(() => {
    addons.getChannel().emit(SOURCE_EVENT, { storyId: id, json, dsl: dslSource(envelope) });
  }, [id, json, envelope]);
  return <PrefabView envelope={envelope} hostContext={hostContext} />;
}

export type PrefabStoryObj = StoryObj<Obj>;

export function story(entry: StoryEntry): PrefabStoryObj {
  const path = findNode(entry.envelope, entry.type);
  const node = path ? (get(entry.envelope, path) as Obj) : undefined;
  const dsl = dslSource(entry.envelope);
  const json = JSON.stringify(entry.envelope, null, 2);
  return {
    args: node ? propsOf(node) : {},
    argTypes: argTypesFor(entry.type),
    parameters: {
      prefab: { type: entry.type, name: entry.name, source: entry.source, dsl, json },
      docs: { source: { code: dsl, language: "tsx" }, description: { story: entry.source } },
      ...(entry.dir ? { dir: entry.dir } : {}),
    },
    render: (args, context) => (
      <PrefabStory base={entry.envelope} path={path} args={args as Obj} context={context} />
    ),
  };
}
