/**
 * 50-input form, 100 keystrokes into input #25. Per key: keydown (capture listener on window, in the renderer frame)
 * → the next animation frame after the Text bound to that input shows the new value. A renderer whose bound Text
 * does not follow the typing fails.
 */
import { boundPrefix, FORM_INPUTS, formEnvelope, KEYS, TYPED_INPUT } from "../generate/form.js";
import { measure, openHost } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import { median, percentile } from "../lib/stats.js";
import type { Workload } from "./types.js";

const READY = `((root) => root.querySelectorAll("input").length >= ${FORM_INPUTS} &&
  (root.textContent || "").includes(${JSON.stringify(boundPrefix(FORM_INPUTS - 1).trim())}))`;

/** Arms the measurement of one key: resolves with keydown → next frame after the bound Text equals `want`. */
const ARM = `((prefix, want, timeoutMs) => {
  const root = document.getElementById("root") || document.getElementById("prefab-root");
  const find = () => {
    let best = null;
    for (const el of root.querySelectorAll("*")) {
      if ((el.textContent || "").startsWith(prefix) && !el.querySelector("input")) best = el;
    }
    return best;
  };
  window.__benchKey = new Promise((resolve) => {
    let t0 = null;
    let el = window.__benchEl && window.__benchEl.isConnected ? window.__benchEl : (window.__benchEl = find());
    const shows = () => {
      if (!el || !el.isConnected) el = window.__benchEl = find();
      return !!el && el.textContent === want;
    };
    let settled = false;
    const finish = (r) => { if (!settled) { settled = true; observer.disconnect(); removeEventListener("keydown", onKey, true); resolve(r); } };
    const onKey = () => { if (t0 === null) t0 = performance.now(); };
    addEventListener("keydown", onKey, true);
    const observer = new MutationObserver(() => {
      if (t0 !== null && shows()) requestAnimationFrame(() => finish({ ok: true, ms: performance.now() - t0 }));
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    const started = performance.now();
    const poll = () => {
      if (settled) return;
      if (t0 !== null && shows()) return finish({ ok: true, ms: performance.now() - t0 });
      if (performance.now() - started > timeoutMs) return finish({ ok: false, text: el ? el.textContent : null, keydown: t0 !== null });
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  return true;
})`;

export const keystroke: Workload = {
  id: "keystroke",
  title: "50-input form, keystroke → bound Text painted (100 keys)",
  kinds: KINDS,
  quick: true,
  metrics: [
    { key: "median", label: "keystroke latency, median of 100 keys", unit: "ms" },
    { key: "p95", label: "keystroke latency, p95 of 100 keys", unit: "ms", target: { absMax: 1000 / 60 } },
  ],
  async run(browser, kind) {
    const host = await openHost(browser, kind);
    try {
      const r = await measure(host, kind, formEnvelope(), READY, 30_000);
      if (!r.ok) return { failed: r.reason ?? "form not rendered" };
      const input = host.frame.locator("#root input, #prefab-root input").nth(TYPED_INPUT);
      await input.click();
      const prefix = boundPrefix(TYPED_INPUT);
      const times: number[] = [];
      let typed = "";
      const arm = (want: string) => `${ARM}(${JSON.stringify(prefix)}, ${JSON.stringify(want)}, 2000)`;
      await host.frame.evaluate(arm(prefix + KEYS[0]));
      for (let i = 0; i < KEYS.length; i++) {
        const ch = KEYS[i]!;
        typed += ch;
        await host.page.keyboard.press(ch === " " ? "Space" : ch);
        // Collect this key's result and arm the next one in the same round trip.
        const next = i + 1 < KEYS.length ? `; ${arm(prefix + typed + KEYS[i + 1])}` : "";
        const k = await host.frame.evaluate<{
          ok: boolean;
          ms?: number;
          text?: string | null;
          keydown?: boolean;
        }>(`(async () => { const r = await window.__benchKey; if (r.ok) { void 0${next}; } return r; })()`);
        if (!k.ok || k.ms === undefined) {
          return {
            failed: `bound Text not updated after key ${times.length + 1} (keydown seen: ${k.keydown}; text: ${JSON.stringify(k.text)})`,
          };
        }
        times.push(k.ms);
      }
      return { values: { median: median(times), p95: percentile(times, 95) } };
    } finally {
      await host.close();
    }
  },
};
