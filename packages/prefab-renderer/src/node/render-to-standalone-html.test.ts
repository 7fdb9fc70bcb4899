import { describe, expect, it } from "vitest";
import { InvalidEnvelopeError, renderToStandaloneHtml, scriptSafeJson } from "./index.js";

const shell =
  '<!doctype html><html><head><title>Prefab</title></head><body><div id="root"></div>' +
  '<script type="text/plain" data-chunk="charts.js">x</script></body></html>';

describe("renderToStandaloneHtml", () => {
  const envelope = {
    version: "0.2",
    view: { type: "Text", content: "</script><script>alert(1)</script> \u2028 \u2029 & done" },
  };

  it("embeds the envelope as inert JSON before the lazy chunks", () => {
    const html = renderToStandaloneHtml(envelope, { rendererHtml: shell });
    const match = /<script type="application\/json" id="prefab:initial-data">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const text = match![1]!;
    expect(text).not.toContain("</");
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(envelope);
    expect(html.indexOf("prefab:initial-data")).toBeLessThan(html.indexOf("data-chunk"));
  });

  it("puts the envelope before the start-up scripts, which run while the page is parsed", () => {
    const built =
      '<html><head></head><body><div id="root"></div><script data-chunk="react.js" data-eager>a</script>' +
      '<script data-prefab-entry>b</script><script type="text/plain" data-chunk="charts.js">c</script></body></html>';
    const html = renderToStandaloneHtml(envelope, { rendererHtml: built });
    const data = html.indexOf("prefab:initial-data");
    expect(data).toBeGreaterThan(html.indexOf('id="root"'));
    expect(data).toBeLessThan(html.indexOf("data-eager"));
    expect(html.indexOf("data-prefab-entry")).toBeLessThan(html.indexOf("charts.js"));
  });

  it("sets an escaped title", () => {
    const html = renderToStandaloneHtml(envelope, { rendererHtml: shell, title: "Sales <Q3> & more" });
    expect(html).toContain("<title>Sales &lt;Q3&gt; &amp; more</title>");
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it("accepts JSON text and keeps user data as given", () => {
    const html = renderToStandaloneHtml(
      JSON.stringify({ view: { type: "Text", content: "hi" }, state: { first_name: "A" } }),
      {
        rendererHtml: shell,
      },
    );
    expect(html).toContain('"first_name":"A"');
  });

  it("rejects an invalid envelope with its issues", () => {
    expect(() => renderToStandaloneHtml("not json", { rendererHtml: shell })).toThrow(InvalidEnvelopeError);
    expect(() => renderToStandaloneHtml([1, 2], { rendererHtml: shell })).toThrow(/Invalid Prefab envelope/);
  });

  it("scriptSafeJson round-trips", () => {
    const value = { a: "</script>", b: "\u2028\u2029", c: [1, null, true] };
    expect(JSON.parse(scriptSafeJson(value))).toEqual(value);
  });
});
