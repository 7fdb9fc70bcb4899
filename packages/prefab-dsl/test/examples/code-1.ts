/** A highlighted code block. */
import { Code, PrefabApp } from "@prefab-ui/dsl";

const source = `def answer() -> int:
    """Return the Answer to the Ultimate Question
    of Life, the Universe, and Everything."""
    return 42`;

export function build(): PrefabApp {
  return PrefabApp({ view: Code(source, { language: "python" }) });
}
