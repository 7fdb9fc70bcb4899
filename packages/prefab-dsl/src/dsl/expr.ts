/**
 * Reactive expressions: TypeScript values that serialise to `{{ … }}` templates.
 * Precedence is tracked so `s.a.add(1).mul(2)` prints `(a + 1) * 2`, and the text
 * is always parseable by the protocol grammar (§5.3).
 */

/** Precedence levels of the expression grammar, loosest first. */
export const Prec = {
  pipe: 1,
  ternary: 2,
  or: 3,
  and: 4,
  not: 5,
  comp: 6,
  add: 7,
  mul: 8,
  unary: 9,
  atom: 10,
} as const;

/** A literal or another expression, usable as an operand. */
export type Operand<T = unknown> = Expr<T> | T;

const EXPR = Symbol.for("prefab.expr");

export function isExpr(value: unknown): value is Expr<unknown> {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[EXPR] === true;
}

/** Render a literal operand in the grammar (single-quoted strings have no escapes). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot use ${value} in an expression`);
    return value < 0 ? `(${String(value)})` : String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") {
    if (value.includes("'")) throw new Error(`strings in expressions cannot contain a quote ('): ${value}`);
    return `'${value}'`;
  }
  throw new Error(`cannot use ${typeof value} in an expression; use a state ref instead`);
}

function operand(value: unknown, min: number): string {
  if (isExpr(value)) return value.prec >= min ? value.src : `(${value.src})`;
  return literal(value);
}

type PipeArg = string | number | boolean | null;

function pipeArg(arg: PipeArg): string {
  // A pipe argument is one token: an identifier-like word, number, quoted string or keyword.
  if (typeof arg === "string" && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(arg)) return arg;
  return literal(arg);
}

/**
 * An expression whose value has type T at run time (T is a compile-time marker).
 * Its string form is the template `{{ src }}`, so it can be embedded in template
 * literals: `` `Hello ${s.name}` `` → `"Hello {{ name }}"`.
 */
export class Expr<T = unknown> {
  declare readonly __type?: T;
  readonly [EXPR] = true;
  constructor(
    readonly src: string,
    readonly prec: number = Prec.atom,
  ) {}

  toString(): string {
    return `{{ ${this.src} }}`;
  }
  toJSON(): string {
    return this.toString();
  }
  [Symbol.toPrimitive](): string {
    return this.toString();
  }

  // ── arithmetic ──
  add(other: Operand<number | string>): Expr<T extends string ? string : number> {
    return binary(this, "+", other, Prec.add);
  }
  sub(other: Operand<number>): Expr<number> {
    return binary(this, "-", other, Prec.add);
  }
  mul(other: Operand<number>): Expr<number> {
    return binary(this, "*", other, Prec.mul);
  }
  div(other: Operand<number>): Expr<number> {
    return binary(this, "/", other, Prec.mul);
  }
  mod(other: Operand<number>): Expr<number> {
    return binary(this, "%", other, Prec.mul);
  }
  neg(): Expr<number> {
    return new Expr(`-${operand(this, Prec.unary)}`, Prec.unary);
  }

  // ── comparison (the grammar allows one per level, so operands are parenthesised) ──
  eq(other: Operand): Expr<boolean> {
    return compare(this, "==", other);
  }
  ne(other: Operand): Expr<boolean> {
    return compare(this, "!=", other);
  }
  gt(other: Operand<number | string>): Expr<boolean> {
    return compare(this, ">", other);
  }
  gte(other: Operand<number | string>): Expr<boolean> {
    return compare(this, ">=", other);
  }
  lt(other: Operand<number | string>): Expr<boolean> {
    return compare(this, "<", other);
  }
  lte(other: Operand<number | string>): Expr<boolean> {
    return compare(this, "<=", other);
  }

