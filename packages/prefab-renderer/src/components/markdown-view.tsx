/**
 * Markdown (lazy chunk): a compact GFM renderer straight to React elements. Headings, paragraphs,
 * emphasis/strong/strikethrough, code spans and fenced/indented code (highlighted), bullet/ordered/task
 * lists, blockquotes, tables, links (inline, reference, autolinks), images, hard breaks and rules.
 * Raw HTML is never interpreted: it shows as text. It never builds HTML strings, so it cannot inject;
 * link targets pass `safeUrl` and images `safeUrl(…, "image")`.
 */
import { Fragment, type ReactNode, useMemo } from "react";
import { cn } from "../lib/cn.js";
import { asOptString, asString } from "../lib/coerce.js";
import { safeUrl } from "../lib/safe-url.js";
import type { NodeViewProps, Registry } from "../render/registry.js";
import { highlight } from "./highlight.js";

// ── Blocks ──────────────────────────────────────────────────────────────────────────────────────────

type Align = "left" | "center" | "right" | undefined;
interface ListItem {
  task: boolean | undefined;
  children: Block[];
}
type Block =
  | { t: "p"; text: string }
  | { t: "h"; level: number; text: string }
  | { t: "code"; lang: string | undefined; text: string }
  | { t: "hr" }
  | { t: "quote"; children: Block[] }
  | { t: "list"; ordered: boolean; start: number; loose: boolean; items: ListItem[] }
  | { t: "table"; align: Align[]; head: string[]; rows: string[][] };

interface Ref {
  href: string;
  title: string | undefined;
}
type Refs = Map<string, Ref>;

const MAX_DEPTH = 24;

const RE = {
  blank: /^\s*$/,
  fence: /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/,
  atx: /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/,
  hr: /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/,
  setext: /^ {0,3}(=+|-+)[ \t]*$/,
  quote: /^ {0,3}> ?/,
  item: /^( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)/,
  indented: /^(?: {4}|\t)/,
  tableDelim: /^ *\|?(?: *:?-+:? *\|)* *:?-+:? *\|? *$/,
  def: /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"]*)"|'([^']*)'|\(([^)]*)\)))?[ \t]*$/,
};

