/**
 * Server render of an envelope's view for the standalone export (render-to-standalone-html.ts): static markup the
 * browser paints before it compiles the renderer's start-up JavaScript. The client then replaces it with the live
 * view in one commit (src/app/mcp-app.tsx; no hydration: lazy views, `useId` and locale formatting may differ).
 *
 * The renderer's own modules are loaded at run time, not imported: this entry is compiled alone (tsconfig.node.json,
 * rootDir src/node) and must run both from the sources (tests, tsx) and from the build, where the same modules are
 * the library build in dist/lib (vite.lib.config.ts, one module per source module, bare imports external — so React
 * here is the React the views use).
 */
import type { ComponentType as ReactComponent } from "react";

/** On the pre-rendered wrapper inside `#root` and on the envelope `<style>`s in `<head>`; read by mcp-app.tsx. */
export const PRERENDERED_ATTR = "data-prefab-prerendered";

interface RendererModules {
  createElement: (type: ReactComponent<Record<string, unknown>>, props: Record<string, unknown>) => unknown;
  prerenderToNodeStream: (
    element: unknown,
    options: { onError: (error: unknown) => void; signal: AbortSignal },
  ) => Promise<{ prelude: AsyncIterable<Buffer | string> }>;
  PrefabView: ReactComponent<Record<string, unknown>>;
  collectTypes: (value: unknown) => Set<string>;
  preloadViews: (types: Iterable<string>) => Promise<void>;
}

let modules: Promise<RendererModules> | undefined;

/**
 * Where the renderer's modules are, relative to this file: next to it in the build (dist/node → dist/lib); from
 * the sources, the sources themselves, else the build (e.g. under tsx with a tsconfig that does not compile JSX
 * for React 17+, the .tsx sources fail to load).
 */
function moduleBases(): string[] {
  return /\/dist\/node\/[^/]*$/.test(import.meta.url) ? ["../lib/"] : ["../", "../../dist/lib/"];
}

async function importFrom(
  base: string,
): Promise<Omit<RendererModules, "createElement" | "prerenderToNodeStream">> {
  // Specifiers in variables: TypeScript must not pull the browser sources into this Node-only compilation.
  const viewPath = `${base}app/prefab-view.js`;
  const registryPath = `${base}render/registry.js`;
  const [view, registry] = await Promise.all([
    import(viewPath) as Promise<{ PrefabView: RendererModules["PrefabView"] }>,
    import(registryPath) as Promise<Pick<RendererModules, "collectTypes" | "preloadViews">>,
  ]);
  return {
    PrefabView: view.PrefabView,
    collectTypes: registry.collectTypes,
    preloadViews: registry.preloadViews,
  };
}

function loadModules(): Promise<RendererModules> {
  modules ??= (async () => {
    const [react, server] = await Promise.all([import("react"), import("react-dom/static")]);
    let renderer: Awaited<ReturnType<typeof importFrom>> | undefined;
    let failure: unknown;
    for (const base of moduleBases()) {
      try {
        renderer = await importFrom(base);
        break;
      } catch (error) {
        failure ??= error;
      }
    }
    if (!renderer) throw failure;
    return {
      createElement: react.createElement as unknown as RendererModules["createElement"],
      prerenderToNodeStream:
        server.prerenderToNodeStream as unknown as RendererModules["prerenderToNodeStream"],
      ...renderer,
    };
  })();
  // A failed load (e.g. no React installed) is retried on the next export rather than cached forever.
  modules.catch(() => {
    modules = undefined;
  });
  return modules;
}

export interface PrerenderOptions {
  /** The envelope as PrefabView sees it (upgraded to 0.3): its types decide which lazy views to load first. */
  upgraded?: unknown;
  /** Give up (no markup) after this long; a view whose data never resolves must not hang the export. */
  timeoutMs?: number;
}

/**
 * The view's HTML as the MCP App shows it with no host (McpApp → PrefabView, no host context), or `undefined`
 * when it cannot be rendered on the server: any error (a view that needs the DOM while rendering, a chunk that
 * fails to load), a timeout. Never throws and logs nothing: the export then simply has no markup.
 */
export async function prerenderView(
  envelope: Record<string, unknown>,
  options: PrerenderOptions = {},
): Promise<string | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error("prerender timed out")),
    options.timeoutMs ?? 10_000,
  );
  try {
    const m = await loadModules();
    // Lazy views (charts, tables, Markdown, icons, the class merger) loaded first: real views, not placeholders.
    await m.preloadViews(m.collectTypes(options.upgraded ?? envelope));
    let failed = false;
    const element = m.createElement(m.PrefabView, {
      envelope,
      hostContext: {},
      // Issues are the client's to report (once, in the console of the page that shows them).
      onIssues: () => {},
    });
    const { prelude } = await m.prerenderToNodeStream(element, {
      // An error inside a Suspense boundary still yields a prelude (with a client-render marker): treat any
      // error as a failed pre-render. No logging: the client renders the view (and shows the error) as before.
      onError: () => {
        failed = true;
      },
      signal: controller.signal,
    });
    let html = "";
    for await (const chunk of prelude) html += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    if (failed || controller.signal.aborted || html === "") return undefined;
    return html;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
