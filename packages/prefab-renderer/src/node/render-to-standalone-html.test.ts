import { inflateRawSync } from "node:zlib";
import { createElement, Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getView, type NodeView, registerViews } from "../render/registry.js";
import { InvalidEnvelopeError, renderToStandaloneHtml, scriptSafeJson } from "./index.js";
import { prerenderView } from "./prerender.js";

const shell =
  '<!doctype html><html><head><title>Prefab</title></head><body><div id="root"></div>' +
  '<script type="text/plain" data-chunk="charts.js">x</script></body></html>';

/** The shape of dist/renderer.html (scripts/vite-plugin-lazy-chunks.ts): start-up scripts, then lazy chunk text. */
const built =
  '<!doctype html><html lang="en"><head><script>loader</script><title>Prefab</title></head><body><div id="root"></div>\n' +
  '<script data-chunk="react.js" data-eager>__prefabChunks.def("react.js",function(){});</script>\n' +
  '<script data-prefab-entry>__prefabChunks.main("renderer.js",function(require){require("./react.js")});</script>\n' +
  '<script type="text/plain" data-chunk="charts.js">c</script>\n</body></html>';

/** What is inside the pre-rendered wrapper. */
function prerendered(html: string): string | undefined {
  return /<div id="root"><div data-prefab-prerendered style="display:contents">([\s\S]*)<\/div><\/div>\n/.exec(
    html,
  )?.[1];
}

