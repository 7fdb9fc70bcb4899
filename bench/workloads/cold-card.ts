/** Cold load of a trivial card: navigation → painted, standalone (no host) and through the host handshake. */
import { CARD_TITLE, cardEnvelope } from "../generate/card.js";
import { coldHosted, coldStandalone } from "../lib/host.js";
import { KINDS } from "../lib/renderers.js";
import { textHas } from "../lib/wait.js";
import type { Workload } from "./types.js";

const ready = textHas(CARD_TITLE, "Open report");

export const coldStandaloneCard: Workload = {
  id: "cold-standalone",
  title: "Cold card, standalone (navigation → painted)",
  kinds: KINDS,
  quick: true,
  metrics: [{ key: "ms", label: "cold card, standalone", unit: "ms", target: { ratioVsOriginal: 0.13 } }],
  async run(browser, kind) {
    const r = await coldStandalone(browser, kind, cardEnvelope(), ready, 30_000);
    await r.page.context().close();
    return r.ok ? { values: { ms: r.navToPaint } } : { failed: r.reason ?? "not ready" };
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
