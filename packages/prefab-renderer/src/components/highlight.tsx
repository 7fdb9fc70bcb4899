/**
 * A small tokenizer-based syntax highlighter for Code and Markdown code blocks (python, js/ts, json,
 * bash, sql, html/xml, css, yaml, markdown). It produces React text spans, never HTML strings.
 * Loaded only with the lazy Code/Markdown chunks.
 */
import type { ReactNode } from "react";

type Kind =
  | "keyword"
  | "string"
  | "number"
  | "comment"
  | "function"
  | "type"
  | "literal"
  | "variable"
  | "tag"
  | "attr"
  | "property"
  | "meta"
  | "heading"
  | "emphasis";

const TOKEN_CLASS: Record<Kind, string> = {
  keyword: "text-purple-700 dark:text-purple-400",
  string: "text-green-700 dark:text-green-400",
  number: "text-orange-700 dark:text-orange-300",
  comment: "text-muted-foreground italic",
  function: "text-blue-700 dark:text-blue-400",
  type: "text-cyan-700 dark:text-cyan-300",
  literal: "text-orange-700 dark:text-orange-300",
  variable: "text-rose-700 dark:text-rose-300",
  tag: "text-red-700 dark:text-red-400",
  attr: "text-amber-700 dark:text-amber-300",
  property: "text-sky-700 dark:text-sky-300",
  meta: "text-pink-700 dark:text-pink-300",
  heading: "font-semibold text-blue-700 dark:text-blue-400",
  emphasis: "italic",
};

type Classify = Kind | null | ((match: string, src: string, end: number) => Kind | null);
type Rule = [RegExp, Classify];

const words = (s: string) => new Set(s.split(" "));

