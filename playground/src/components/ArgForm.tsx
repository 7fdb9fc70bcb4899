/**
 * An argument form generated from a tool's JSON Schema input: strings (with enum → select, multi-line for long
 * descriptions), numbers, integers, booleans; anything else (objects, arrays, unions) as a JSON field. A "JSON"
 * toggle edits the whole arguments object as text. Ctrl/Cmd+Enter calls.
 */
import {
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useState,
} from "react";
import { Btn, cx, inputClass } from "./ui.js";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  title?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
}

type FieldKind = "string" | "number" | "integer" | "boolean" | "enum" | "json";

/** `anyOf: [X, {type: "null"}]` (optional/nullable) is treated as X. */
function simplify(schema: JsonSchema): JsonSchema {
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => a.type !== "null");
    if (nonNull.length === 1)
      return { ...nonNull[0], description: schema.description ?? nonNull[0]?.description };
  }
  if (Array.isArray(schema.type)) {
    const t = schema.type.filter((x) => x !== "null");
    if (t.length === 1) return { ...schema, type: t[0] };
  }
  return schema;
}

function kindOf(schema: JsonSchema): FieldKind {
  const s = simplify(schema);
  if (Array.isArray(s.enum) && s.enum.every((v) => typeof v === "string")) return "enum";
  if (s.type === "string") return "string";
  if (s.type === "number") return "number";
  if (s.type === "integer") return "integer";
  if (s.type === "boolean") return "boolean";
  return "json";
}

/** Initial arguments: schema defaults. */
export function defaultArgs(schema: JsonSchema | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
    if (prop.default !== undefined) out[key] = prop.default;
  }
  return out;
}