const normLabel = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** Splits a table row on unescaped pipes outside code spans. */
function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = "";
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\" && s[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (c === "`") {
      inCode = !inCode;
      cur += c;
    } else if (c === "|" && !inCode) {
      cells.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

function startsBlock(line: string): boolean {
  return (
    RE.fence.test(line) ||
    RE.atx.test(line) ||
    RE.hr.test(line) ||
    RE.quote.test(line) ||
    (RE.item.test(line) && !RE.blank.test(line.replace(RE.item, "")))
  );
}

function parseBlocks(lines: string[], refs: Refs, depth: number): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push({ t: "p", text: para.join("\n") });
    para = [];
  };
  if (depth > MAX_DEPTH) return [{ t: "p", text: lines.join("\n") }];

  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (RE.blank.test(line)) {
      flush();
      i++;
      continue;
    }
    // Fenced code.
    const fence = RE.fence.exec(line);
    if (fence) {
      flush();
      const indent = fence[1]!.length;
      const marker = fence[2]!;
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const l = lines[i]!;
        const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(l);
        if (close && close[1]![0] === marker[0] && close[1]!.length >= marker.length) {
          i++;
          break;
        }
        body.push(l.replace(new RegExp(`^ {0,${indent}}`), ""));
        i++;
      }
      out.push({ t: "code", lang: fence[3] || undefined, text: body.join("\n") });
      continue;
    }
    const atx = RE.atx.exec(line);
    if (atx) {
      flush();
      out.push({ t: "h", level: atx[1]!.length, text: atx[2] ?? "" });
      i++;
      continue;
    }
    // Setext heading underline (takes precedence over a rule when it follows a paragraph).
    const setext = para.length ? RE.setext.exec(line) : null;
    if (setext) {
      out.push({ t: "h", level: setext[1]![0] === "=" ? 1 : 2, text: para.join("\n") });
      para = [];
      i++;
      continue;
    }
    if (RE.hr.test(line)) {
      flush();
      out.push({ t: "hr" });
      i++;
      continue;
    }
    if (RE.quote.test(line)) {
      flush();
      const body: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        if (RE.quote.test(l)) body.push(l.replace(RE.quote, ""));
        else if (
          !RE.blank.test(l) &&
          body.length &&
          !RE.blank.test(body[body.length - 1]!) &&
          !startsBlock(l)
        )
          body.push(l); // lazy continuation
        else break;
        i++;
      }
      out.push({ t: "quote", children: parseBlocks(body, refs, depth + 1) });
      continue;
    }
    const item = RE.item.exec(line);
    if (item && (!para.length || /^[-+*]|^1[.)]/.test(item[2]!))) {
      if (!(para.length && RE.blank.test(line.slice(item[0].length)))) {
        flush();
        i = parseList(lines, i, refs, depth, out);
        continue;
      }
    }
    // GFM table: a header row followed by a delimiter row with the same number of cells.
    if (!para.length && line.includes("|") && i + 1 < lines.length && RE.tableDelim.test(lines[i + 1]!)) {
      const head = splitRow(line);
      const delim = splitRow(lines[i + 1]!);
      if (head.length === delim.length) {
        const align: Align[] = delim.map((d) =>
          d.startsWith(":") && d.endsWith(":")
            ? "center"
            : d.endsWith(":")
              ? "right"
              : d.startsWith(":")
                ? "left"
                : undefined,
        );
        const rows: string[][] = [];
        i += 2;
        while (i < lines.length && !RE.blank.test(lines[i]!) && !startsBlock(lines[i]!)) {
          const cells = splitRow(lines[i]!);
          rows.push(head.map((_, c) => cells[c] ?? ""));
          i++;
        }
        out.push({ t: "table", align, head, rows });
        continue;
      }
    }
    if (!para.length && RE.indented.test(line)) {
      const body: string[] = [];
      while (i < lines.length && (RE.indented.test(lines[i]!) || RE.blank.test(lines[i]!))) {
        body.push(lines[i]!.replace(RE.indented, ""));
        i++;
      }
      while (body.length && RE.blank.test(body[body.length - 1]!)) body.pop();
      out.push({ t: "code", lang: undefined, text: body.join("\n") });
      continue;
    }
    const def = para.length ? null : RE.def.exec(line);
    if (def) {
      const label = normLabel(def[1]!);
      if (!refs.has(label)) refs.set(label, { href: def[2]!, title: def[3] ?? def[4] ?? def[5] });
      i++;
      continue;
    }
    para.push(line.replace(/^ +/, ""));
    i++;
  }
  flush();
  return out;
}

/** Parses the list starting at `start`; appends it to `out` and returns the next line index. */
function parseList(lines: string[], start: number, refs: Refs, depth: number, out: Block[]): number {
  const first = RE.item.exec(lines[start]!)!;
  const ordered = /\d/.test(first[2]!);
  const kind = ordered ? first[2]!.slice(-1) : first[2]!;
  const items: ListItem[] = [];
  let loose = false;
  let i = start;
  while (i < lines.length) {
    const m = RE.item.exec(lines[i]!);
    if (!m) break;
    const marker = m[2]!;
    if ((ordered ? marker.slice(-1) : marker) !== kind || /\d/.test(marker) !== ordered) break;
    const rest = lines[i]!.slice(m[0].length);
    const spaces = m[3]!.length;
    const width = m[1]!.length + marker.length + (spaces > 4 || rest === "" ? 1 : spaces);
    const body: string[] = [spaces > 4 ? lines[i]!.slice(m[1]!.length + marker.length + 1) : rest];
    i++;
    let sawBlank = false;
    while (i < lines.length) {
      const l = lines[i]!;
      if (RE.blank.test(l)) {
        body.push("");
        sawBlank = true;
        i++;
        continue;
      }
      const indent = /^ */.exec(l)![0].length;
      if (indent >= width) {
        if (sawBlank) loose = true;
        body.push(l.slice(width));
        sawBlank = false;
        i++;
        continue;
      }
      if (!sawBlank && !startsBlock(l) && !RE.item.test(l)) {
        body.push(l); // lazy paragraph continuation
        i++;
        continue;
      }
      break;
    }
    while (body.length && RE.blank.test(body[body.length - 1]!)) body.pop();
    if (sawBlank && i < lines.length && RE.item.test(lines[i]!)) loose = true;
    let task: boolean | undefined;
    const t = /^\[([ xX])\](?:[ \t]+|$)/.exec(body[0] ?? "");
    if (t) {
      task = t[1] !== " ";
      body[0] = body[0]!.slice(t[0].length);
    }
    items.push({ task, children: parseBlocks(body, refs, depth + 1) });
    if (sawBlank && !(i < lines.length && RE.item.test(lines[i]!))) break;
  }
  out.push({ t: "list", ordered, start: ordered ? Number.parseInt(first[2]!, 10) : 1, loose, items });
  return i;
}

// ── Inlines ─────────────────────────────────────────────────────────────────────────────────────────

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code =
        e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const linkClass = "pf-markdown-link font-medium text-primary underline underline-offset-4";

interface Ctx {
  refs: Refs;
  depth: number;
}

/** Matching `[`/`]` pairs of a paragraph in one pass (escapes and code spans skipped): open → close. */
function bracketPairs(src: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  const unclosedRuns = new Set<number>();
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (c === "`") {
      let len = 1;
      while (src[j + len] === "`") len++;
      const close = unclosedRuns.has(len) ? -1 : src.indexOf("`".repeat(len), j + len);
      if (close < 0) unclosedRuns.add(len);
      j = (close > 0 ? close : j) + len - 1;
    } else if (c === "[") stack.push(j);
    else if (c === "]" && stack.length) pairs.set(stack.pop()!, j);
  }
  return pairs;
}

