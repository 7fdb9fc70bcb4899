/**
 * Cold load of a trivial card: navigation → painted, standalone (no host) and through the host handshake.
 * Standalone, ours paints a pre-rendered view before its JavaScript runs (renderToStandaloneHtml), so a second
 * metric times navigation → live: the pre-rendered markup replaced by React's view. The original and the port have
 * no pre-render: their live mark is their painted mark.
 */
import { CARD_TITLE, cardEnvelope } from "../generate/card.js";
import { coldHosted, coldStandalone } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import { textHas } from "../lib/wait.js";
import type { Workload } from "./types.js";

const ready = textHas(CARD_TITLE, "Open report");
/** Ours: the card is shown by React (its root is on #root and the pre-rendered wrapper is gone). */
const oursLive = `((root) => !root.querySelector("[data-prefab-prerendered]") && Object.keys(root).some((k) => k.startsWith("__reactContainer$")) && ${ready}(root))`;

export const coldStandaloneCard: Workload = {
  id: "cold-standalone",
  title: "Cold card, standalone (navigation → painted)",
  kinds: KINDS,
  quick: true,
  metrics: [
    { key: "ms", label: "cold card, standalone", unit: "ms", target: { ratioVsOriginal: 0.13 } },
    { key: "live", label: "cold card, standalone, live", unit: "ms" },
  ],
  async run(browser, kind) {
    const live = kind === "ours" ? oursLive : ready;
    const r = await coldStandalone(browser, kind, cardEnvelope(), ready, 30_000, undefined, live);
    await r.page.context().close();
    if (!r.ok) return { failed: r.reason ?? "not ready" };
    if (r.navToLive === undefined) return { failed: r.liveFailed ?? "not live" };
    return { values: { ms: r.navToPaint, live: r.navToLive } };
  },
};

export const coldHostedCard: Workload = {
  id: "cold-hosted",
  title: "Cold card through the host handshake (host navigation → painted in the iframe)",
  kinds: KINDS,
  quick: true,
  metrics: [{ key: "ms", label: "cold card, host handshake", unit: "ms", target: { ratioVsOriginal: 0.2 } }],
  async run(browser, kind) {
    const r = await coldHosted(browser, kind, cardEnvelope(), ready, 30_000);
    return r.ok ? { values: { ms: r.navToPaint } } : { failed: r.reason ?? "not ready" };
  },
};