export function ArgForm({
  schema,
  value,
  onChange,
  onSubmit,
  busy,
  submitLabel = "Call",
}: {
  schema: JsonSchema | undefined;
  value: Record<string, unknown>;
  onChange(next: Record<string, unknown>): void;
  onSubmit(): void;
  busy?: boolean;
  submitLabel?: string;
}) {
  const props = Object.entries(schema?.properties ?? {});
  const required = new Set(schema?.required ?? []);
  const [raw, setRaw] = useState(false);
  const [rawText, setRawText] = useState(() => JSON.stringify(value, null, 2));
  const [rawError, setRawError] = useState<string | null>(null);
  const [jsonErrors, setJsonErrors] = useState<Record<string, string>>({});
  const id = useId();

  useEffect(() => {
    if (!raw) setRawText(JSON.stringify(value, null, 2));
  }, [value, raw]);

  const missing = useMemo(
    () => [...required].filter((k) => value[k] === undefined || value[k] === ""),
    [required, value],
  );

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (raw) {
      try {
        const parsed = JSON.parse(rawText || "{}") as unknown;
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          throw new Error("arguments must be a JSON object");
        onChange(parsed as Record<string, unknown>);
        setRawError(null);
      } catch (error) {
        setRawError((error as Error).message);
        return;
      }
    } else if (missing.length > 0 || Object.keys(jsonErrors).length > 0) {
      return;
    }
    onSubmit();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };

  const set = (key: string, v: unknown) => {
    const next = { ...value };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} className="flex flex-col gap-3" aria-label="Tool arguments">
      {raw ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-raw`} className="text-xs font-medium">
            Arguments (JSON)
          </label>
          <textarea
            id={`${id}-raw`}
            className={cx(inputClass, "h-40 py-1.5 font-mono text-xs")}
            value={rawText}
            spellCheck={false}
            onChange={(e) => setRawText(e.target.value)}
          />
          {rawError ? <p className="text-xs text-destructive">{rawError}</p> : null}
        </div>
      ) : props.length === 0 ? (
        <p className="text-sm text-muted-foreground">This tool takes no arguments.</p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {props.map(([key, prop]) => {
            const s = simplify(prop);
            const kind = kindOf(prop);
            const fid = `${id}-${key}`;
            const isRequired = required.has(key);
            const current = value[key];
            const label = (
              <label htmlFor={fid} className="flex items-center gap-1 text-xs font-medium">
                {s.title ?? key}
                {isRequired ? (
                  <span className="text-destructive" title="required">
                    *
                  </span>
                ) : (
                  <span className="font-normal text-muted-foreground">optional</span>
                )}
                <span className="font-mono font-normal text-muted-foreground/80">
                  {kind === "json" ? "json" : kind}
                </span>
              </label>
            );
            const help = s.description ? (
              <p className="text-xs text-muted-foreground">{s.description}</p>
            ) : null;
            if (kind === "boolean") {
              return (
                <div key={key} className="flex flex-col gap-1">
                  <div className="flex items-center gap-2">
                    <input
                      id={fid}
                      type="checkbox"
                      className="size-4 accent-primary"
                      checked={current === true}
                      onChange={(e) => set(key, e.target.checked)}
                    />
                    {label}
                  </div>
                  {help}
                </div>
              );
            }
            if (kind === "enum") {
              return (
                <div key={key} className="flex flex-col gap-1">
                  {label}
                  <select
                    id={fid}
                    className={inputClass}
                    value={typeof current === "string" ? current : ""}
                    onChange={(e) => set(key, e.target.value === "" ? undefined : e.target.value)}
                  >
                    <option value="">{isRequired ? "Choose…" : "(not set)"}</option>
                    {(s.enum as string[]).map((opt) => (
                      <option key={opt} value={opt}>
                        {opt}
                      </option>
                    ))}
                  </select>
                  {help}
                </div>
              );
            }
            if (kind === "number" || kind === "integer") {
              return (
                <div key={key} className="flex flex-col gap-1">
                  {label}
                  <input
                    id={fid}
                    type="number"
                    className={inputClass}
                    step={kind === "integer" ? 1 : "any"}
                    min={s.minimum}
                    max={s.maximum}
                    value={typeof current === "number" ? current : ""}
                    onChange={(e) => set(key, e.target.value === "" ? undefined : Number(e.target.value))}
                  />
                  {help}
                </div>
              );
            }
            if (kind === "string") {
              return (
                <div key={key} className="flex flex-col gap-1">
                  {label}
                  <input
                    id={fid}
                    type={s.format === "email" ? "email" : "text"}
                    className={inputClass}
                    placeholder={s.format ?? ""}
                    value={typeof current === "string" ? current : ""}
                    onChange={(e) =>
                      set(key, e.target.value === "" && !isRequired ? undefined : e.target.value)
                    }
                  />
                  {help}
                </div>
              );
            }
            return (
              <JsonField
                key={key}
                id={fid}
                label={label}
                help={help}
                value={current}
                onChange={(v, err) => {
                  setJsonErrors((prev) => {
                    const next = { ...prev };
                    if (err) next[key] = err;
                    else delete next[key];
                    return next;
                  });
                  if (!err) set(key, v);
                }}
              />
            );
          })}
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Btn
          variant="primary"
          type="submit"
          disabled={busy || (!raw && missing.length > 0)}
          title="Ctrl+Enter"
        >
          {busy ? "Calling…" : submitLabel}
        </Btn>
        <Btn
          variant="ghost"
          size="sm"
          onClick={() => {
            setRaw((r) => !r);
            setRawError(null);
          }}
          aria-pressed={raw}
        >
          {raw ? "Form" : "JSON"}
        </Btn>
        {!raw && missing.length > 0 ? (
          <span className="text-xs text-muted-foreground">Required: {missing.join(", ")}</span>
        ) : (
          <span className="text-xs text-muted-foreground">
            <kbd className="rounded border border-border px-1 font-mono text-[10px]">Ctrl</kbd>+
            <kbd className="rounded border border-border px-1 font-mono text-[10px]">Enter</kbd> calls
          </span>
        )}
      </div>
    </form>
  );
}

function JsonField({
  id,
  label,
  help,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  help: ReactNode;
  value: unknown;
  onChange(value: unknown, error?: string): void;
}) {
  const [text, setText] = useState(() => (value === undefined ? "" : JSON.stringify(value)));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1 sm:col-span-2">
      {label}
      <textarea
        id={id}
        className={cx(inputClass, "h-16 py-1 font-mono text-xs")}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.trim()) {
            setError(null);
            onChange(undefined);
            return;
          }
          try {
            const v = JSON.parse(e.target.value) as unknown;
            setError(null);
            onChange(v);
          } catch (err) {
            setError((err as Error).message);
            onChange(undefined, (err as Error).message);
          }
        }}
      />
      {error ? <p className="text-xs text-destructive">{error}</p> : help}
    </div>
  );
}
