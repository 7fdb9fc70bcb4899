/**
 * What a file really is, from its first bytes. The client's `type` is whatever the
 * browser guessed from the extension (or whatever a script put there), so the server
 * checks content: known binary signatures, else text if it decodes as UTF-8 without
 * NUL bytes, else unknown.
 */

const SIGNATURES: { type: string; bytes: (number | null)[]; offset?: number }[] = [
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: "image/webp", bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "application/zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: "application/gzip", bytes: [0x1f, 0x8b] },
];

/** Text types by extension, used once the bytes are known to be text. */
const TEXT_BY_EXTENSION: Record<string, string> = {
  csv: "text/csv",
  json: "application/json",
  md: "text/markdown",
  txt: "text/plain",
  html: "text/html",
  xml: "application/xml",
};

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The detected MIME type, or `application/octet-stream` when the content is not recognised. */
export function sniffType(bytes: Uint8Array, fileName: string): string {
  for (const sig of SIGNATURES) {
    const at = sig.offset ?? 0;
    if (
      bytes.length >= at + sig.bytes.length &&
      sig.bytes.every((b, i) => b === null || bytes[at + i] === b)
    ) {
      return sig.type;
    }
  }
  if (isUtf8Text(bytes)) {
    const ext = fileName.toLowerCase().split(".").pop() ?? "";
    return TEXT_BY_EXTENSION[ext] ?? "text/plain";
  }
  return "application/octet-stream";
}

/**
 * Whether `accept` ("image/*,.pdf,application/json", as in HTML) allows a file of
 * detected `type` named `name`. An extension rule also needs the content to match a
 * type that extension may have, so `evil.exe` renamed `a.pdf` is still refused.
 */
export function acceptsType(accept: string | undefined, type: string, name: string): boolean {
  const rules = (accept ?? "")
    .split(",")
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  if (rules.length === 0) return true;
  const lower = name.toLowerCase();
  return rules.some((rule) => {
    if (rule === "*/*" || rule === "*") return true;
    if (rule.startsWith(".")) {
      if (!lower.endsWith(rule)) return false;
      const ext = rule.slice(1);
      const expected = EXTENSION_TYPES[ext];
      return expected === undefined ? type !== "application/octet-stream" : expected.includes(type);
    }
    if (rule.endsWith("/*")) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

const EXTENSION_TYPES: Record<string, string[]> = {
  png: ["image/png"],
  jpg: ["image/jpeg"],
  jpeg: ["image/jpeg"],
  gif: ["image/gif"],
  webp: ["image/webp"],
  pdf: ["application/pdf"],
  zip: ["application/zip"],
  docx: ["application/zip"],
  xlsx: ["application/zip"],
  gz: ["application/gzip"],
  csv: ["text/csv", "text/plain"],
  txt: ["text/plain"],
  md: ["text/markdown", "text/plain"],
  json: ["application/json", "text/plain"],
};
