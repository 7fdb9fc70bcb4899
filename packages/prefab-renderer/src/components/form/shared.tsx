/**
 * Shared plumbing of the form controls: the state key of named controls (§6.2; the binding itself is `useBound`
 * in ../use-bound.ts), Form/Field/ChoiceCard contexts, per-field validation messages, and shadcn class fragments.
 */
import {
  createContext,
  type RefObject,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from "react";
import { cn } from "../../lib/cn.js";
import { asBool, asOptString } from "../../lib/coerce.js";
import type { NodeViewProps } from "../../render/registry.js";

export type P = NodeViewProps;

export const cls = (p: P) => asOptString(p.props.cssClass);
export const idOf = (p: P) => asOptString(p.props.id) || undefined;

/** shadcn focus ring and invalid styling, shared by every control. */
export const FOCUS_RING =
  "outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50";
export const INVALID_RING =
  "aria-invalid:border-destructive aria-invalid:ring-destructive/20 dark:aria-invalid:ring-destructive/40";

/** The control's state key: a non-empty `name` that is not an unresolved template. */
export function nameOf(p: P): string | undefined {
  const n = p.props.name;
  return typeof n === "string" && n !== "" && !n.includes("{{") ? n : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Field / ChoiceCard context: an enclosing Field's `invalid`/`disabled` apply to its controls.

export interface FieldState {
  invalid: boolean;
  disabled: boolean;
  /** Inside a ChoiceCard `<label>`: controls must not render their own `<label>` (no nesting). */
  inLabel: boolean;
}
export const FieldContext = createContext<FieldState>({ invalid: false, disabled: false, inLabel: false });

/** `disabled` / `invalid` of a control combined with its enclosing Field or ChoiceCard. */
export function useControlFlags(p: P): { disabled: boolean; invalid: boolean; inLabel: boolean } {
  const field = useContext(FieldContext);
  return {
    disabled: asBool(p.props.disabled) || field.disabled,
    invalid: asBool(p.props.invalid) || field.invalid,
    inLabel: field.inLabel,
  };
}

// ---------------------------------------------------------------------------------------------------
// Form context: per-field validation messages rendered by the controls themselves.

type Listener = () => void;

export class FieldErrors {
  private readonly messages = new Map<string, string>();
  private readonly listeners = new Map<string, Set<Listener>>();

  get(key: string): string | undefined {
    return this.messages.get(key);
  }

  set(key: string, message: string | undefined): void {
    if (this.messages.get(key) === message) return;
    if (message === undefined) this.messages.delete(key);
    else this.messages.set(key, message);
    for (const l of this.listeners.get(key) ?? []) l();
  }

  subscribe(key: string, l: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(l);
    return () => set.delete(l);
  }
}

export interface FormState {
  errors: FieldErrors;
}
export const FormContext = createContext<FormState | null>(null);

const NO_ERRORS = new FieldErrors();

/** The browser's message when it has one, otherwise ours (happy-dom and some engines leave it empty). */
export function validationText(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  if (el.validationMessage) return el.validationMessage;
  const v = el.validity;
  if (v.valueMissing) return el.type === "checkbox" ? "Please check this box." : "Please fill in this field.";
  if (v.typeMismatch)
    return el.type === "email" ? "Please enter an email address." : "Please enter a valid value.";
  if (v.tooShort) return `Please use at least ${el.getAttribute("minlength")} characters.`;
  if (v.tooLong) return `Please use at most ${el.getAttribute("maxlength")} characters.`;
  if (v.rangeUnderflow) return `Value must be ${el.getAttribute("min")} or more.`;
  if (v.rangeOverflow) return `Value must be ${el.getAttribute("max")} or less.`;
  if (v.stepMismatch) return "Please enter a valid value.";
  if (v.patternMismatch) return "Please match the requested format.";
  if (v.badInput) return "Please enter a number.";
  return "Please enter a valid value.";
}

/**
 * Validation message of one field (keyed by its name, or a generated id for unnamed native inputs),
 * the ids for `aria-describedby`, and `recheck(el)` for change handlers: after a failed submit the
 * message follows the field's validity as the user corrects it.
 */
export function useFieldError(key: string | undefined) {
  const form = useContext(FormContext);
  const errors = form?.errors ?? NO_ERRORS;
  const k = key ?? "";
  const subscribe = useCallback((l: Listener) => errors.subscribe(k, l), [errors, k]);
  const read = useCallback(() => (k ? errors.get(k) : undefined), [errors, k]);
  const message = useSyncExternalStore(subscribe, read, read);
  const errorId = `${useId()}-error`;
  const recheck = useCallback(
    (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null | undefined) => {
      if (!k || errors.get(k) === undefined || !el) return;
      errors.set(k, el.validity.valid ? undefined : validationText(el));
    },
    [errors, k],
  );
  const clear = useCallback(() => {
    if (k) errors.set(k, undefined);
  }, [errors, k]);
  return { message, errorId, recheck, clear, inForm: form !== null };
}

/** The per-field message element; same element type always, so nothing around it remounts. */
export function ErrorMessage({
  id,
  message,
  className,
}: {
  id: string;
  message: string | undefined;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p
      id={id}
      data-slot="field-error"
      className={cn("pf-field-message text-sm text-destructive", className)}
      role="alert"
    >
      {message}
    </p>
  );
}

/**
 * Whether the element already has a `<label>` (for/wrapping). Label-less controls get an
 * `aria-label`; labelled ones must not, or it would override the visible label.
 */
export function useHasLabel(ref: RefObject<HTMLElement | null>): boolean {
  const [has, setHas] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null }) | null;
    if (!el) return;
    let labelled = (el.labels?.length ?? 0) > 0 || el.closest("label") !== null;
    if (!labelled && el.id) {
      const id = el.id;
      labelled = [...el.ownerDocument.querySelectorAll("label[for]")].some(
        (l) => (l as HTMLLabelElement).htmlFor === id,
      );
    }
    // Only on a change: setState with the same value inside a layout effect is not always bailed out early, and
    // React then renders and commits the control a second time, synchronously, on every keystroke.
    if (labelled !== has) setHas(labelled);
  });
  return has;
}

/** The `.prefab-root` around an element, so portals inherit the theme (`.dark`, host variables). */
export function usePortalContainer(ref: RefObject<HTMLElement | null>): HTMLElement | undefined {
  const [container, setContainer] = useState<HTMLElement | undefined>(undefined);
  useLayoutEffect(() => {
    const root = ref.current?.closest<HTMLElement>(".prefab-root") ?? undefined;
    if (root !== container) setContainer(root);
  });
  return container;
}

export const LABEL_CLASS =
  "text-sm leading-none font-medium select-none peer-disabled:cursor-not-allowed peer-disabled:opacity-50";

/** A control's own text label: a `<label for>` normally, a `<span>` inside a ChoiceCard's `<label>`. */
export function ControlLabel({
  htmlFor,
  inLabel,
  text,
  className,
}: {
  htmlFor: string;
  inLabel: boolean;
  text: string | undefined;
  className?: string;
}) {
  if (!text) return null;
  if (inLabel) return <span className={cn(LABEL_CLASS, className)}>{text}</span>;
  return (
    <label htmlFor={htmlFor} className={cn(LABEL_CLASS, className)}>
      {text}
    </label>
  );
}
