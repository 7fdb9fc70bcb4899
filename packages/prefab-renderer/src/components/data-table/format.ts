/**
 * `format` / `valueFormat` pipes: `{{ $value | <format> }}` compiled once per
 * format string (the template cache is shared) and run with the runtime's
 * expression options, so the host locale and time zone apply.
 */
import { compileTemplate, type ExpressionOptions } from "../../engine/expression/index.js";

export type ValueFormatter = (value: unknown) => string;

const plain: ValueFormatter = (v) => (v === undefined || v === null ? "" : toText(v));

function toText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** A formatter for one pipe expression (`currency`, `number:2`, `percent:1 | upper`…); "auto" or empty → plain text. */
export function makeFormatter(format: unknown, options: ExpressionOptions | undefined): ValueFormatter {
  if (typeof format !== "string") return plain;
  const f = format.trim();
  if (f === "" || f === "auto" || f.includes("{{")) return plain;
  const run = compileTemplate(`{{ $value | ${f} }}`);
  return (value) => {
    if (value === undefined || value === null) return "";
    const lookup = (name: string) => (name === "$value" ? value : undefined);
    const out = run(lookup, options);
    return out === undefined || out === null ? toText(value) : toText(out);
  };
}
