/** Turns zod issues into plain messages ("expected boolean or a {{ }} template, got "yes""). */
import type * as z from "zod/mini";

type ZodIssue = z.core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return value.length > 40 ? `a string "${value.slice(0, 37)}..."` : `"${value}"`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function expectedOf(issue: ZodIssue): string[] {
  switch (issue.code) {
    case "invalid_type":
      return [issue.expected === "int" ? "an integer" : issue.expected];
    case "invalid_value":
      return issue.values.map((v) => JSON.stringify(v));
    case "invalid_format":
      return issue.format === "regex" ? ["a {{ }} template"] : [issue.format];
    case "invalid_union":
      return issue.errors.flatMap((branch) => branch.flatMap(expectedOf));
    default:
      return [];
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = Object.hasOwn(cur, seg) ? (cur as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return cur;
}

export function describeZodIssue(issue: ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  const expected = [...new Set(expectedOf(issue))];
  if (expected.length > 0) {
    if (value === undefined) return `required, expected ${expected.join(" or ")}`;
    return `expected ${expected.join(" or ")}, got ${describeValue(value)}`;
  }
  return issue.message.replace(/^Invalid input: /, "");
}
