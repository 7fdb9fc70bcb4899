/** An accordion built from a list of questions and answers. */
import { Accordion, AccordionItem, PrefabApp, Text } from "@prefab-ui/dsl";

const faq = [
  [
    "What is the Answer?",
    "Forty-two. The Answer to the Ultimate Question of Life, the Universe, and Everything.",
  ],
  [
    "What is the Heart of Gold?",
    "A starship powered by the Infinite Improbability Drive. It can pass through every conceivable point in every conceivable universe almost simultaneously.",
  ],
  [
    "What is Deep Thought?",
    "A supercomputer designed to find the Answer to the Ultimate Question. It took 7.5 million years to compute: 42.",
  ],
] as const;

export function build(): PrefabApp {
  return PrefabApp({ view: Accordion(faq.map(([q, a]) => AccordionItem(q, Text(a)))) });
}
