/**
 * Vitest setup: load every lazy chunk (Radix families, icons, Svg, charts…) before the tests of a file run, so
 * views render synchronously as they did before they were split out. The browser suites test the lazy loading of
 * the built file itself (standalone-and-chunks.test.ts).
 */
import { beforeAll } from "vitest";
import { preloadLazyModules } from "../src/render/registry.js";

beforeAll(async () => {
  await preloadLazyModules();
  // The class compiler is a nested chunk that ensure-classes imports at idle: load it now, so an idle flush after a
  // file's last test finds it cached instead of loading a module after the environment was torn down.
  await import("../src/styles/jit/compile-utility.js");
}, 60_000);
