/**
 * Vitest setup: load every lazy chunk (Radix families, icons, Svg, charts…) before the tests of a file run, so
 * views render synchronously as they did before they were split out. The browser suites test the lazy loading of
 * the built file itself (standalone-and-chunks.test.ts).
 */
import { beforeAll } from "vitest";
import { preloadLazyModules } from "../src/render/registry.js";

beforeAll(async () => {
  await preloadLazyModules();
}, 60_000);
