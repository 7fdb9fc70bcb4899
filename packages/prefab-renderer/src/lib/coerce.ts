/**
 * Props arrive after interpolation, so a "boolean" may be the string "true" or an
 * unresolved template. Components read them through these helpers.
 */
export function asBool(v: unknown, fallback = false): boolean {
  if (typeof v === "boolean") return v;
  if (v === undefined || v === null) return fallback;
  if (typeof v === "string") {
    if (v.includes("{{")) return fallback; // unresolved template: not truthy (§12 item 9)
    const s = v.trim().toLowerCase();
    if (s === "true") return true;
    if (s === "false" || s === "" || s === "0") return false;
  }
  if (typeof v === "number") return v !== 0;
  return Boolean(v);
}

export function asNumber(v: unknown, fallback: number): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && !v.includes("{{")) {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  return fallback;
}

export function asString(v: unknown, fallback = ""): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

export function asOptString(v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : asString(v);
}

/** A CSS length: numbers are pixels. */
export function cssLength(v: unknown): string | undefined {
  if (typeof v === "number") return `${v}px`;
  if (typeof v === "string" && v.trim() !== "" && !v.includes("{{"))
    return /^\d+(\.\d+)?$/.test(v) ? `${v}px` : v;
  return undefined;
}

/** Only plain string/number style entries survive; keys may be kebab- or camelCase. */
export function styleObject(v: unknown): Record<string, string | number> | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== "string" && typeof val !== "number") continue;
    if (typeof val === "string" && /url\s*\(|expression\s*\(/i.test(val)) continue; // no remote loads via CSS
    out[k.startsWith("--") ? k : k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())] = val;
  }
  return out;
}
