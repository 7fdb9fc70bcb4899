/**
 * Bytes: raw / gzip (level 9) / brotli (quality 11) of each shipped renderer (every file of it), and of the
 * JavaScript actually parsed before the standalone card paints: CDP `Debugger.scriptParsed` in the page's main world
 * (scripts with a URL: the document's inline scripts, its script files and blob: chunks; Playwright's helpers and
 * the harness' init scripts have none), up to the paint mark, which the page reports through a CDP binding on the same
 * session so that event order is exact. Sources from `Debugger.getScriptSource`, compressed as one concatenation.
 * Ours also gets `packages/prefab-renderer/scripts/size-report.ts --json` (its static first-paint split).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Browser, CDPSession } from "playwright-core";
import { CARD_TITLE, cardEnvelope } from "../generate/card.js";
import { coldStandalone } from "../lib/host.js";
import { type Kind, shippedFiles } from "../lib/renderers.js";
import { textHas } from "../lib/wait.js";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(buf: Buffer): Sizes {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

export interface BytesReport {
  shipped: Sizes;
  files: number;
  parsedBeforePaint?: Sizes & { scripts: number; urls: string[] };
  failed?: string;
}

export async function measureBytes(browser: Browser, kind: Kind): Promise<BytesReport> {
  const files = shippedFiles(kind);
  const shipped = files.map((f) => sizes(f.body)).reduce(add, { raw: 0, gzip: 0, brotli: 0 });
  const parsed: { url: string; source: Promise<string | undefined> }[] = [];
  let session: CDPSession | undefined;
  let painted = false;
  const r = await coldStandalone(
    browser,
    kind,
    cardEnvelope(),
    textHas(CARD_TITLE, "Open report"),
    30_000,
    async (page) => {
      session = await page.context().newCDPSession(page);
      const defaults = new Set<number>();
      session.on("Runtime.executionContextCreated", (e) => {
        if ((e.context.auxData as { isDefault?: boolean } | undefined)?.isDefault) defaults.add(e.context.id);
      });
      session.on("Debugger.scriptParsed", (e) => {
        // Scripts without a URL are Playwright's injected helpers and the harness' init scripts, not the renderer's.
        if (painted || !e.url || !defaults.has(e.executionContextId) || !session) return;
        // Fetched at once: a script of an earlier document (about:blank) is gone by the time the card paints.
        const source = session
          .send("Debugger.getScriptSource", { scriptId: e.scriptId })
          .then((r) => r.scriptSource)
          .catch(() => undefined);
        parsed.push({ url: e.url, source });
      });
      session.on("Runtime.bindingCalled", (e) => {
        if (e.name === "__benchPaint") painted = true;
      });
      await session.send("Runtime.enable");
      await session.send("Debugger.enable");
      await session.send("Runtime.addBinding", { name: "__benchPaint" });
    },
  );
  try {
    if (!r.ok || !session) return { shipped, files: files.length, failed: r.reason ?? "not ready" };
    const chunks: string[] = [];
    const urls: string[] = [];
    for (const s of parsed) {
      const scriptSource = await s.source;
      if (scriptSource === undefined || scriptSource.includes("__benchWait")) continue; // gone, or our readiness poll
      chunks.push(scriptSource);
      urls.push(s.url);
    }
    const joined = sizes(Buffer.from(chunks.join("\n"), "utf8"));
    return { shipped, files: files.length, parsedBeforePaint: { ...joined, scripts: chunks.length, urls } };
  } finally {
    await r.page.context().close();
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** size-report.ts --json of our renderer.html (reused as is: it is a script, run as a child process). */
export function oursSizeReport(): { firstPaint: Sizes; firstPaintJs: Sizes; css: Sizes } | undefined {
  try {
    const out = execFileSync(
      process.execPath,
      [
        join(here, "..", "..", "node_modules", "tsx", "dist", "cli.mjs"),
        join(here, "..", "..", "packages", "prefab-renderer", "scripts", "size-report.ts"),
        "--json",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}