function identifiers(
  keywords: Set<string>,
  literals: Set<string>,
  types: Set<string>,
  caseless = false,
): Rule {
  return [
    /[A-Za-z_$][\w$]*/y,
    (m, src, end) => {
      const w = caseless ? m.toUpperCase() : m;
      if (keywords.has(w)) return "keyword";
      if (literals.has(w)) return "literal";
      if (types.has(w)) return "type";
      return /^\s*\(/.test(src.slice(end, end + 20)) ? "function" : null;
    },
  ];
}

const NUMBER: Rule = [
  /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)[jnLlFfDd]?/y,
  "number",
];
const DQ: Rule = [/"(?:[^"\\\n]|\\.)*"?/y, "string"];
const SQ: Rule = [/'(?:[^'\\\n]|\\.)*'?/y, "string"];
const BLOCK_COMMENT: Rule = [/\/\*[\s\S]*?(?:\*\/|$)/y, "comment"];
const LINE_COMMENT: Rule = [/\/\/.*/y, "comment"];
const HASH_COMMENT: Rule = [/#.*/y, "comment"];

const JS_KEYWORDS = words(
  "break case catch class const continue debugger default delete do else export extends finally for from function if import in instanceof let new of return static super switch this throw try typeof var void while with yield async await as interface type enum implements private protected public readonly declare namespace abstract keyof satisfies",
);
const JS_LITERALS = words("true false null undefined NaN Infinity");
const JS_TYPES = words(
  "string number boolean any unknown never object symbol bigint void Array Object String Number Boolean Promise Map Set Date RegExp Error JSON Math console window document",
);
const PY_KEYWORDS = words(
  "and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case",
);
const PY_LITERALS = words("True False None");
const PY_TYPES = words(
  "int float str bool list dict set tuple bytes object type print len range enumerate zip map filter sorted sum min max open isinstance super self cls Exception ValueError TypeError KeyError",
);
const SQL_KEYWORDS = words(
  "SELECT FROM WHERE AND OR NOT IN IS NULL AS JOIN LEFT RIGHT INNER OUTER FULL CROSS ON GROUP BY ORDER HAVING LIMIT OFFSET INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE VIEW INDEX DROP ALTER ADD PRIMARY KEY FOREIGN REFERENCES UNIQUE DEFAULT DISTINCT UNION ALL CASE WHEN THEN ELSE END WITH ASC DESC LIKE BETWEEN EXISTS RETURNING CONSTRAINT CHECK IF REPLACE OVER PARTITION",
);
const SQL_TYPES = words(
  "INT INTEGER BIGINT SMALLINT SERIAL TEXT VARCHAR CHAR BOOLEAN DATE TIMESTAMP TIME NUMERIC DECIMAL REAL FLOAT DOUBLE JSON JSONB UUID COUNT SUM AVG MIN MAX COALESCE NOW",
);
const BASH_KEYWORDS = words(
  "if then else elif fi for while until do done case esac function in return local export readonly declare unset shift exit break continue source alias select time",
);
const BASH_TYPES = words(
  "echo cd ls cat grep sed awk curl wget git npm npx pnpm yarn node python pip docker kubectl make sudo rm cp mv mkdir chmod chown touch find xargs tar ssh",
);

const LANGS: Record<string, Rule[]> = {
  python: [
    [/(?:[rRbBuUfF]{1,2})?("""|''')[\s\S]*?(?:\1|$)/y, "string"],
    [/(?:[rRbBuUfF]{1,2})?(?:"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)/y, "string"],
    HASH_COMMENT,
    [/@[\w.]+/y, "meta"],
    NUMBER,
    identifiers(PY_KEYWORDS, PY_LITERALS, PY_TYPES),
  ],
  javascript: [
    BLOCK_COMMENT,
    LINE_COMMENT,
    [/`(?:[^`\\]|\\.)*`?/y, "string"],
    DQ,
    SQ,
    NUMBER,
    [/@[\w.]+/y, "meta"],
    identifiers(JS_KEYWORDS, JS_LITERALS, JS_TYPES),
  ],
  json: [
    [/"(?:[^"\\\n]|\\.)*"(?=\s*:)/y, "property"],
    DQ,
    NUMBER,
    [/-?\d/y, "number"],
    [/\b(?:true|false|null)\b/y, "literal"],
  ],
  bash: [
    HASH_COMMENT,
    DQ,
    SQ,
    [/\$(?:\{[^}\n]*\}?|\w+|[@#?$!*0-9-])/y, "variable"],
    [/(?<![\w-])--?[A-Za-z][\w-]*/y, "attr"],
    NUMBER,
    identifiers(BASH_KEYWORDS, words("true false"), BASH_TYPES),
  ],
  sql: [
    [/--.*/y, "comment"],
    BLOCK_COMMENT,
    SQ,
    [/"(?:[^"\n])*"?/y, "property"],
    NUMBER,
    identifiers(SQL_KEYWORDS, words("TRUE FALSE NULL"), SQL_TYPES, true),
  ],
  html: [
    [/<!--[\s\S]*?(?:-->|$)/y, "comment"],
    [/<!DOCTYPE[^>]*>/iy, "meta"],
    [/<\/?[A-Za-z][\w:-]*/y, "tag"],
    [/\/?>/y, "tag"],
    [/[A-Za-z_:][\w:.-]*(?==)/y, "attr"],
    DQ,
    SQ,
    [/&[#\w]+;/y, "literal"],
  ],
  css: [
    BLOCK_COMMENT,
    DQ,
    SQ,
    [/@[\w-]+/y, "keyword"],
    [/#[\da-fA-F]{3,8}\b/y, "number"],
    [/-?(?:\d+\.?\d*|\.\d+)(?:%|[a-zA-Z]+)?/y, "number"],
    [/--?[A-Za-z][\w-]*(?=\s*:)/y, "property"],
    [/[A-Za-z][\w-]*(?=\s*:)/y, "property"],
    [/[.#][A-Za-z_-][\w-]*/y, "type"],
    [/!important/y, "keyword"],
    [/[A-Za-z-]+(?=\()/y, "function"],
  ],
  yaml: [
    HASH_COMMENT,
    [/[^\s#:'"{}[\],-][^#:\n]*(?=:(?:\s|$))/y, "property"],
    DQ,
    SQ,
    [/[&*][\w-]+/y, "variable"],
    [/!{1,2}[\w/]+/y, "meta"],
    [/\b(?:true|false|yes|no|null|on|off)\b/iy, "literal"],
    NUMBER,
    [/^---$|^\.\.\.$/my, "meta"],
  ],
  markdown: [
    [/^ {0,3}#{1,6} .*/my, "heading"],
    [/```[\s\S]*?(?:```|$)/y, "string"],
    [/`[^`\n]+`/y, "string"],
    [/(\*\*|__)(?=\S)[^\n]*?\S\1/y, "keyword"],
    [/(\*|_)(?=\S)[^\n*_]*?\S\1/y, "emphasis"],
    [/!?\[[^\]\n]*\]\([^)\n]*\)/y, "function"],
    [/^ {0,3}(?:[-*+]|\d+[.)]) /my, "meta"],
    [/^ {0,3}>.*/my, "comment"],
  ],
};

const ALIASES: Record<string, string> = {
  py: "python",
  python3: "python",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  ts: "javascript",
  tsx: "javascript",
  typescript: "javascript",
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "bash",
  xml: "html",
  svg: "html",
  htm: "html",
  yml: "yaml",
  md: "markdown",
  postgres: "sql",
  postgresql: "sql",
  mysql: "sql",
  sqlite: "sql",
  jsonc: "json",
  json5: "json",
  scss: "css",
  less: "css",
};

/** The canonical language for a name, or undefined when unsupported. */
export function languageOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  const lang = ALIASES[n] ?? n;
  return Object.hasOwn(LANGS, lang) ? lang : undefined;
}

/** A rough guess for code without a (known) language, like highlight.js auto-detection. */
export function detectLanguage(code: string): string | undefined {
  const s = code.trim();
  if (/^[[{]/.test(s)) {
    try {
      JSON.parse(s);
      return "json";
    } catch {
      // not JSON
    }
  }
  if (/^<(?:!DOCTYPE|[A-Za-z][\w-]*[\s>/])/i.test(s)) return "html";
  if (/^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b/i.test(s)) return "sql";
  if (/^(?:def |class |import |from \S+ import |@\w+)|:\n\s+/m.test(s) && !/[;{}]\s*$/m.test(s))
    return "python";
  if (/\b(?:const|let|function|=>|import .* from|export )/.test(s)) return "javascript";
  if (/^#!|^\$ |\b(?:echo|npm|pip|cd|sudo)\b/m.test(s)) return "bash";
  if (/^[\w-]+:\s/m.test(s)) return "yaml";
  return undefined;
}

/** Highlighting stops beyond this size (plain text is still shown). */
const MAX_HIGHLIGHT = 100_000;

/** Code as React nodes: plain strings for unclassified text, spans with token classes for the rest. */
export function highlight(code: string, language: string | undefined): ReactNode[] {
  const lang = languageOf(language) ?? (language ? undefined : detectLanguage(code));
  const rules = lang ? LANGS[lang] : undefined;
  if (!rules || code.length > MAX_HIGHLIGHT) return [code];
  const out: ReactNode[] = [];
  let plain = "";
  let pos = 0;
  const flushPlain = () => {
    if (plain) out.push(plain);
    plain = "";
  };
  while (pos < code.length) {
    let matched = false;
    for (const [re, classify] of rules) {
      re.lastIndex = pos;
      const m = re.exec(code);
      if (!m || m[0].length === 0) continue;
      const text = m[0];
      const end = pos + text.length;
      const kind = typeof classify === "function" ? classify(text, code, end) : classify;
      if (kind) {
        flushPlain();
        out.push(
          <span key={out.length} className={`pf-token pf-token-${kind} ${TOKEN_CLASS[kind]}`}>
            {text}
          </span>,
        );
      } else plain += text;
      pos = end;
      matched = true;
      break;
    }
    if (!matched) {
      plain += code[pos];
      pos++;
    }
  }
  flushPlain();
  return out;
}