/** `(dest "title")` right after a `]`. */
function parseTarget(
  src: string,
  at: number,
): { href: string; title: string | undefined; end: number } | null {
  if (src[at] !== "(") return null;
  let j = at + 1;
  while (isSpace(src[j]) && j < src.length) j++;
  let href = "";
  if (src[j] === "<") {
    const close = src.indexOf(">", j);
    if (close < 0) return null;
    href = src.slice(j + 1, close);
    j = close + 1;
  } else {
    let parens = 0;
    const limit = Math.min(src.length, j + 4096);
    while (j < limit && !/\s/.test(src[j]!)) {
      const c = src[j]!;
      if (c === "\\" && j + 1 < src.length) {
        href += src[j + 1];
        j += 2;
        continue;
      }
      if (c === "(") parens++;
      else if (c === ")") {
        if (parens === 0) break;
        parens--;
      }
      href += c;
      j++;
    }
  }
  while (isSpace(src[j]) && j < src.length) j++;
  let title: string | undefined;
  const q = src[j];
  if (q === '"' || q === "'" || q === "(") {
    const closeChar = q === "(" ? ")" : q;
    const close = src.indexOf(closeChar, j + 1);
    if (close < 0) return null;
    title = src.slice(j + 1, close);
    j = close + 1;
    while (isSpace(src[j]) && j < src.length) j++;
  }
  if (src[j] !== ")") return null;
  return { href, title, end: j + 1 };
}

