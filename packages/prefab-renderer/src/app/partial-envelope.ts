/**
 * Generative UI while the model is still writing: the host streams the tool's
 * arguments as "healed" JSON (`ui/notifications/tool-input-partial`). When they
 * carry an envelope (`prefab_render({envelope})`, as an object or a JSON string),
 * we render what has arrived; nodes that do not validate yet become skeletons.
 *
 * A JSON-string envelope needs a partial-JSON parser; `partial-json` is a lazy chunk (only generative tools stream
 * strings), loaded by `loadEnvelopeFromArguments`.
 */

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function looksLikeEnvelope(v: Json): boolean {
  return "view" in v || "$prefab" in v;
}

/** The envelope inside streamed tool arguments, or undefined when there is none (yet). */
export function envelopeFromArguments(
  args: unknown,
  parsePartial: (text: string) => unknown = JSON.parse,
): Json | undefined {
  if (!isRecord(args)) return undefined;
  let candidate: unknown = "envelope" in args ? args.envelope : looksLikeEnvelope(args) ? args : undefined;
  if (typeof candidate === "string") {
    try {
      candidate = parsePartial(candidate);
    } catch {
      return undefined; // not even a prefix of JSON yet
    }
  }
  return isRecord(candidate) && looksLikeEnvelope(candidate) ? candidate : undefined;
}

let partialParser: Promise<(text: string) => unknown> | undefined;

/** `envelopeFromArguments` with the partial-JSON parser, loaded on the first string-valued envelope. */
export async function loadEnvelopeFromArguments(args: unknown): Promise<Json | undefined> {
  if (!isRecord(args) || typeof args.envelope !== "string") return envelopeFromArguments(args);
  partialParser ??= import("partial-json").then((m) => m.parse);
  return envelopeFromArguments(args, await partialParser);
}
