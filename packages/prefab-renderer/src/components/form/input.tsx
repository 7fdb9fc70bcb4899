/** Input (every HTML `inputType`) and Textarea, bound to `state[name]` as strings. */
import { type ChangeEvent, useId, useRef } from "react";
import { readFiles } from "../../actions/file-picker.js";
import { cn } from "../../lib/cn.js";
import { asBool, asNumber, asOptString, asString } from "../../lib/coerce.js";
import { useRuntime } from "../../render/runtime.js";
import { useBound } from "../use-bound.js";
import {
  cls,
  ErrorMessage,
  FOCUS_RING,
  INVALID_RING,
  idOf,
  nameOf,
  type P,
  useControlFlags,
  useFieldError,
  useHasLabel,
} from "./shared.js";

export const INPUT_CLASS =
  "h-8 w-full min-w-0 rounded-lg border border-input bg-transparent px-2.5 py-1 text-base transition-[color,box-shadow] selection:bg-primary selection:text-primary-foreground file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground placeholder:text-muted-foreground disabled:pointer-events-none disabled:cursor-not-allowed disabled:opacity-50 md:text-sm dark:bg-input/30";

const TEXTAREA_CLASS =
  "flex field-sizing-content min-h-16 w-full rounded-lg border border-input bg-transparent px-2.5 py-2 text-base transition-[color,box-shadow] placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 md:text-sm dark:bg-input/30";

const TYPES = new Set([
  "text",
  "email",
  "password",
  "number",
  "tel",
  "url",
  "search",
  "date",
  "time",
  "datetime-local",
  "file",
]);

/** Text of a bound value: the DOM needs a string (numbers seeded from `value: 5` display as "5"). */
export const toText = (v: unknown): string => (v === undefined || v === null ? "" : asString(v));

const optNum = (v: unknown): number | undefined => {
  const n = asNumber(v, Number.NaN);
  return Number.isNaN(n) ? undefined : n;
};

function constraints(p: P) {
  const pattern = asOptString(p.props.pattern);
  return {
    required: asBool(p.props.required) || undefined,
    readOnly: asBool(p.props.readOnly) || undefined,
    minLength: optNum(p.props.minLength),
    maxLength: optNum(p.props.maxLength),
    min: optNum(p.props.min),
    max: optNum(p.props.max),
    step: optNum(p.props.step),
    pattern: pattern && !pattern.includes("{{") ? pattern : undefined,
  };
}

export function Input(p: P) {
  const t = asString(p.props.inputType, "text");
  return t === "file" ? <FileInput {...p} /> : <TextInput {...p} htmlType={TYPES.has(t) ? t : "text"} />;
}

function TextInput(p: P & { htmlType: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const { value, set, name } = useBound(nameOf(p), p.props.value, { coerce: toText, emit: p.emit });
  const flags = useControlFlags(p);
  const rid = useId();
  const key = name ?? rid;
  const err = useFieldError(key);
  const hasLabel = useHasLabel(ref);
  const placeholder = asOptString(p.props.placeholder);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    set(e.target.value);
    err.recheck(e.target);
  };
  return (
    <>
      <input
        ref={ref}
        id={idOf(p)}
        name={name}
        type={p.htmlType}
        data-slot="input"
        data-pf-field={key}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        disabled={flags.disabled}
        {...constraints(p)}
        aria-invalid={flags.invalid || err.message !== undefined || undefined}
        aria-describedby={err.message ? err.errorId : undefined}
        aria-label={hasLabel ? undefined : placeholder || name}
        className={cn(
          "pf-input",
          `pf-input-type-${p.htmlType}`,
          INPUT_CLASS,
          FOCUS_RING,
          INVALID_RING,
          cls(p),
        )}
      />
      <ErrorMessage id={err.errorId} message={err.message} />
    </>
  );
}

/** `inputType: "file"`: the files are read like DropZone's and written as `FileUpload[]`. */
function FileInput(p: P) {
  const ref = useRef<HTMLInputElement>(null);
  const runtime = useRuntime();
  const { set, name } = useBound(nameOf(p), p.props.value, { emit: p.emit });
  const flags = useControlFlags(p);
  const rid = useId();
  const key = name ?? rid;
  const err = useFieldError(key);
  const hasLabel = useHasLabel(ref);
  const accept = asOptString(p.props.accept);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const el = e.target;
    err.recheck(el);
    const { uploads, rejected } = await readFiles([...(el.files ?? [])], accept ? { accept } : {});
    if (rejected.length > 0) runtime.toast({ message: rejected.join("; "), variant: "error" });
    set(uploads);
  };
  return (
    <>
      <input
        ref={ref}
        id={idOf(p)}
        type="file"
        data-slot="input"
        data-pf-field={key}
        data-pf-skip=""
        onChange={onChange}
        disabled={flags.disabled}
        required={asBool(p.props.required) || undefined}
        accept={accept}
        aria-invalid={flags.invalid || err.message !== undefined || undefined}
        aria-describedby={err.message ? err.errorId : undefined}
        aria-label={hasLabel ? undefined : asOptString(p.props.placeholder) || name || "File"}
        className={cn("pf-input pf-input-type-file", INPUT_CLASS, FOCUS_RING, INVALID_RING, cls(p))}
      />
      <ErrorMessage id={err.errorId} message={err.message} />
    </>
  );
}

export function Textarea(p: P) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { value, set, name } = useBound(nameOf(p), p.props.value, { coerce: toText, emit: p.emit });
  const flags = useControlFlags(p);
  const rid = useId();
  const key = name ?? rid;
  const err = useFieldError(key);
  const hasLabel = useHasLabel(ref);
  const placeholder = asOptString(p.props.placeholder);
  return (
    <>
      <textarea
        ref={ref}
        id={idOf(p)}
        name={name}
        data-slot="textarea"
        data-pf-field={key}
        value={value}
        onChange={(e) => {
          set(e.target.value);
          err.recheck(e.target);
        }}
        placeholder={placeholder}
        rows={optNum(p.props.rows)}
        disabled={flags.disabled}
        required={asBool(p.props.required) || undefined}
        readOnly={asBool(p.props.readOnly) || undefined}
        minLength={optNum(p.props.minLength)}
        maxLength={optNum(p.props.maxLength)}
        aria-invalid={flags.invalid || err.message !== undefined || undefined}
        aria-describedby={err.message ? err.errorId : undefined}
        aria-label={hasLabel ? undefined : placeholder || name}
        className={cn("pf-textarea", TEXTAREA_CLASS, FOCUS_RING, INVALID_RING, cls(p))}
      />
      <ErrorMessage id={err.errorId} message={err.message} />
    </>
  );
}