function plainText(src: string): string {
  return decodeEntities(src.replace(/[*_~`]|!?\[|\]\([^)]*\)|\]/g, ""));
}

function renderLink(href: string, title: string | undefined, children: ReactNode, key: number): ReactNode {
  const safe = safeUrl(decodeEntities(href), "link");
  if (!safe) {
    return (
      <span key={key} className="pf-markdown-link-removed" title="link removed: unsafe URL">
        {children}
      </span>
    );
  }
  const internal = safe.startsWith("#");
  return (
    <a
      key={key}
      href={safe}
      title={title}
      className={linkClass}
      {...(internal ? {} : { target: "_blank", rel: "noopener noreferrer" })}
    >
      {children}
    </a>
  );
}

function renderImage(src: string, alt: string, title: string | undefined, key: number): ReactNode {
  const safe = safeUrl(decodeEntities(src), "image");
  if (!safe) {
    return (
      <span
        key={key}
        className="pf-markdown-image-removed text-muted-foreground"
        title="image removed: unsafe URL"
      >
        {alt}
      </span>
    );
  }
  return (
    <img
      key={key}
      src={safe}
      alt={alt}
      title={title}
      loading="lazy"
      referrerPolicy="no-referrer"
      className="pf-markdown-image inline max-w-full rounded-md"
    />
  );
}

function inline(src: string, ctx: Ctx): ReactNode[] {
  if (ctx.depth > MAX_DEPTH) return [decodeEntities(src)];
  const inner = (s: string) => inline(s, { ...ctx, depth: ctx.depth + 1 });
  const out: ReactNode[] = [];
  let buf = "";
  const flush = () => {
    if (buf) out.push(decodeEntities(buf));
    buf = "";
  };
  const push = (n: ReactNode) => {
    flush();
    out.push(n);
  };
  // Delimiters already known to have no closer after some index: keeps pathological input linear.
  const noCloser = new Map<string, number>();
  const findCloser = (delim: string, from: number, valid: (at: number) => boolean): number => {
    const known = noCloser.get(delim);
    if (known !== undefined && from >= known) return -1;
    let j = src.indexOf(delim, from);
    while (j >= 0 && !valid(j)) j = src.indexOf(delim, j + 1);
    if (j < 0) noCloser.set(delim, Math.min(from, known ?? from));
    return j;
  };

  let pairs: Map<number, number> | undefined;
  const matchBracket = (open: number) => {
    pairs ??= bracketPairs(src);
    return pairs.get(open) ?? -1;
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") {
      const next = src[i + 1];
      if (next === "\n") {
        push(<br key={out.length} />);
        i += 2;
        continue;
      }
      if (next !== undefined && PUNCT.test(next)) {
        buf += next;
        i += 2;
        continue;
      }
    }
    if (c === "\n") {
      if (/ {2,}$/.test(buf)) {
        buf = buf.replace(/ +$/, "");
        push(<br key={out.length} />);
      } else buf += "\n";
      i++;
      continue;
    }
    if (c === "`") {
      const run = /^`+/.exec(src.slice(i, i + 64))![0];
      const close = findCloser(
        run,
        i + run.length,
        (at) => src[at - 1] !== "`" && src[at + run.length] !== "`",
      );
      if (close >= 0) {
        let code = src.slice(i + run.length, close).replace(/\n/g, " ");
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        push(
          <code
            key={out.length}
            className="pf-markdown-code rounded bg-muted px-[0.3rem] py-[0.2rem] font-mono text-[0.85em]"
          >
            {code}
          </code>,
        );
        i = close + run.length;
      } else {
        buf += run;
        i += run.length;
      }
      continue;
    }
    if (c === "[" || (c === "!" && src[i + 1] === "[")) {
      const image = c === "!";
      const open = image ? i + 1 : i;
      const close = matchBracket(open);
      if (close > 0) {
        const text = src.slice(open + 1, close);
        const target = parseTarget(src, close + 1);
        let ref: Ref | undefined;
        let end = close + 1;
        if (!target) {
          const full = /^\[([^\]]*)\]/.exec(src.slice(close + 1));
          const label = full && full[1] !== "" ? full[1]! : text;
          ref = ctx.refs.get(normLabel(label));
          if (ref && full) end = close + 1 + full[0].length;
        }
        const href = target?.href ?? ref?.href;
        if (href !== undefined) {
          const title = target?.title ?? ref?.title;
          push(
            image
              ? renderImage(href, plainText(text), title, out.length)
              : renderLink(href, title, inner(text), out.length),
          );
          i = target ? target.end : end;
          continue;
        }
      }
      buf += c;
      i++;
      continue;
    }
    if (c === "<") {
      const auto = /^<((?:https?|mailto):[^\s<>]*)>/i.exec(src.slice(i, i + 2048));
      if (auto) {
        push(renderLink(auto[1]!, undefined, auto[1], out.length));
        i += auto[0].length;
        continue;
      }
      buf += c; // raw HTML is text
      i++;
      continue;
    }
    if ((c === "h" || c === "w") && (i === 0 || /[\s(*_~]/.test(src[i - 1]!))) {
      const bare = /^(?:https?:\/\/|www\.)[^\s<]*[^\s<.,:;"')\]!?*_~]/.exec(src.slice(i, i + 2048));
      if (bare) {
        const url = bare[0];
        push(renderLink(url.startsWith("www.") ? `https://${url}` : url, undefined, url, out.length));
        i += url.length;
        continue;
      }
    }
    if (c === "~") {
      const run = /^~+/.exec(src.slice(i, i + 8))![0];
      if (run.length <= 2 && !isSpace(src[i + run.length])) {
        const close = findCloser(
          run,
          i + run.length + 1,
          (at) => !isSpace(src[at - 1]) && src[at + run.length] !== "~",
        );
        if (close > 0) {
          push(
            <del key={out.length} className="line-through">
              {inner(src.slice(i + run.length, close))}
            </del>,
          );
          i = close + run.length;
          continue;
        }
      }
      buf += run;
      i += run.length;
      continue;
    }
    if (c === "*" || c === "_") {
      const run = /^(\*+|_+)/.exec(src.slice(i, i + 64))![0];
      const prev = src[i - 1];
      const canOpen = !isSpace(src[i + run.length]) && (c === "*" || !isAlnum(prev));
      if (canOpen) {
        const validClose = (len: number) => (at: number) =>
          !isSpace(src[at - 1]) &&
          src[at - 1] !== c &&
          src[at + len] !== c &&
          (c === "*" || !isAlnum(src[at + len]));
        let done = false;
        for (const len of run.length >= 3 ? [3, 2, 1] : run.length === 2 ? [2, 1] : [1]) {
          const delim = c.repeat(len);
          const close = findCloser(delim, i + len + 1, validClose(len));
          if (close < 0) continue;
          const body = inner(src.slice(i + len, close));
          const node =
            len === 3 ? (
              <em key={out.length}>
                <strong>{body}</strong>
              </em>
            ) : len === 2 ? (
              <strong key={out.length} className="font-semibold">
                {body}
              </strong>
            ) : (
              <em key={out.length}>{body}</em>
            );
          buf += run.slice(len);
          push(node);
          i = close + len;
          done = true;
          break;
        }
        if (!done) {
          buf += run;
          i += run.length;
        }
        continue;
      }
      buf += run;
      i += run.length;
      continue;
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

// ── Rendering ───────────────────────────────────────────────────────────────────────────────────────

const HEADING_CLASS = [
  "",
  "scroll-m-20 text-2xl font-bold tracking-tight",
  "scroll-m-20 border-b pb-1 text-xl font-semibold tracking-tight",
  "scroll-m-20 text-lg font-semibold tracking-tight",
  "text-base font-semibold",
  "text-sm font-semibold",
  "text-sm font-semibold text-muted-foreground",
];

function renderBlocks(blocks: Block[], ctx: Ctx, tight = false): ReactNode[] {
  return blocks.map((b, k) => {
    switch (b.t) {
      case "p":
        return tight ? (
          <Fragment key={k}>{inline(b.text, ctx)}</Fragment>
        ) : (
          <p key={k} className="leading-7">
            {inline(b.text, ctx)}
          </p>
        );
      case "h": {
        const Tag = `h${b.level}` as "h1";
        return (
          <Tag key={k} className={HEADING_CLASS[b.level]}>
            {inline(b.text, ctx)}
          </Tag>
        );
      }
      case "code":
        return (
          <pre
            key={k}
            className="pf-markdown-pre overflow-x-auto rounded-md bg-muted p-4 font-mono text-[0.85em] leading-relaxed"
          >
            <code data-language={b.lang}>{highlight(b.text, b.lang ?? "")}</code>
          </pre>
        );
      case "hr":
        return <hr key={k} className="border-border" />;
      case "quote":
        return (
          <blockquote key={k} className="flex flex-col gap-3 border-l-2 pl-4 text-muted-foreground italic">
            {renderBlocks(b.children, { ...ctx, depth: ctx.depth + 1 })}
          </blockquote>
        );
      case "list": {
        const Tag = b.ordered ? "ol" : "ul";
        const hasTasks = b.items.some((it) => it.task !== undefined);
        return (
          <Tag
            key={k}
            start={b.ordered && b.start !== 1 ? b.start : undefined}
            className={cn(
              "ml-6 flex flex-col",
              b.ordered ? "list-decimal" : "list-disc",
              hasTasks && "contains-task-list",
              b.loose ? "gap-2" : "gap-1",
            )}
          >
            {b.items.map((it, j) => (
              <li
                key={j}
                className={cn(
                  "pl-1",
                  it.task !== undefined && "task-list-item -ml-6 flex list-none items-baseline gap-2",
                  b.loose && "[&>p+*]:mt-2",
                )}
              >
                {it.task !== undefined ? (
                  <input
                    type="checkbox"
                    defaultChecked={it.task}
                    disabled
                    aria-label={it.task ? "done" : "not done"}
                    className="translate-y-px accent-primary"
                  />
                ) : null}
                {it.task !== undefined ? (
                  <span className="flex flex-col gap-1">
                    {renderBlocks(it.children, { ...ctx, depth: ctx.depth + 1 }, !b.loose)}
                  </span>
                ) : (
                  renderBlocks(it.children, { ...ctx, depth: ctx.depth + 1 }, !b.loose)
                )}
              </li>
            ))}
          </Tag>
        );
      }
      case "table":
        return (
          <div key={k} className="pf-markdown-table w-full overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b">
                  {b.head.map((h, c) => (
                    <th
                      key={c}
                      className="px-3 py-2 font-semibold"
                      style={{ textAlign: b.align[c] ?? "left" }}
                    >
                      {inline(h, ctx)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, r) => (
                  <tr key={r} className="border-b last:border-0">
                    {row.map((cell, c) => (
                      <td
                        key={c}
                        className="px-3 py-2"
                        style={b.align[c] ? { textAlign: b.align[c] } : undefined}
                      >
                        {inline(cell, ctx)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      default:
        return null;
    }
  });
}

/** Markdown source → React nodes (exported for tests and other views). */
export function renderMarkdown(source: string): ReactNode[] {
  const lines = source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  const refs: Refs = new Map();
  const blocks = parseBlocks(lines, refs, 0);
  return renderBlocks(blocks, { refs, depth: 0 });
}

function Markdown(p: NodeViewProps) {
  const content = asString(p.props.content);
  const nodes = useMemo(() => renderMarkdown(content), [content]);
  return (
    <div
      id={asOptString(p.props.id)}
      data-slot="markdown"
      className={cn(
        "pf-markdown flex min-w-0 flex-col gap-4 text-sm leading-relaxed",
        asOptString(p.props.cssClass),
      )}
    >
      {nodes}
    </div>
  );
}

export const views: Registry = { Markdown };