describe("renderToStandaloneHtml", () => {
  const envelope = {
    version: "0.2",
    view: { type: "Text", content: "</script><script>alert(1)</script> \u2028 \u2029 & done" },
  };

  it("embeds the envelope as inert JSON before the lazy chunks", async () => {
    const html = await renderToStandaloneHtml(envelope, { rendererHtml: shell });
    const match = /<script type="application\/json" id="prefab:initial-data">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const text = match![1]!;
    expect(text).not.toContain("</");
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(envelope);
    expect(html.indexOf("prefab:initial-data")).toBeLessThan(html.indexOf("data-chunk"));
  });

  it("puts the envelope before the start-up scripts, which run while the page is parsed", async () => {
    const html = await renderToStandaloneHtml(envelope, { rendererHtml: built, prerender: false });
    const data = html.indexOf("prefab:initial-data");
    expect(data).toBeGreaterThan(html.indexOf('id="root"'));
    expect(data).toBeLessThan(html.indexOf("data-eager"));
    expect(html.indexOf("data-prefab-entry")).toBeLessThan(html.indexOf("charts.js"));
  });

  it("sets an escaped title", async () => {
    const html = await renderToStandaloneHtml(envelope, { rendererHtml: shell, title: "Sales <Q3> & more" });
    expect(html).toContain("<title>Sales &lt;Q3&gt; &amp; more</title>");
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it("accepts JSON text and keeps user data as given", async () => {
    const html = await renderToStandaloneHtml(
      JSON.stringify({ view: { type: "Text", content: "hi" }, state: { first_name: "A" } }),
      { rendererHtml: shell },
    );
    expect(html).toContain('"first_name":"A"');
  });

  it("rejects an invalid envelope with its issues", async () => {
    await expect(renderToStandaloneHtml("not json", { rendererHtml: shell })).rejects.toThrow(
      InvalidEnvelopeError,
    );
    await expect(renderToStandaloneHtml([1, 2], { rendererHtml: shell })).rejects.toThrow(
      /Invalid Prefab envelope/,
    );
  });

  it("scriptSafeJson round-trips", () => {
    const value = { a: "</script>", b: "\u2028\u2029", c: [1, null, true] };
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
  });
});

describe("renderToStandaloneHtml: pre-rendered view", () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    vi.restoreAllMocks();
  });

  const hostile = {
    version: "0.2",
    state: { name: "Ada </script><script>alert(2)</script>" },
    view: {
      type: "Column",
      children: [
        { type: "Text", content: "Hello {{ name }} & </div></div><script>alert(1)</script> <b>x</b>" },
        { type: "Button", label: "Press </body>" },
      ],
    },
  };

  it("renders the view into #root, escaped, and defers the start-up scripts past the first paint", async () => {
    const html = await renderToStandaloneHtml(hostile, { rendererHtml: built });
    const markup = prerendered(html);
    expect(markup).toBeDefined();
    // Templates are resolved as the client would show them; user text is escaped, never markup.
    expect(markup).toContain(
      "Hello Ada &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;/div&gt;",
    );
    expect(markup).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(markup).toContain("Press &lt;/body&gt;");
    expect(markup).not.toMatch(/<script|<\/body|<b>/i);
    expect(markup).toContain('class="prefab-root');
    // Every script element is closed where it was: the markup added none, and the document ends once. (The JSON
    // may contain `<script`: raw text, only `</script` could end it, and scriptSafeJson escapes that.)
    const outsideJson = html.replace(/(id="prefab:initial-data">)[\s\S]*?<\/script>/, "$1</script>");
    expect(outsideJson.match(/<script\b/g)).toHaveLength(outsideJson.match(/<\/script>/g)!.length);
    expect(html.match(/<\/body>/g)).toHaveLength(1);
    // No envelope mode and no host: light, as mcp-app.tsx applies it.
    expect(html).toMatch(/<html lang="en" style="color-scheme: light">/);

    // Start-up scripts are inert text now; the entry is a factory (def, not main) that the boot script requires.
    expect(html).toContain('<script type="text/plain" data-chunk="react.js" data-eager>');
    expect(html).toContain(
      '<script type="text/plain" data-chunk="renderer.js" data-eager data-prefab-entry>__prefabChunks.def("renderer.js",',
    );
    expect(html).not.toMatch(/<script data-chunk=|<script data-prefab-entry>|__prefabChunks\.main\(/);
    const boot = html.indexOf("<script data-prefab-boot>");
    expect(boot).toBeGreaterThan(html.indexOf('data-chunk="charts.js"'));
    expect(html.slice(boot)).toMatch(
      /requestAnimationFrame\(\(\)=>setTimeout\(go\)\)[\s\S]*__prefabChunks\.require\("renderer\.js"\)|__prefabChunks\.require\("renderer\.js"\)[\s\S]*requestAnimationFrame\(\(\)=>setTimeout\(go\)\)/,
    );
    // The embedded envelope is still the same inert JSON, before the (now inert) start-up scripts.
    const data = /id="prefab:initial-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data)).toEqual(hostile);
  });

  it("stores the start-up text compressed when the build's loader inflates (data-deps, DecompressionStream)", async () => {
    // Today's build: the loader knows DecompressionStream, chunks list their static dependencies.
    const inflating = built
      .replace("<script>loader</script>", "<script>/* DecompressionStream */</script>")
      .replace(
        'data-eager>__prefabChunks.def("react.js"',
        'data-eager data-deps="">__prefabChunks.def("react.js"',
      )
      .replace('data-chunk="charts.js">c<', 'data-chunk="charts.js" data-deps="react.js" data-z>Yw==<');
    const html = await renderToStandaloneHtml(
      { version: "0.2", view: { type: "Text", content: "Hi" } },
      {
        rendererHtml: inflating,
      },
    );
    expect(prerendered(html)).toContain("Hi");
    const chunk = (name: string) =>
      new RegExp(`<script type="text/plain" data-chunk="?${name}"?([^>]*)>([^<]*)</script>`).exec(html);
    const react = chunk("react\\.js")!;
    expect(react[1]).toBe(' data-eager data-deps="" data-z');
    expect(inflateRawSync(Buffer.from(react[2]!, "base64")).toString()).toBe(
      '__prefabChunks.def("react.js",function(){});',
    );
    // The entry: its start-up dependencies listed for `load`, its factory registered (def, not main).
    const entry = chunk("renderer\\.js")!;
    expect(entry[1]).toBe(' data-eager data-prefab-entry data-deps="react.js" data-z');
    expect(inflateRawSync(Buffer.from(entry[2]!, "base64")).toString()).toBe(
      '__prefabChunks.def("renderer.js",function(require){require("./react.js")});',
    );
    // Lazy chunks are left as the build wrote them.
    expect(html).toContain('data-chunk="charts.js" data-deps="react.js" data-z>Yw==<');
    // Boot: after the first frame, the entry is inflated, then required by `load` (nothing runs before that frame).
    const boot = /<script data-prefab-boot>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(boot).toMatch(/go=\(\)=>\{if\(!b\)\{b=1;c\.load\("renderer\.js"\)\}\}/);
    expect(boot).toMatch(/requestAnimationFrame\(\(\)=>setTimeout\(go\)\);setTimeout\(go,500\)\}\)\(\)$/);
  });

  it("puts only the utilities the markup uses before the first paint, the full sheet as a start-up chunk", async () => {
    const sheet =
      "@layer theme{:root{--x:1}}@layer utilities{.pf-text{color:red}.grid{display:grid}.dark\\:grid:where(.dark,.dark *){display:grid}}";
    const inflating = built
      .replace(
        "<script>loader</script>",
        `<script>/* DecompressionStream */</script><style rel="stylesheet" crossorigin>${sheet}</style>`,
      )
      .replace(
        'data-eager>__prefabChunks.def("react.js"',
        'data-eager data-deps="">__prefabChunks.def("react.js"',
      );
    const html = await renderToStandaloneHtml(
      { version: "0.2", view: { type: "Text", content: "Hi" } },
      {
        rendererHtml: inflating,
      },
    );
    expect(prerendered(html)).toContain("Hi");
    const critical = /<style data-prefab-critical>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(critical).toContain("@layer theme{:root{--x:1}}");
    expect(critical).not.toContain(".grid{");
    expect(critical).not.toContain("dark");
    expect(html).not.toContain('<style rel="stylesheet"');
    const css =
      /<script type="text\/plain" data-chunk="prefab-full-css\.js" data-eager data-deps="" data-z>([^<]*)<\/script>/.exec(
        html,
      )!;
    expect(inflateRawSync(Buffer.from(css[1]!, "base64")).toString()).toBe(
      `__prefabChunks.def("prefab-full-css.js",function(r,m){m.exports=${JSON.stringify(sheet)}})`,
    );
    // Boot: the full sheet replaces the critical one before the entry runs.
    const boot = /<script data-prefab-boot>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(boot).toContain(
      'c.load("prefab-full-css.js").then(s=>{document.querySelector("style[data-prefab-critical]").textContent=s;return c.load("renderer.js")})',
    );
    // Dark mode keeps the `.dark` variants the markup can match.
    const dark = await renderToStandaloneHtml(
      { version: "0.2", mode: "dark", view: { type: "Text", content: "Hi", cssClass: "dark:grid" } },
      { rendererHtml: inflating },
    );
    expect(/<style data-prefab-critical>([\s\S]*?)<\/style>/.exec(dark)![1]).toContain(".dark\\:grid");
  });

  it("applies an envelope's dark mode and theme/css the way the client does, inside the markup", async () => {
    const html = await renderToStandaloneHtml(
      {
        version: "0.2",
        mode: "dark",
        css: [".pf-p { color: red } /* </style><script>alert(1)</script> */"],
        view: { type: "P", content: "Dark" },
      },
      { rendererHtml: built },
    );
    expect(html).toMatch(/<html lang="en" class="dark" style="color-scheme: dark">/);
    const markup = prerendered(html)!;
    expect(markup).toMatch(/^<style>\.pf-p \{ color: red \}/);
    // `</style` cannot end the element early (a CSS escape of `<` inside the comment): the one `</style>` is the
    // real end, right before the view; `<script>` inside is style text, never parsed as a tag.
    expect(markup.match(/<\/style>/g)).toHaveLength(1);
    expect(markup).toMatch(/\*\/<\/style><div class="prefab-root/);
    expect(markup).toContain('data-theme="dark"');
  });

  it("writes an ASCII-only file (one non-Latin-1 character makes Chromium decode all 1.5 MB as UTF-16)", async () => {
    const envelope = {
      version: "0.2",
      css: ['.pf-p::after { content: "\u2026" }'],
      state: { who: "Zo\u00eb \u2014 \ud83d\ude00" },
      view: { type: "P", content: "Caf\u00e9 {{ who }}" },
    };
    const html = await renderToStandaloneHtml(envelope, { rendererHtml: built, title: "\u00dcber \u2028" });
    expect(html).not.toMatch(/[\u0080-\u{10ffff}]/u);
    expect(html).toContain("<title>&#xdc;ber &#x2028;</title>");
    const markup = prerendered(html)!;
    expect(markup).toContain("Caf&#xe9; Zo&#xeb; &#x2014; &#x1f600;");
    expect(markup).toContain('content: "\\2026 "');
    const data = /id="prefab:initial-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data)).toEqual(envelope);
  });

  it("prerender: false leaves #root empty and the start-up scripts as they are", async () => {
    const html = await renderToStandaloneHtml(hostile, { rendererHtml: built, prerender: false });
    expect(html).not.toContain("data-prefab-prerendered");
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<script data-chunk="react.js" data-eager>');
    expect(html).toContain('<script data-prefab-entry>__prefabChunks.main("renderer.js",');
    expect(html).not.toContain("data-prefab-boot");
    expect(html).toContain('<html lang="en">');
  });

  it("a renderer HTML without the expected start-up scripts gets no markup (it would flash 'Waiting…')", async () => {
    const html = await renderToStandaloneHtml(hostile, { rendererHtml: shell });
    expect(html).not.toContain("data-prefab-prerendered");
    expect(html).toContain('<div id="root"></div>');
  });

  it("falls back to no markup, silently, when a view throws during the server render", async () => {
    const original = getView("Button")!;
    registerViews({
      Button: (() => {
        throw new Error("needs the DOM");
      }) as NodeView<"Button">,
    });
    restore = () => registerViews({ Button: original as NodeView<"Button"> });
    const logged = [
      vi.spyOn(console, "error").mockImplementation(() => {}),
      vi.spyOn(console, "warn").mockImplementation(() => {}),
      vi.spyOn(console, "log").mockImplementation(() => {}),
    ];
    const html = await renderToStandaloneHtml(hostile, { rendererHtml: built });
    expect(html).not.toContain("data-prefab-prerendered");
    expect(html).toContain('<div id="root"></div>');
    // The start-up scripts run as without pre-render (the client renders, and shows the error inline).
    expect(html).toContain('<script data-prefab-entry>__prefabChunks.main("renderer.js",');
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  });

  it("also when the view that throws is inside a Suspense boundary (React would leave a client-render marker)", async () => {
    const original = getView("Button")!;
    const Throws = () => {
      throw new Error("needs the DOM");
    };
    registerViews({
      Button: (() => createElement(Suspense, { fallback: "…" }, createElement(Throws))) as NodeView<"Button">,
    });
    restore = () => registerViews({ Button: original as NodeView<"Button"> });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = await renderToStandaloneHtml(hostile, { rendererHtml: built });
    expect(html).not.toContain("data-prefab-prerendered");
    expect(error).not.toHaveBeenCalled();
  });

  it("gives up on a view that never finishes rendering", async () => {
    const original = getView("Text")!;
    const never = new Promise<never>(() => {});
    registerViews({
      Text: (() => {
        throw never; // suspends forever, like data that never arrives
      }) as NodeView<"Text">,
    });
    restore = () => registerViews({ Text: original as NodeView<"Text"> });
    expect(await prerenderView({ view: { type: "Text", content: "x" } }, { timeoutMs: 50 })).toBeUndefined();
  });
});
