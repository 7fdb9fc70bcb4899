/** Plain JSON objects: the one guard every walker of untrusted envelopes uses. */
export type Json = Record<string, unknown>;

/** A non-null, non-array object (what JSON.parse yields for `{…}`). */
export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