  // ── logic ──
  and<U>(other: Operand<U>): Expr<T | U> {
    return binary(this, "&&", other, Prec.and);
  }
  or<U>(other: Operand<U>): Expr<T | U> {
    return binary(this, "||", other, Prec.or);
  }
  not(): Expr<boolean> {
    return new Expr(`!${operand(this, Prec.not)}`, Prec.not);
  }
  /** Ternary: `cond ? a : b`. */
  choose<A, B>(whenTrue: Operand<A>, whenFalse: Operand<B>): Expr<A | B> {
    // Branches are parenthesised unless atomic enough: a pipe in the first branch
    // would swallow the ":" as its argument separator.
    return new Expr(
      `${operand(this, Prec.or)} ? ${operand(whenTrue, Prec.or)} : ${operand(whenFalse, Prec.or)}`,
      Prec.ternary,
    );
  }

  // ── pipes (§5.4) ──
  pipe<R = unknown>(name: string, arg?: PipeArg): Expr<R> {
    const a = arg === undefined ? "" : `:${pipeArg(arg)}`;
    // Chained pipes need no parentheses, but a ternary does: `c ? x : y | f` pipes only y.
    const left = this.prec === Prec.pipe || this.prec > Prec.ternary ? this.src : `(${this.src})`;
    return new Expr(`${left} | ${name}${a}`, Prec.pipe);
  }
  currency(code?: string): Expr<string> {
    return this.pipe("currency", code);
  }
  percent(decimals?: number): Expr<string> {
    return this.pipe("percent", decimals);
  }
  number(decimals?: number): Expr<string> {
    return this.pipe("number", decimals);
  }
  compact(decimals?: number): Expr<string> {
    return this.pipe("compact", decimals);
  }
  round(decimals?: number): Expr<number> {
    return this.pipe("round", decimals);
  }
  abs(): Expr<number> {
    return this.pipe("abs");
  }
  date(style?: "short" | "medium" | "long"): Expr<string> {
    return this.pipe("date", style);
  }
  time(): Expr<string> {
    return this.pipe("time");
  }
  datetime(): Expr<string> {
    return this.pipe("datetime");
  }
  upper(): Expr<string> {
    return this.pipe("upper");
  }
  lower(): Expr<string> {
    return this.pipe("lower");
  }
  truncate(max: number): Expr<string> {
    return this.pipe("truncate", max);
  }
  pluralize(singular?: string): Expr<string> {
    return this.pipe("pluralize", singular);
  }
  join(separator?: string): Expr<string> {
    return this.pipe("join", separator);
  }
  first(): Expr<T extends readonly (infer E)[] ? E : T> {
    return this.pipe("first");
  }
  last(): Expr<T extends readonly (infer E)[] ? E : T> {
    return this.pipe("last");
  }
  selectattr(attr: string): Expr<T> {
    return this.pipe("selectattr", attr);
  }
  rejectattr(attr: string): Expr<T> {
    return this.pipe("rejectattr", attr);
  }
  /** `| default:x` — x when the value is null or undefined. */
  default<U extends PipeArg>(fallback: U): Expr<NonNullable<T> | U> {
    return this.pipe("default", fallback);
  }
}

function binary<R>(left: Expr<unknown>, op: string, right: unknown, prec: number): Expr<R> {
  // Left-associative: the right operand needs strictly tighter binding.
  return new Expr<R>(`${operand(left, prec)} ${op} ${operand(right, prec + 1)}`, prec);
}

function compare(left: Expr<unknown>, op: string, right: unknown): Expr<boolean> {
  return new Expr(`${operand(left, Prec.add)} ${op} ${operand(right, Prec.add)}`, Prec.comp);
}

/** Wrap a literal so expression methods can start from it: `lit(1).add(s.n)`. */
export function lit<T extends string | number | boolean | null>(value: T): Expr<T> {
  return new Expr<T>(literal(value), typeof value === "number" && value < 0 ? Prec.unary : Prec.atom);
}

/** A raw expression string, for what the builders don't cover. Validated by the renderer. */
export function expr<T = unknown>(source: string): Expr<T> {
  return new Expr<T>(source.replace(/^\s*\{\{\s*|\s*\}\}\s*$/g, ""), Prec.pipe);
}

/** Convert Exprs inside any JSON-like value into template strings (pure). */
export function toWire(value: unknown): unknown {
  if (isExpr(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === "object" && value !== null) {
    if (typeof (value as { toJSON?: unknown }).toJSON === "function")
      return toWire((value as { toJSON(): unknown }).toJSON());
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}
